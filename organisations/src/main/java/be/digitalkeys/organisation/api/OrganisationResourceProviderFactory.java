package be.digitalkeys.organisation.api;

import org.keycloak.models.KeycloakSession;

import be.digitalkeys.common.DkRealmResourceProviderFactory;

/** {@code /realms/{realm}/dk-organisations}: the organisations and rights API (dk-organisations-openapi.yaml). */
public class OrganisationResourceProviderFactory extends DkRealmResourceProviderFactory {

    public static final String PROVIDER_ID = "dk-organisations";

    public OrganisationResourceProviderFactory() {
        super(PROVIDER_ID);
    }

    @Override
    protected Object resource(KeycloakSession session) {
        return new OrganisationResource(session);
    }
}
