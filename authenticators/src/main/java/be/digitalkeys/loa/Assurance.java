package be.digitalkeys.loa;

import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.AuthenticationFlowException;
import org.keycloak.authentication.authenticators.util.AcrStore;
import org.keycloak.authentication.authenticators.util.LoAUtil;
import org.keycloak.models.AuthenticationFlowModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.protocol.oidc.utils.OIDCRedirectUriBuilder;
import org.keycloak.protocol.oidc.utils.OIDCResponseMode;
import org.keycloak.protocol.oidc.utils.OIDCResponseType;
import org.keycloak.services.Urls;
import org.keycloak.services.messages.Messages;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Levels of assurance, kept where Keycloak keeps them: the level a login asks for is Keycloak's
 * (from {@code acr_values}, an essential {@code acr} claim, or the client's default and minimum
 * ACR), the levels reached go into Keycloak's {@code AcrStore} (so single sign-on, step-up and the
 * {@code acr} claim work as for Keycloak's own steps), the max age of each level is that of the
 * level's "Condition - Level of Authentication" in the flow, and the realm's {@code acr.loa.map}
 * names the levels.
 */
public final class Assurance {

    /** The OpenID Connect error for a level no key of the flow reaches (OpenID Connect Core, unmet authentication requirements). */
    public static final String UNMET = "unmet_authentication_requirements";

    private Assurance() {
    }

    /** The level this login asks for, or {@link Constants#NO_LOA}. */
    public static int requested(AuthenticationFlowContext context) {
        return new AcrStore(context.getSession(), context.getAuthenticationSession())
                .getRequestedLevelOfAuthentication(context.getTopLevelFlow());
    }

    /** True when the level was asked as essential: a lower one must end the login, not pass. */
    public static boolean forced(AuthenticationFlowContext context) {
        return new AcrStore(context.getSession(), context.getAuthenticationSession()).isLevelOfAuthenticationForced();
    }

    /** The level the login has already reached (a step-up starts from the session's level). */
    public static int reached(AuthenticationFlowContext context) {
        return new AcrStore(context.getSession(), context.getAuthenticationSession()).getLevelOfAuthenticationFromCurrentAuthentication();
    }

    /** The highest level a level condition anywhere in the flow declares, or {@link Constants#NO_LOA}. */
    public static int highestInFlow(RealmModel realm, String flowId) {
        return LoAUtil.getLoaMaxAgesConfiguredInRealmFlow(realm, flowId).keySet().stream()
                .mapToInt(Integer::intValue).max().orElse(Constants.NO_LOA);
    }

    /**
     * How long the session keeps a level: the max age of that level's "Condition - Level of
     * Authentication" in the flow (Keycloak's single-sign-on step reads the same), 0 when the flow
     * names none (the level then counts for this login only).
     */
    public static int maxAge(RealmModel realm, String topFlowId, int level) {
        return LoAUtil.getLoaMaxAgesConfiguredInRealmFlow(realm, topFlowId).getOrDefault(level, 0);
    }

    /** A digital key of this level succeeded: the login reaches it, and the session keeps it for its max age. */
    public static void reached(AuthenticationFlowContext context, int level) {
        AcrStore store = new AcrStore(context.getSession(), context.getAuthenticationSession());
        if (maxAge(context.getRealm(), context.getTopLevelFlow().getId(), level) > 0) {
            store.setLevelAuthenticated(level);
        } else {
            store.setLevelAuthenticatedToCurrentRequest(level);
        }
    }

    /**
     * The login succeeded: an essential level it did not reach ends it (Keycloak's "acrNotFulfilled"),
     * else the levels reached go into the user session, where single sign-on and the next step-up
     * find them.
     */
    public static void finish(KeycloakSession session, AuthenticationFlowModel topFlow) {
        AuthenticationSessionModel authSession = session.getContext().getAuthenticationSession();
        AcrStore store = new AcrStore(session, authSession);
        if (store.isLevelOfAuthenticationForced() && !store.isLevelOfAuthenticationSatisfiedFromCurrentAuthentication(topFlow)) {
            throw new AuthenticationFlowException(AuthenticationFlowError.GENERIC_AUTHENTICATION_ERROR,
                    "Essential level of assurance not reached: asked " + store.getRequestedLevelOfAuthentication(topFlow)
                            + ", reached " + store.getLevelOfAuthenticationFromCurrentAuthentication(), Messages.ACR_NOT_FULFILLED);
        }
        authSession.setUserSessionNote(Constants.LOA_MAP, authSession.getAuthNote(Constants.LOA_MAP));
    }

    /**
     * The answer to a level no key reaches: for OpenID Connect, the error redirect to the client
     * ({@value #UNMET}, with its state and issuer), so the service learns why instead of the user
     * looping through pages that can never succeed; null for another protocol (the caller then
     * shows an error page).
     */
    public static Response unmet(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (!OIDCLoginProtocol.LOGIN_PROTOCOL.equals(authSession.getProtocol()) || authSession.getRedirectUri() == null) {
            return null;
        }
        OIDCResponseType type;
        try {
            type = OIDCResponseType.parse(authSession.getClientNote(OIDCLoginProtocol.RESPONSE_TYPE_PARAM));
        } catch (IllegalArgumentException e) {
            type = OIDCResponseType.parse(OIDCResponseType.CODE);
        }
        OIDCResponseMode mode = OIDCResponseMode.parse(authSession.getClientNote(OIDCLoginProtocol.RESPONSE_MODE_PARAM), type);
        OIDCRedirectUriBuilder redirect = OIDCRedirectUriBuilder.fromUri(authSession.getRedirectUri(), mode, context.getSession(), null)
                .addParam("error", UNMET)
                .addParam("error_description", "No digital key of this service reaches the requested level of assurance");
        String state = authSession.getClientNote(OIDCLoginProtocol.STATE_PARAM);
        if (state != null) {
            redirect.addParam(OIDCLoginProtocol.STATE_PARAM, state);
        }
        redirect.addParam(OIDCLoginProtocol.ISSUER,
                Urls.realmIssuer(context.getSession().getContext().getUri().getBaseUri(), context.getRealm().getName()));
        return redirect.build();
    }
}
