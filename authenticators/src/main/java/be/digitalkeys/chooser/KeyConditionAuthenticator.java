package be.digitalkeys.chooser;

import be.digitalkeys.loa.Assurance;
import org.keycloak.authentication.AuthenticationFlowCallback;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.models.AuthenticationFlowModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * True when the digital key chosen on the chooser page is the one this subflow implements. When
 * the key's subflow succeeds, the login reaches the key's level of assurance; when the whole login
 * succeeds, an essential level not reached ends it, and the levels go into the user session.
 */
public class KeyConditionAuthenticator implements ConditionalAuthenticator, AuthenticationFlowCallback {

    private final KeycloakSession session;

    KeyConditionAuthenticator(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public boolean matchCondition(AuthenticationFlowContext context) {
        KeyTile tile = KeyConditionConfig.tile(context.getAuthenticatorConfig());
        String chosen = context.getAuthenticationSession().getAuthNote(KeyChooserAuthenticator.CHOSEN_KEY_NOTE);
        return tile != null && tile.getId().equals(chosen);
    }

    @Override
    public void onParentFlowSuccess(AuthenticationFlowContext context) {
        KeyTile tile = KeyConditionConfig.tile(context.getAuthenticatorConfig());
        if (tile != null && tile.getLevel() > KeyTile.NO_LEVEL) {
            Assurance.reached(context, tile.getLevel());
        }
    }

    @Override
    public void onTopFlowSuccess(AuthenticationFlowModel topFlow) {
        Assurance.finish(session, topFlow);
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
