package be.digitalkeys.activation;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

public class ActivateKeysRequiredActionFactory implements RequiredActionFactory {

    public static final String PROVIDER_ID = "dk-activate-keys";
    private static final ActivateKeysRequiredAction SINGLETON = new ActivateKeysRequiredAction();

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayText() {
        return "Digital Keys: activate your digital keys (registration office)";
    }

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return SINGLETON;
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
