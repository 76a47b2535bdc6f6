package be.digitalkeys.eid;

import be.digitalkeys.common.DkRealmResourceProviderFactory;
import org.keycloak.models.KeycloakSession;

/** {@code /realms/{realm}/dk-eid}: the development software eID and its TEST OCSP responder. */
public class EidResourceProviderFactory extends DkRealmResourceProviderFactory {

    public static final String PROVIDER_ID = "dk-eid";

    public EidResourceProviderFactory() {
        super(PROVIDER_ID);
    }

    @Override
    protected Object resource(KeycloakSession session) {
        return new EidResource(session);
    }
}
