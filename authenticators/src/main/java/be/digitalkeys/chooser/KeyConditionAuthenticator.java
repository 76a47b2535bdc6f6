package be.digitalkeys.chooser;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** True when the digital key chosen on the chooser page is the one this subflow implements. */
public class KeyConditionAuthenticator implements ConditionalAuthenticator {

    static final KeyConditionAuthenticator SINGLETON = new KeyConditionAuthenticator();

    @Override
    public boolean matchCondition(AuthenticationFlowContext context) {
        KeyTile tile = KeyConditionConfig.tile(context.getAuthenticatorConfig());
        String chosen = context.getAuthenticationSession().getAuthNote(KeyChooserAuthenticator.CHOSEN_KEY_NOTE);
        return tile != null && tile.getId().equals(chosen);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
