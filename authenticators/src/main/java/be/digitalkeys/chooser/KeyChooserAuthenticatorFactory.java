package be.digitalkeys.chooser;

import java.util.List;

import be.digitalkeys.common.DkAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

public class KeyChooserAuthenticatorFactory extends DkAuthenticatorFactory {

    public static final String PROVIDER_ID = "dk-key-chooser";
    private static final KeyChooserAuthenticator SINGLETON = new KeyChooserAuthenticator();

    public KeyChooserAuthenticatorFactory() {
        super(PROVIDER_ID, "Digital Keys: digital key chooser",
                "Shows the digital keys of this flow as tiles (one per conditional subflow starting with 'Digital Keys: condition - chosen digital key') and runs the chosen one.",
                null, List.of(), REQUIRED_OR_DISABLED);
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }
}
