package be.digitalkeys.it.provider;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * TEST ONLY — deployed by the integration-test harness, never shipped: lets the login tests put
 * contexts and grants straight into the organisations store (no access rules), so they do not
 * depend on the management API.
 */
public class OrganisationSeedResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String PROVIDER_ID = "dk-testing-org";

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new OrganisationSeedResourceProvider(session);
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
