package be.digitalkeys.common;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** Our {@code /realms/{realm}/<id>} resources: an id and the JAX-RS resource of a request; nothing else to manage. */
public abstract class DkRealmResourceProviderFactory implements RealmResourceProviderFactory {

    private final String id;

    protected DkRealmResourceProviderFactory(String id) {
        this.id = id;
    }

    /** The resource serving one request. */
    protected abstract Object resource(KeycloakSession session);

    @Override
    public final RealmResourceProvider create(KeycloakSession session) {
        return new RealmResourceProvider() {
            @Override
            public Object getResource() {
                return resource(session);
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public final String getId() {
        return id;
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
