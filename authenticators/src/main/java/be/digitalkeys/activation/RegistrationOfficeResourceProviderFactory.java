package be.digitalkeys.activation;

import be.digitalkeys.common.DkRealmResourceProviderFactory;
import org.keycloak.models.KeycloakSession;

/** /realms/{realm}/dk-registration-office/desk: the registration officer's desk page. */
public class RegistrationOfficeResourceProviderFactory extends DkRealmResourceProviderFactory {

    public static final String PROVIDER_ID = "dk-registration-office";

    public RegistrationOfficeResourceProviderFactory() {
        super(PROVIDER_ID);
    }

    @Override
    protected Object resource(KeycloakSession session) {
        return new RegistrationOfficeResource(session);
    }
}
