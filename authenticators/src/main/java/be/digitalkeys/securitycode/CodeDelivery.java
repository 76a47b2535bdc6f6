package be.digitalkeys.securitycode;

import java.util.List;
import java.util.Map;

import be.digitalkeys.securitycode.credential.SecurityCodeKeyCredentialModel;
import be.digitalkeys.sms.SmsDeliveryException;
import be.digitalkeys.sms.SmsMessage;
import be.digitalkeys.sms.SmsSender;
import be.digitalkeys.sms.SmsSenders;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.UserModelDelegate;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.theme.Theme;

/** Sends a code through the key's channel: Keycloak's SMTP with our e-mail templates, or an SMS gateway. */
public final class CodeDelivery {

    private static final Logger LOG = Logger.getLogger(CodeDelivery.class);
    static final String EMAIL_TEMPLATE = "dk-security-code.ftl";

    /** The channel could not take the code: the user gets a clear message, no failure is counted. */
    public static final class DeliveryException extends Exception {
        DeliveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private CodeDelivery() {
    }

    /** What the code is for: logging in, or confirming a new digital key (registration code). */
    public enum Purpose {
        LOGIN("dkSecurityCodeSubject", "dkSecurityCodeSms"), REGISTRATION("dkRegistrationCodeSubject", "dkRegistrationCodeSms");

        final String subjectKey;
        final String smsKey;

        Purpose(String subjectKey, String smsKey) {
            this.subjectKey = subjectKey;
            this.smsKey = smsKey;
        }
    }

    static void send(KeycloakSession session, RealmModel realm, AuthenticationSessionModel authSession, UserModel user,
            SecurityCodeKeyCredentialModel key, SecurityCodeConfig config, String code, int minutesLeft) throws DeliveryException {
        send(session, realm, authSession, user, key, config, code, minutesLeft, Purpose.LOGIN);
    }

    public static void send(KeycloakSession session, RealmModel realm, AuthenticationSessionModel authSession, UserModel user,
            SecurityCodeKeyCredentialModel key, SecurityCodeConfig config, String code, int minutesLeft, Purpose purpose)
            throws DeliveryException {
        if (key.isFor(SecurityCodeKeyCredentialModel.Channel.SMS)) {
            sendSms(session, realm, user, key, config, code, minutesLeft, purpose);
        } else {
            sendEmail(session, realm, authSession, user, key, code, minutesLeft, purpose);
        }
    }

    /**
     * The code goes to the key's address, never to the profile's: Keycloak's mail goes to the user's
     * e-mail, which the person can change in the account console, so the user it is given answers
     * with the key's address (written only by the registration office). Changing the profile's
     * e-mail re-routes no code.
     */
    private static void sendEmail(KeycloakSession session, RealmModel realm, AuthenticationSessionModel authSession,
            UserModel user, SecurityCodeKeyCredentialModel key, String code, int minutesLeft, Purpose purpose) throws DeliveryException {
        UserModel recipient = new UserModelDelegate(user) {
            @Override
            public String getEmail() {
                return key.data().address();
            }
        };
        try {
            session.getProvider(EmailTemplateProvider.class)
                    .setRealm(realm).setUser(recipient).setAuthenticationSession(authSession)
                    // Keycloak adds its own entries to the attributes: the map must be mutable.
                    .send(purpose.subjectKey, List.of(), EMAIL_TEMPLATE, new java.util.HashMap<>(Map.of("code", code,
                            "minutes", minutesLeft, "realmDisplayName", displayName(realm), "registration", purpose == Purpose.REGISTRATION)));
        } catch (EmailException e) {
            LOG.warnf("Security code e-mail for user %s not sent: %s", user.getId(), causes(e));
            throw new DeliveryException("e-mail not sent", e);
        }
    }

    private static void sendSms(KeycloakSession session, RealmModel realm, UserModel user, SecurityCodeKeyCredentialModel key,
            SecurityCodeConfig config, String code, int minutesLeft, Purpose purpose) throws DeliveryException {
        // Authenticator configurations have no admin-console validation hook in Keycloak 26.7:
        // unusable gateway settings are reported here, at first use, without the secret.
        java.util.List<String> problems = be.digitalkeys.sms.SmsGatewayConfig.validate(config.raw());
        if (!problems.isEmpty()) {
            LOG.warnf("SMS gateway settings of realm %s cannot be used: %s", realm.getName(), problems);
            throw new DeliveryException("unusable SMS gateway settings", null);
        }
        try {
            SmsSender sender = SmsSenders.lookup(session, config.raw());
            if (sender == null) {
                throw new DeliveryException("no SMS sender configured", null);
            }
            String text = smsText(session, realm, user, code, minutesLeft, purpose);
            sender.send(new SmsMessage(key.data().address(), text, realm.getName()), config.raw());
        } catch (SmsDeliveryException e) {
            LOG.warnf("Security code SMS for user %s not sent: %s", user.getId(), e.getMessage());
            throw new DeliveryException("SMS not sent", e);
        }
    }

    /** The SMS in the user's language, from the login theme's messages. */
    private static String smsText(KeycloakSession session, RealmModel realm, UserModel user, String code, int minutesLeft,
            Purpose purpose) {
        try {
            Theme theme = session.theme().getTheme(Theme.Type.LOGIN);
            java.util.Locale locale = session.getContext().resolveLocale(user);
            String pattern = theme.getEnhancedMessages(realm, locale).getProperty(purpose.smsKey,
                    "{0}: your security code is {1}. Valid {2} minutes. Never share it.");
            return new java.text.MessageFormat(pattern, locale).format(new Object[] {displayName(realm), code, minutesLeft});
        } catch (java.io.IOException e) {
            return displayName(realm) + ": " + code;
        }
    }

    /** The chain of exception types, without messages (they may quote the address or the code). */
    static String causes(Throwable e) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = e; t != null && chain.length() < 500; t = t.getCause()) {
            chain.append(chain.length() == 0 ? "" : " <- ").append(t.getClass().getName());
        }
        return chain.toString();
    }

    private static String displayName(RealmModel realm) {
        return realm.getDisplayName() == null || realm.getDisplayName().isBlank() ? realm.getName() : realm.getDisplayName();
    }
}
