package be.digitalkeys.chooser;

import java.util.List;

import be.digitalkeys.common.DkAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.credential.PasswordCredentialModel;

public class KeyUsernamePasswordFormFactory extends DkAuthenticatorFactory {

    public static final String PROVIDER_ID = "dk-username-password";

    public KeyUsernamePasswordFormFactory() {
        super(PROVIDER_ID, "Digital Keys: username + password of a digital key",
                "Keycloak's username and password form, on a page that names the chosen digital key and links back to the chooser.",
                PasswordCredentialModel.TYPE, List.of(), new Requirement[] {Requirement.REQUIRED});
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new KeyUsernamePasswordForm(session);
    }
}
