package be.digitalkeys.profile;

import org.keycloak.models.KeycloakSession;

public class ChildrenProfileSourceFactory implements ProfileSourceFactory {

    public static final String PROVIDER_ID = "dk-children";

    @Override
    public ProfileSource create(KeycloakSession session) {
        return new ChildrenProfileSource(session);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
