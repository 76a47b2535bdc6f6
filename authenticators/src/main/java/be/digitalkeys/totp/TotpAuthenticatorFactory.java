package be.digitalkeys.totp;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.provider.ProviderConfigProperty;

import be.digitalkeys.totp.remember.RememberedDeviceCredentialModel;

public class TotpAuthenticatorFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "dk-totp";
    private static final TotpAuthenticator SINGLETON = new TotpAuthenticator();

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Digital Keys: authenticator app code (remember device)";
    }

    @Override
    public String getHelpText() {
        return "Asks for the code of the user's authenticator app (TOTP), with replay protection, "
                + "clock diagnosis and an optional 'Remember this device'.";
    }

    @Override
    public String getReferenceCategory() {
        return OTPCredentialModel.TYPE;
    }

    @Override
    public java.util.Set<String> getOptionalReferenceCategories(KeycloakSession session) {
        return java.util.Set.of(RememberedDeviceCredentialModel.TYPE);
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return REQUIREMENT_CHOICES;
    }

    @Override
    public boolean isUserSetupAllowed() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return TotpConfig.CONFIG_PROPERTIES;
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
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
