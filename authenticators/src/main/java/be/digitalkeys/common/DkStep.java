package be.digitalkeys.common;

import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * A step of a flow that is not a credential (the chooser, the profile or context choice, a
 * check): every user is "configured" for it, it sets no required action and holds nothing to close.
 * Subclasses say whether the person must be known before it runs.
 */
public abstract class DkStep implements Authenticator {

    private final boolean requiresUser;

    protected DkStep(boolean requiresUser) {
        this.requiresUser = requiresUser;
    }

    @Override
    public final boolean requiresUser() {
        return requiresUser;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
