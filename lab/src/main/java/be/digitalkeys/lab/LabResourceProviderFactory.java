package be.digitalkeys.lab;

import be.digitalkeys.common.DkRealmResourceProviderFactory;
import org.keycloak.models.KeycloakSession;

/** {@code /realms/{realm}/dk-lab}: the lab's endpoints, 404 in realms that did not opt in. */
public class LabResourceProviderFactory extends DkRealmResourceProviderFactory {

    public static final String PROVIDER_ID = "dk-lab";

    public LabResourceProviderFactory() {
        super(PROVIDER_ID);
    }

    @Override
    protected Object resource(KeycloakSession session) {
        return new LabResource(session);
    }
}
