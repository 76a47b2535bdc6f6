package be.digitalkeys.chooser;

import java.util.Map;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;

/**
 * "Choisissez votre clé numérique": the realm's digital keys as tiles in two groups. The choice
 * goes into an authentication-session note that the keys' conditional subflows test, and into a
 * cookie so this browser shows the last key used first.
 */
public class KeyChooserAuthenticator implements Authenticator {

    public static final String CHOSEN_KEY_NOTE = "dk.key";
    static final String TEMPLATE = "dk-key-chooser.ftl";
    static final String FIELD_KEY = "key";
    static final String COOKIE = "DK_LAST_KEY";
    static final int COOKIE_DAYS = 365;

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.challenge(form(context, null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        String chosen = context.getHttpRequest().getDecodedFormParameters().getFirst(FIELD_KEY);
        KeyTiles tiles = KeyTiles.around(context.getRealm(), context.getExecution());
        KeyTile tile = chosen == null || chosen.length() > 64 ? null : tiles.byId(chosen).orElse(null);
        if (tile == null) {
            context.challenge(form(context, "dkKeyChooserInvalid"));
            return;
        }
        context.getAuthenticationSession().setAuthNote(CHOSEN_KEY_NOTE, tile.getId());
        context.getEvent().detail("dk_key", tile.getId());
        context.getSession().getContext().getHttpResponse().setCookieIfAbsent(new NewCookie.Builder(COOKIE)
                .value(tile.getId())
                .path(realmPath(context))
                .maxAge(COOKIE_DAYS * 86_400)
                .httpOnly(true)
                .secure("https".equalsIgnoreCase(context.getSession().getContext().getUri().getBaseUri().getScheme()))
                .sameSite(NewCookie.SameSite.LAX)
                .build());
        context.success();
    }

    private static Response form(AuthenticationFlowContext context, String error) {
        KeyTiles tiles = KeyTiles.around(context.getRealm(), context.getExecution());
        Map<String, Cookie> cookies = context.getSession().getContext().getRequestHeaders().getCookies();
        Cookie last = cookies.get(COOKIE);
        String lastKey = last != null && last.getValue() != null && tiles.byId(last.getValue()).isPresent() ? last.getValue() : "";
        var form = context.form()
                .setAttribute("dkIdentityKeys", tiles.inGroup(KeyTile.GROUP_IDENTITY))
                .setAttribute("dkSecurityCodeKeys", tiles.inGroup(KeyTile.GROUP_SECURITY_CODE))
                .setAttribute("dkLastKey", lastKey);
        if (error != null) {
            form.addError(new FormMessage(FIELD_KEY, error));
        }
        return form.createForm(TEMPLATE);
    }

    private static String realmPath(AuthenticationFlowContext context) {
        return context.getSession().getContext().getUri().getBaseUri().getPath() + "realms/" + context.getRealm().getName() + "/";
    }

    @Override
    public boolean requiresUser() {
        return false;
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
