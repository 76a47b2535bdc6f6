package be.digitalkeys.password;

import java.util.List;

import be.digitalkeys.common.DkAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

public class PasswordSetupStepAuthenticatorFactory extends DkAuthenticatorFactory {

    public static final String PROVIDER_ID = "dk-reset-password";
    private static final PasswordSetupStepAuthenticator SINGLETON = new PasswordSetupStepAuthenticator();

    public PasswordSetupStepAuthenticatorFactory() {
        super(PROVIDER_ID, "Digital Keys: choose password (reset credentials)",
                "In a reset-credentials flow, sends the user to the guided 'Choose your password' page.",
                null, List.of(), REQUIRED_OR_DISABLED);
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }
}
