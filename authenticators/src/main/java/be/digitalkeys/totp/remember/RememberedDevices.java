package be.digitalkeys.totp.remember;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.representations.JsonWebToken;

/**
 * "Remember this device": a cookie signed with the realm's HMAC key (Keycloak's token manager)
 * that names a server-side {@link RememberedDeviceCredentialModel}. The record is bound to the
 * user's current password and authenticator credentials: changing either revokes it.
 */
public final class RememberedDevices {

    static final String TOKEN_TYPE = "dk-remembered-device";
    private static final String COOKIE_PREFIX = "DK_DEVICE_";

    private final KeycloakSession session;
    private final RealmModel realm;

    public RememberedDevices(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** True when this browser carries a valid, unrevoked cookie for this user. */
    public boolean isRemembered(UserModel user) {
        Map<String, Cookie> cookies = session.getContext().getRequestHeaders().getCookies();
        Cookie cookie = cookies.get(cookieName(user));
        if (cookie == null || cookie.getValue() == null || cookie.getValue().length() > 4096) {
            return false;
        }
        JsonWebToken token = session.tokens().decode(cookie.getValue(), JsonWebToken.class);
        if (token == null || !TOKEN_TYPE.equals(token.getType()) || !user.getId().equals(token.getSubject())
                || !realm.getId().equals(token.getIssuer()) || token.getId() == null) {
            return false;
        }
        CredentialModel stored = user.credentialManager().getStoredCredentialById(token.getId());
        if (stored == null || !RememberedDeviceCredentialModel.TYPE.equals(stored.getType())) {
            return false;
        }
        RememberedDeviceCredentialModel device = RememberedDeviceCredentialModel.fromModel(stored);
        boolean bound = MessageDigest.isEqual(bytes(device.data().binding()), bytes(binding(user)));
        // An expired or revoked browser loses its record at once, so the user's list stays true.
        if (!token.isActive() || device.isExpired() || !bound) {
            user.credentialManager().removeStoredCredentialById(stored.getId());
            return false;
        }
        return true;
    }

    /** Records this browser for the user and sets the signed cookie. */
    public void remember(UserModel user, int days) {
        purgeExpired(user);
        long expiresAt = Time.currentTimeMillis() + days * 86_400_000L;
        String label = BrowserLabel.of(session.getContext().getRequestHeaders().getHeaderString("User-Agent"));
        CredentialModel stored = user.credentialManager().createStoredCredential(
                RememberedDeviceCredentialModel.create(label, expiresAt, binding(user)));
        JsonWebToken token = new JsonWebToken()
                .id(stored.getId())
                .type(TOKEN_TYPE)
                .subject(user.getId())
                .issuer(realm.getId())
                .exp(expiresAt / 1000);
        token.iat((long) Time.currentTime());
        boolean https = "https".equalsIgnoreCase(session.getContext().getUri().getBaseUri().getScheme());
        NewCookie cookie = new NewCookie.Builder(cookieName(user))
                .value(session.tokens().encode(token))
                .path(session.getContext().getUri().getBaseUri().getPath() + "realms/" + realm.getName() + "/")
                .maxAge(days * 86_400)
                .httpOnly(true)
                .secure(https)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
        session.getContext().getHttpResponse().setCookieIfAbsent(cookie);
    }

    /** Revokes every remembered browser of the user. */
    public void forgetAll(UserModel user) {
        user.credentialManager().getStoredCredentialsByTypeStream(RememberedDeviceCredentialModel.TYPE).toList()
                .forEach(c -> user.credentialManager().removeStoredCredentialById(c.getId()));
    }

    /** Removes the records of browsers whose period is over (also done before remembering one). */
    public void purgeExpired(UserModel user) {
        user.credentialManager().getStoredCredentialsByTypeStream(RememberedDeviceCredentialModel.TYPE)
                .map(RememberedDeviceCredentialModel::fromModel)
                .filter(RememberedDeviceCredentialModel::isExpired).toList()
                .forEach(c -> user.credentialManager().removeStoredCredentialById(c.getId()));
    }

    /** One cookie per user and realm, so several people can share a browser. */
    private String cookieName(UserModel user) {
        return COOKIE_PREFIX + sha256(realm.getId() + ":" + user.getId()).substring(0, 16);
    }

    /** Digest of the password and authenticator credentials the device was remembered against. */
    static String binding(UserModel user) {
        String password = user.credentialManager().getStoredCredentialsByTypeStream(PasswordCredentialModel.TYPE)
                .map(c -> c.getId() + "/" + c.getCreatedDate() + "/" + sha256(String.valueOf(c.getSecretData())))
                .sorted().collect(Collectors.joining(","));
        String otp = user.credentialManager().getStoredCredentialsByTypeStream(OTPCredentialModel.TYPE)
                .map(c -> c.getId() + "/" + c.getCreatedDate())
                .sorted().collect(Collectors.joining(","));
        return sha256(password + "|" + otp);
    }

    private static byte[] bytes(String value) {
        return String.valueOf(value).getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(value)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
