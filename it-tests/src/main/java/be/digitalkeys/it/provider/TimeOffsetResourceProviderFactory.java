package be.digitalkeys.it.provider;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * TEST ONLY — deployed by the integration-test harness, never shipped: lets a test shift
 * Keycloak's clock ({@link org.keycloak.common.util.Time}) instead of sleeping.
 */
public class TimeOffsetResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String PROVIDER_ID = "dk-testing";

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new TimeOffsetResourceProvider(session);
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
