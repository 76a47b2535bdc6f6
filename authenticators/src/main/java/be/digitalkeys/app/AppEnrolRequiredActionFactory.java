package be.digitalkeys.app;

import java.util.List;

import be.digitalkeys.common.DkRequiredActionFactory;
import be.digitalkeys.sms.SmsGatewayConfig;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelValidationException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.provider.ProviderConfigProperty;

/** Configurable: the SMS gateway that sends the enrolment's verification code. */
public class AppEnrolRequiredActionFactory extends DkRequiredActionFactory {

    public static final String PROVIDER_ID = "dk-app-enrol";

    public AppEnrolRequiredActionFactory() {
        super(PROVIDER_ID, "Digital Keys: activate the phone app", new AppEnrolRequiredAction());
    }

    @Override
    public boolean isOneTimeAction() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return SmsGatewayConfig.CONFIG_PROPERTIES;
    }

    @Override
    public void validateConfig(KeycloakSession session, RealmModel realm, RequiredActionConfigModel model) {
        List<String> problems = SmsGatewayConfig.validate(model.getConfig());
        if (!problems.isEmpty()) {
            throw new ModelValidationException(String.join("; ", problems));
        }
    }
}
