package be.digitalkeys.app;

import be.digitalkeys.common.DkRealmResourceProviderFactory;
import org.keycloak.models.KeycloakSession;

/** {@code /realms/{realm}/dk-app}: the phone app's API, and the waiting pages' state. */
public class AppResourceProviderFactory extends DkRealmResourceProviderFactory {

    public static final String PROVIDER_ID = "dk-app";

    public AppResourceProviderFactory() {
        super(PROVIDER_ID);
    }

    @Override
    protected Object resource(KeycloakSession session) {
        return new AppResource(session);
    }
}
