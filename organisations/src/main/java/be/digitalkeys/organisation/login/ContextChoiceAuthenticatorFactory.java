package be.digitalkeys.organisation.login;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** The context step: put it after the identification in the browser flow, REQUIRED. */
public class ContextChoiceAuthenticatorFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "dk-org-context";
    private static final ContextChoiceAuthenticator SINGLETON = new ContextChoiceAuthenticator();
    private static final Requirement[] REQUIREMENTS = {Requirement.REQUIRED, Requirement.DISABLED};

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Digital Keys: organisation context choice";
    }

    @Override
    public String getHelpText() {
        return "After the login, the organisation and context the user acts in for this client (where they hold a right of it). "
                + "The choice is remembered per client and goes into the tokens (dk-org-context-mapper). Also links pre-registered people.";
    }

    /** No secret is checked here: brute-force detection counts nothing. */
    @Override
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENTS.clone();
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return ContextChoiceConfig.CONFIG_PROPERTIES;
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
