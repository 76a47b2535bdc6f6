package be.digitalkeys.app;

import java.util.List;

import be.digitalkeys.sms.SmsGatewayConfig;
import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.models.ModelValidationException;
import org.keycloak.provider.ProviderConfigProperty;

/** Configurable: the SMS gateway that sends the enrolment's verification code. */
public class AppEnrolRequiredActionFactory implements RequiredActionFactory {

    public static final String PROVIDER_ID = "dk-app-enrol";
    private static final AppEnrolRequiredAction SINGLETON = new AppEnrolRequiredAction();

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayText() {
        return "Digital Keys: activate the phone app";
    }

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return SINGLETON;
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

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
