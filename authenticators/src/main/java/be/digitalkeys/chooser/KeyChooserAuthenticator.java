package be.digitalkeys.chooser;

import be.digitalkeys.common.DkStep;
import be.digitalkeys.loa.Assurance;
import be.digitalkeys.loa.LevelCheckAuthenticator;

import java.util.Map;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.utils.FormMessage;

/**
 * "Choisissez votre clé numérique": the realm's digital keys as tiles in two groups. The choice
 * goes into an authentication-session note that the keys' conditional subflows test, and into a
 * cookie so this browser shows the last key used first.
 */
public class KeyChooserAuthenticator extends DkStep {

    public static final String CHOSEN_KEY_NOTE = "dk.key";
    static final String TEMPLATE = "dk-key-chooser.ftl";
    static final String FIELD_KEY = "key";
    static final String COOKIE = "DK_LAST_KEY";
    static final int COOKIE_DAYS = 365;

    public KeyChooserAuthenticator() {
        super(false);
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        Offer offer = offer(context);
        if (offer != null) {
            context.challenge(form(context, offer, null));
        }
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        Offer offer = offer(context);
        if (offer == null) {
            return;
        }
        String chosen = context.getHttpRequest().getDecodedFormParameters().getFirst(FIELD_KEY);
        // Only a key on offer: a key below the level the service asks for is refused like an unknown one.
        KeyTile tile = chosen == null || chosen.length() > 64 ? null : offer.tiles().byId(chosen).orElse(null);
        if (tile == null) {
            context.challenge(form(context, offer, "dkKeyChooserInvalid"));
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

    /**
     * The keys on offer: those that reach the level the login asks for. None reaching it ends the
     * login with the protocol's error when the level is essential (null is returned); a voluntary
     * level offers every key, and the token then says the level reached.
     */
    private static Offer offer(AuthenticationFlowContext context) {
        KeyTiles all = KeyTiles.around(context.getRealm(), context.getExecution());
        int requested = Assurance.requested(context);
        KeyTiles reaching = all.reaching(requested);
        if (reaching.isEmpty()) {
            if (Assurance.forced(context)) {
                LevelCheckAuthenticator.refuse(context, requested, all.highestLevel());
                return null;
            }
            return new Offer(all, false);
        }
        return new Offer(reaching, reaching.size() < all.size());
    }

    /** The tiles shown, and whether weaker keys were left out for this service. */
    private record Offer(KeyTiles tiles, boolean limited) {
    }

    private static Response form(AuthenticationFlowContext context, Offer offer, String error) {
        KeyTiles tiles = offer.tiles();
        Map<String, Cookie> cookies = context.getSession().getContext().getRequestHeaders().getCookies();
        Cookie last = cookies.get(COOKIE);
        String lastKey = last != null && last.getValue() != null && tiles.byId(last.getValue()).isPresent() ? last.getValue() : "";
        var form = context.form()
                .setAttribute("dkIdentityKeys", tiles.inGroup(KeyTile.GROUP_IDENTITY))
                .setAttribute("dkSecurityCodeKeys", tiles.inGroup(KeyTile.GROUP_SECURITY_CODE))
                .setAttribute("dkLastKey", lastKey)
                .setAttribute("dkStrongerKeyNeeded", offer.limited())
                // Step-up: the session's person is known (SSO at a lower level) and must prove it again.
                .setAttribute("dkStepUp", context.getUser() != null);
        if (error != null) {
            form.addError(new FormMessage(FIELD_KEY, error));
        }
        return form.createForm(TEMPLATE);
    }

    private static String realmPath(AuthenticationFlowContext context) {
        return context.getSession().getContext().getUri().getBaseUri().getPath() + "realms/" + context.getRealm().getName() + "/";
    }
}
