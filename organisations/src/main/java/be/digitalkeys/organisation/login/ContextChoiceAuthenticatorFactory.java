package be.digitalkeys.organisation.login;

import be.digitalkeys.common.DkAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

/**
 * The context step: put it after the identification in the browser flow, REQUIRED. No secret is
 * checked here, so it has no reference category and brute-force detection counts nothing.
 */
public class ContextChoiceAuthenticatorFactory extends DkAuthenticatorFactory {

    public static final String PROVIDER_ID = "dk-org-context";
    private static final ContextChoiceAuthenticator SINGLETON = new ContextChoiceAuthenticator();

    public ContextChoiceAuthenticatorFactory() {
        super(PROVIDER_ID, "Digital Keys: organisation context choice",
                "After the login, the organisation and context the user acts in for this client (where they hold a right of it). "
                        + "The choice is remembered per client and goes into the tokens (dk-org-context-mapper). Also links pre-registered people.",
                null, ContextChoiceConfig.CONFIG_PROPERTIES, REQUIRED_OR_DISABLED);
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }
}
