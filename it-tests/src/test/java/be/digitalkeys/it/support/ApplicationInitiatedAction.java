package be.digitalkeys.it.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What an application does to send a logged-in user to a required action: an authorization
 * request with {@code kc_action}. Keycloak comes back with {@code kc_action_status}.
 */
public final class ApplicationInitiatedAction {

    /** A fixed PKCE pair (RFC 7636 Appendix B); the code is never exchanged in these tests. */
    private static final String CODE_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    private ApplicationInitiatedAction() {
    }

    public static String url(TestEnvironment env, String realm, String clientId, String action) {
        // A plain page, not the account console: the console would start its own login at once
        // and the status Keycloak appends would only survive URL-encoded inside that request.
        String redirect = env.baseUrl() + "/realms/" + realm + "/dk-testing/aia-done";
        return env.baseUrl() + "/realms/" + realm + "/protocol/openid-connect/auth"
                + "?client_id=" + encode(clientId)
                + "&redirect_uri=" + encode(redirect)
                + "&response_type=code&scope=openid"
                + "&code_challenge=" + CODE_CHALLENGE + "&code_challenge_method=S256"
                + "&kc_action=" + encode(action);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
