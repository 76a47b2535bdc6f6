package be.digitalkeys.common;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * What our required-action factories share: an id, the admin console's name and one stateless
 * provider, with nothing to initialise or close. Subclasses add configuration when they have one.
 */
public abstract class DkRequiredActionFactory implements RequiredActionFactory {

    private final String id;
    private final String displayText;
    private final RequiredActionProvider provider;

    protected DkRequiredActionFactory(String id, String displayText, RequiredActionProvider provider) {
        this.id = id;
        this.displayText = displayText;
        this.provider = provider;
    }

    @Override
    public final String getId() {
        return id;
    }

    @Override
    public String getDisplayText() {
        return displayText;
    }

    @Override
    public final RequiredActionProvider create(KeycloakSession session) {
        return provider;
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
