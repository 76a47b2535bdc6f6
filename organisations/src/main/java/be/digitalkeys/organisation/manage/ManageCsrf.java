package be.digitalkeys.organisation.manage;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.representations.JsonWebToken;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * The management page's token against cross-site requests: a JWT signed with the realm's key,
 * bound to the user and to their browser session (sid), valid 30 minutes. A form without it, or
 * with one of another session, changes nothing.
 */
final class ManageCsrf {

    static final String FIELD = "csrf";
    private static final String TYPE = "dk-org-manage-form";
    private static final int LIFETIME_SECONDS = 1800;

    private ManageCsrf() {
    }

    static String issue(KeycloakSession session, AuthenticationManager.AuthResult auth) {
        JsonWebToken token = new JsonWebToken().type(TYPE).subject(auth.user().getId())
                .exp((long) Time.currentTime() + LIFETIME_SECONDS);
        token.setOtherClaims("sid", auth.session().getId());
        return session.tokens().encode(token);
    }

    static boolean valid(KeycloakSession session, AuthenticationManager.AuthResult auth, String value) {
        if (value == null || value.isBlank() || value.length() > 4096) {
            return false;
        }
        JsonWebToken token = session.tokens().decode(value, JsonWebToken.class);
        return token != null && TYPE.equals(token.getType()) && token.isActive()
                && auth.user().getId().equals(token.getSubject())
                && auth.session().getId().equals(token.getOtherClaims().get("sid"));
    }
}
