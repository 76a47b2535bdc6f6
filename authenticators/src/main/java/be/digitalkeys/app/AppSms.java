package be.digitalkeys.app;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.digitalkeys.sms.PhoneNumbers;
import be.digitalkeys.sms.SmsDeliveryException;
import be.digitalkeys.sms.SmsGatewayConfig;
import be.digitalkeys.sms.SmsMessage;
import be.digitalkeys.sms.SmsSender;
import be.digitalkeys.sms.SmsSenders;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.models.UserModel;
import org.keycloak.theme.Theme;

/**
 * The enrolment's SMS verification code, in the user's language, through the SMS gateway set on
 * the dk-app-enrol required action (Authentication → Required actions → configure); the
 * development log sender when none is set.
 */
final class AppSms {

    private static final Logger LOG = Logger.getLogger(AppSms.class);

    private AppSms() {
    }

    static boolean send(KeycloakSession session, RealmModel realm, UserModel user, String phone, String code) {
        Map<String, String> config = settings(realm);
        List<String> problems = SmsGatewayConfig.validate(config);
        if (!problems.isEmpty()) {
            LOG.warnf("SMS gateway settings of the app enrolment in realm %s cannot be used: %s", realm.getName(), problems);
            return false;
        }
        SmsSender sender = SmsSenders.lookup(session, config);
        if (sender == null) {
            LOG.warnf("No SMS sender for the app enrolment in realm %s", realm.getName());
            return false;
        }
        try {
            sender.send(new SmsMessage(phone, text(session, realm, user, code), realm.getName()), config);
            return true;
        } catch (SmsDeliveryException e) {
            LOG.warnf("App enrolment SMS to %s not sent: %s", PhoneNumbers.mask(phone), e.getMessage());
            return false;
        }
    }

    static Map<String, String> settings(RealmModel realm) {
        RequiredActionProviderModel action = realm.getRequiredActionProviderByAlias(AppEnrolRequiredActionFactory.PROVIDER_ID);
        if (action == null) {
            return Map.of();
        }
        RequiredActionConfigModel config = realm.getRequiredActionConfigByAlias(action.getAlias());
        if (config != null && config.getConfig() != null && !config.getConfig().isEmpty()) {
            return config.getConfig();
        }
        // Realm imports carry the settings on the required action itself.
        return action.getConfig() == null ? Map.of() : action.getConfig();
    }

    private static String text(KeycloakSession session, RealmModel realm, UserModel user, String code) {
        String name = realm.getDisplayName() == null || realm.getDisplayName().isBlank() ? realm.getName() : realm.getDisplayName();
        Locale locale = session.getContext().resolveLocale(user);
        try {
            String pattern = session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(realm, locale)
                    .getProperty("dkAppSmsText", "{0}: your code to activate the app is {1}. Valid {2} minutes. Never share it.");
            return new MessageFormat(pattern, locale).format(new Object[] {name, code, AppEnrolments.SECONDS / 60});
        } catch (IOException e) {
            return name + ": " + code;
        }
    }
}
