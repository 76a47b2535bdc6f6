package be.digitalkeys.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.JsonWebToken;

/**
 * Browsers a user already logged in with the app (the seed: the icon is asked "the first time on
 * a new computer"): a cookie signed with the realm's HMAC key naming the user, per realm and
 * user. It only decides whether an icon is shown, never whether a login succeeds.
 */
final class AppBrowsers {

    static final String TOKEN_TYPE = "dk-app-browser";
    private static final String COOKIE_PREFIX = "DK_APP_BROWSER_";

    private final KeycloakSession session;
    private final RealmModel realm;

    AppBrowsers(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    boolean isKnown(UserModel user) {
        return knownBrowser(user).isPresent();
    }

    /**
     * This browser's own name for the user when it is known (a digest of its signed cookie), for a
     * request quota of its own: strangers who use up the user's quota do not stop this browser.
     */
    java.util.Optional<String> knownBrowser(UserModel user) {
        Cookie cookie = session.getContext().getRequestHeaders().getCookies().get(cookieName(user));
        if (cookie == null || cookie.getValue() == null || cookie.getValue().length() > 4096) {
            return java.util.Optional.empty();
        }
        JsonWebToken token = session.tokens().decode(cookie.getValue(), JsonWebToken.class);
        boolean valid = token != null && TOKEN_TYPE.equals(token.getType()) && user.getId().equals(token.getSubject())
                && realm.getId().equals(token.getIssuer()) && token.isActive();
        return valid ? java.util.Optional.of(digest(cookie.getValue())) : java.util.Optional.empty();
    }

    void remember(UserModel user, int days) {
        long expiresAt = Time.currentTime() + days * 86_400L;
        JsonWebToken token = new JsonWebToken().type(TOKEN_TYPE).subject(user.getId()).issuer(realm.getId()).exp(expiresAt);
        token.iat((long) Time.currentTime());
        boolean https = "https".equalsIgnoreCase(session.getContext().getUri().getBaseUri().getScheme());
        session.getContext().getHttpResponse().setCookieIfAbsent(new NewCookie.Builder(cookieName(user))
                .value(session.tokens().encode(token))
                .path(session.getContext().getUri().getBaseUri().getPath() + "realms/" + realm.getName() + "/")
                .maxAge(days * 86_400)
                .httpOnly(true)
                .secure(https)
                .sameSite(NewCookie.SameSite.LAX)
                .build());
    }

    private String cookieName(UserModel user) {
        return COOKIE_PREFIX + digest(realm.getId() + ":" + user.getId());
    }

    private static String digest(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
