package be.digitalkeys.loa;

import java.util.List;

import be.digitalkeys.common.DkAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

public class LevelCheckAuthenticatorFactory extends DkAuthenticatorFactory {

    public static final String PROVIDER_ID = "dk-level-check";

    public LevelCheckAuthenticatorFactory() {
        super(PROVIDER_ID, "Digital Keys: refuse a level no step reaches",
                "Put first in a flow whose steps carry 'Condition - Level of Authentication'. A login that asks, as essential, "
                        + "a level above every condition of the flow ends at once with the OpenID Connect error "
                        + "'unmet_authentication_requirements' instead of asking the person for keys that cannot reach it.",
                null, List.of(), REQUIRED_OR_DISABLED);
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return LevelCheckAuthenticator.SINGLETON;
    }
}
