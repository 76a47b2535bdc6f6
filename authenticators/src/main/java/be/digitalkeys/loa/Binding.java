package be.digitalkeys.loa;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import be.digitalkeys.chooser.KeyChooserAuthenticator;
import be.digitalkeys.chooser.KeyConditionAuthenticatorFactory;
import be.digitalkeys.chooser.KeyConditionConfig;
import be.digitalkeys.chooser.KeyTile;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.authenticators.conditional.ConditionalLoaAuthenticator;
import org.keycloak.authentication.authenticators.conditional.ConditionalLoaAuthenticatorFactory;
import org.keycloak.authentication.authenticators.util.AcrStore;
import org.keycloak.common.util.Time;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.protocol.oidc.utils.AcrUtils;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Binding a key never raises assurance: a required action that binds, replaces or re-routes a key
 * (the phone app, an authenticator app) runs only when the login holds at least the level of that
 * key, as the realm's flow gives it (no second table of levels). Below it, the person sees why and
 * either goes on to a new login that must reach the level (an essential {@code acr} claim: the
 * chooser offers only strong enough keys, the person must be the same) or cancels; nothing is
 * bound in between, whatever is posted.
 */
public final class Binding {

    static final String TEMPLATE = "dk-step-up.ftl";
    /** The page's buttons: {@code continue} (to the stronger login) or {@code cancel}. */
    public static final String FIELD = "stepUp";
    /** Event detail: the level the login held when the key was bound. */
    public static final String DETAIL_LEVEL = "dk_bound_level";
    /** Event detail: the digital key the login was made with (the chooser's id), when known. */
    public static final String DETAIL_KEY = "dk_bound_key";

    private Binding() {
    }

    /** The level a key made by this authenticator reaches in the realm's browser flow (the highest if several keys use it), or {@link Constants#NO_LOA}. */
    public static int levelOf(RealmModel realm, String authenticatorId) {
        return realm.getBrowserFlow() == null ? Constants.NO_LOA : levelIn(realm, realm.getBrowserFlow().getId(), authenticatorId, Constants.NO_LOA);
    }

    private static int levelIn(RealmModel realm, String flowId, String authenticatorId, int inherited) {
        int current = inherited;
        int best = Constants.NO_LOA;
        for (AuthenticationExecutionModel e : realm.getAuthenticationExecutionsStream(flowId).toList()) {
            if (e.isDisabled()) {
                continue;
            }
            if (e.isAuthenticatorFlow()) {
                best = Math.max(best, levelIn(realm, e.getFlowId(), authenticatorId, current));
            } else if (KeyConditionAuthenticatorFactory.PROVIDER_ID.equals(e.getAuthenticator())) {
                KeyTile tile = KeyConditionConfig.tile(config(realm, e));
                current = tile == null ? current : tile.getLevel();
            } else if (ConditionalLoaAuthenticatorFactory.PROVIDER_ID.equals(e.getAuthenticator())) {
                current = loaLevel(config(realm, e), current);
            } else if (authenticatorId.equals(e.getAuthenticator())) {
                best = Math.max(best, current);
            }
        }
        return best;
    }

    private static AuthenticatorConfigModel config(RealmModel realm, AuthenticationExecutionModel e) {
        return e.getAuthenticatorConfig() == null ? null : realm.getAuthenticatorConfigById(e.getAuthenticatorConfig());
    }

    private static int loaLevel(AuthenticatorConfigModel config, int otherwise) {
        try {
            return config == null ? otherwise : Integer.parseInt(config.getConfig().get(ConditionalLoaAuthenticator.LEVEL).trim());
        } catch (RuntimeException e) {
            return otherwise;
        }
    }

    /** The level this login holds (reached now, or kept by the session it continues). */
    public static int held(RequiredActionContext context) {
        return new AcrStore(context.getSession(), context.getAuthenticationSession()).getLevelOfAuthenticationFromCurrentAuthentication();
    }

    /**
     * The guard at the start of a binding action's challenge and of each of its posts. True when
     * the login holds the level of the key made by {@code authenticatorId}; otherwise it answers
     * (the explanation, the stronger login, or the cancellation) and returns false.
     *
     * @param messageKey the page's explanation, e.g. "to activate the app, confirm with a stronger key"
     */
    public static boolean guard(RequiredActionContext context, String authenticatorId, String messageKey) {
        int needed = levelOf(context.getRealm(), authenticatorId);
        int held = held(context);
        if (needed <= Constants.MINIMUM_LOA || held >= needed || sentByOperator(context)) {
            return true;
        }
        MultivaluedMap<String, String> form = "POST".equals(context.getHttpRequest().getHttpMethod())
                ? context.getHttpRequest().getDecodedFormParameters() : null;
        String choice = form == null ? null : form.getFirst(FIELD);
        if ("cancel".equals(choice) && isApplicationInitiated(context.getAuthenticationSession())) {
            context.getEvent().clone().event(EventType.UPDATE_CREDENTIAL_ERROR).detail(DETAIL_LEVEL, String.valueOf(held))
                    .error("dk_step_up_cancelled");
            context.cancel();
            return false;
        }
        if ("continue".equals(choice)) {
            String acr = acrOf(context, needed);
            if (acr != null) {
                context.challenge(Response.seeOther(stepUpLogin(context, acr)).build());
                return false;
            }
        } else if (form != null) {
            // Anything else posted below the level (a phone number, a code): refused, nothing bound.
            context.getEvent().clone().event(EventType.UPDATE_CREDENTIAL_ERROR).detail(DETAIL_LEVEL, String.valueOf(held))
                    .detail("dk_level_needed", String.valueOf(needed)).error("dk_level_too_low");
        }
        context.challenge(context.form()
                .setAttribute("dkStepUpMessage", messageKey)
                .setAttribute("dkStepUpCancel", isApplicationInitiated(context.getAuthenticationSession()))
                .setAttribute("dkStepUpPossible", acrOf(context, needed) != null)
                .createForm(TEMPLATE));
        return false;
    }

    /** The event details of a key bound now: the level held and the key the login was made with. */
    public static void record(EventBuilder event, RequiredActionContext context) {
        event.detail(DETAIL_LEVEL, sentByOperator(context) ? "operator" : String.valueOf(held(context)));
        String key = context.getAuthenticationSession().getAuthNote(KeyChooserAuthenticator.CHOSEN_KEY_NOTE);
        if (key != null) {
            event.detail(DETAIL_KEY, key);
        }
    }

    /**
     * The binding as an admin event (operation CREATE on {@code users/{id}/credentials/{credential}}),
     * so that the operator's event list answers "how did this key get here?" next to the
     * administrators' own changes: who (the person, through which client and IP), when, the level
     * the login held and the key it was made with. Stored when the realm keeps admin events; its
     * listeners get it in any case.
     */
    public static void adminEvent(RequiredActionContext context, String credentialId, String credentialType) {
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        ClientModel client = context.getAuthenticationSession().getClient();
        AccessToken token = new AccessToken();
        token.subject(user.getId());
        token.issuedFor(client.getClientId());
        String level = sentByOperator(context) ? "operator" : String.valueOf(held(context));
        String key = context.getAuthenticationSession().getAuthNote(KeyChooserAuthenticator.CHOSEN_KEY_NOTE);
        Map<String, Object> representation = new LinkedHashMap<>();
        representation.put("id", credentialId);
        representation.put("type", credentialType);
        representation.put("bound", describe(context));
        var event = new AdminEventBuilder(realm,
                new AdminAuth(realm, token, user, client), context.getSession(), context.getConnection())
                .operation(OperationType.CREATE)
                .resource(ResourceType.USER)
                .resourcePath("users", user.getId(), "credentials", credentialId)
                .representation(representation)
                .detail("credential_type", credentialType)
                .detail(DETAIL_LEVEL, level);
        if (key != null) {
            event.detail(DETAIL_KEY, key);
        }
        event.success();
    }

    /**
     * The action came with an administrator's "execute actions" e-mail (Keycloak puts the link's
     * actions on the authentication session, never on a login's): the operator's own identity
     * proofing, like the registration office.
     */
    private static boolean sentByOperator(RequiredActionContext context) {
        return context.getAuthenticationSession().getRequiredActions().contains(context.getAction());
    }

    /**
     * How the key is being bound, for its credential: {@code level=3 key=eid ip=192.0.2.1 at=2026-12-07T18:00:00Z}
     * (the level held or {@code operator}, the chooser's key when known).
     */
    public static String describe(RequiredActionContext context) {
        String key = context.getAuthenticationSession().getAuthNote(KeyChooserAuthenticator.CHOSEN_KEY_NOTE);
        return "level=" + (sentByOperator(context) ? "operator" : String.valueOf(held(context)))
                + (key == null ? "" : " key=" + key)
                + " ip=" + context.getConnection().getRemoteAddr()
                + " at=" + Instant.ofEpochMilli(Time.currentTimeMillis()).truncatedTo(ChronoUnit.SECONDS);
    }

    private static boolean isApplicationInitiated(AuthenticationSessionModel authSession) {
        return authSession.getClientNote(Constants.KC_ACTION) != null;
    }

    /** The acr value the realm (or client) gives this level, or null when none names it. */
    private static String acrOf(RequiredActionContext context, int level) {
        return AcrUtils.getAcrLoaMap(context.getAuthenticationSession().getClient()).entrySet().stream()
                .filter(e -> e.getValue() == level).map(Map.Entry::getKey).sorted().findFirst().orElse(null);
    }

    /**
     * The same authorization request again (client, redirect, state, nonce, PKCE challenge, the
     * action asked for), now asking for the level as essential: the client still receives its own
     * answer, after a login strong enough.
     */
    private static URI stepUpLogin(RequiredActionContext context, String acr) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        StringBuilder query = new StringBuilder();
        param(query, OIDCLoginProtocol.CLIENT_ID_PARAM, authSession.getClient().getClientId());
        param(query, OIDCLoginProtocol.REDIRECT_URI_PARAM, authSession.getRedirectUri());
        for (String name : new String[] {OIDCLoginProtocol.RESPONSE_TYPE_PARAM, OIDCLoginProtocol.SCOPE_PARAM,
                OIDCLoginProtocol.STATE_PARAM, OIDCLoginProtocol.NONCE_PARAM, OIDCLoginProtocol.RESPONSE_MODE_PARAM,
                OIDCLoginProtocol.CODE_CHALLENGE_PARAM, OIDCLoginProtocol.CODE_CHALLENGE_METHOD_PARAM,
                OIDCLoginProtocol.UI_LOCALES_PARAM, Constants.KC_ACTION}) {
            param(query, name, authSession.getClientNote(name));
        }
        param(query, OIDCLoginProtocol.CLAIMS_PARAM, "{\"id_token\":{\"acr\":{\"essential\":true,\"values\":[\"" + acr + "\"]}}}");
        URI base = context.getSession().getContext().getUri().getBaseUri();
        return base.resolve("realms/" + URLEncoder.encode(context.getRealm().getName(), StandardCharsets.UTF_8).replace("+", "%20")
                + "/protocol/openid-connect/auth?" + query);
    }

    private static void param(StringBuilder query, String name, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (query.length() > 0) {
            query.append('&');
        }
        query.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
