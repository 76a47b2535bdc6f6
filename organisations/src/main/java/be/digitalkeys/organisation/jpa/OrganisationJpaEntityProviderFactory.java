package be.digitalkeys.organisation.jpa;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Registers {@link OrganisationJpaEntityProvider} (stateless: one instance serves every session). */
public final class OrganisationJpaEntityProviderFactory implements JpaEntityProviderFactory {

    public static final String PROVIDER_ID = "dk-organisations";

    private static final OrganisationJpaEntityProvider PROVIDER = new OrganisationJpaEntityProvider();

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return PROVIDER;
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

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
