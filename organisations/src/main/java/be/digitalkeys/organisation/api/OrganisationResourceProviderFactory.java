package be.digitalkeys.organisation.api;

import org.keycloak.models.KeycloakSession;

import be.digitalkeys.common.DkRealmResourceProviderFactory;

/** {@code /realms/{realm}/dk-organisations}: the organisations and rights API (dk-organisations-openapi.yaml). */
public class OrganisationResourceProviderFactory extends DkRealmResourceProviderFactory {

    public static final String PROVIDER_ID = "dk-organisations";
    /**
     * The audience ({@code aud}) a bearer token of the realm must carry to call the API: clients that
     * call it get an audience mapper (included custom audience {@value}); any other token of the
     * realm (an ID token, an app's access token) is refused with 401.
     */
    public static final String AUDIENCE = "dk-organisations";

    public OrganisationResourceProviderFactory() {
        super(PROVIDER_ID);
    }

    @Override
    protected Object resource(KeycloakSession session) {
        return new OrganisationResource(session);
    }
}
