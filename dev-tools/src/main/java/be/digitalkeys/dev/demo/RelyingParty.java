package be.digitalkeys.dev.demo;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * The OIDC client side of one realm (authorization code + PKCE S256), as a real relying party does
 * it: endpoints from the realm's discovery document, a fresh state, nonce and code verifier per
 * login, the code exchanged at the token endpoint, and the ID token accepted only when its signature
 * verifies against the realm's JWKS and its issuer, audience, expiry and nonce are right (Nimbus's
 * {@link DefaultJWTProcessor}). Keys are fetched and cached by Nimbus ({@link JWKSourceBuilder}).
 */
final class RelyingParty {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384,
            JWSAlgorithm.ES512, JWSAlgorithm.EdDSA);

    private final HttpClient http;
    private final String issuer;
    private final String authorizationEndpoint;
    private final String tokenEndpoint;
    private final String endSessionEndpoint;
    private final JWKSource<SecurityContext> keys;

    /** A login under way: what the callback needs to finish it. */
    record Pending(String card, String state, String nonce, String verifier) {
    }

    /** A finished login: the ID token as received and its verified claims. */
    record Login(String idToken, Map<String, Object> claims, String algorithm, String keyId) {
    }

    /** Any reason a login is not accepted; the message is shown on the card. */
    static final class LoginFailed extends Exception {
        private static final long serialVersionUID = 1L;

        LoginFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private RelyingParty(HttpClient http, Map<String, Object> discovery) throws ParseException, MalformedURLException {
        this.http = http;
        this.issuer = JSONObjectUtils.getString(discovery, "issuer");
        this.authorizationEndpoint = JSONObjectUtils.getString(discovery, "authorization_endpoint");
        this.tokenEndpoint = JSONObjectUtils.getString(discovery, "token_endpoint");
        this.endSessionEndpoint = JSONObjectUtils.getString(discovery, "end_session_endpoint");
        this.keys = JWKSourceBuilder.create(URI.create(JSONObjectUtils.getString(discovery, "jwks_uri")).toURL())
                .retrying(true).build();
    }

    /** Reads the realm's discovery document. */
    static RelyingParty discover(HttpClient http, String keycloakUrl, String realm) throws IOException {
        String url = keycloakUrl + "/realms/" + enc(realm) + "/.well-known/openid-configuration";
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("discovery " + url + " answered " + response.statusCode());
            }
            return new RelyingParty(http, JSONObjectUtils.parse(response.body()));
        } catch (ParseException e) {
            throw new IOException("discovery " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    static Pending newPending(String card) {
        return new Pending(card, random(), random(), random() + random());
    }

    /**
     * The authorization request; {@code options} are the optional parameters the card offers
     * (ui_locales, prompt, max_age, acr_values), already checked.
     */
    String authorizationUrl(DemoClient client, String redirectUri, Pending pending, Map<String, String> options) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("response_type", "code");
        q.put("client_id", client.clientId());
        q.put("redirect_uri", redirectUri);
        q.put("scope", "openid");
        q.put("state", pending.state());
        q.put("nonce", pending.nonce());
        q.put("code_challenge", challenge(pending.verifier()));
        q.put("code_challenge_method", "S256");
        q.putAll(options);
        return authorizationEndpoint + "?" + form(q);
    }

    /** Exchanges the code (with the PKCE verifier) and verifies the ID token. */
    Login finish(DemoClient client, String redirectUri, Pending pending, String code) throws LoginFailed {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("grant_type", "authorization_code");
        f.put("code", code);
        f.put("redirect_uri", redirectUri);
        f.put("client_id", client.clientId());
        f.put("code_verifier", pending.verifier());
        Map<String, Object> tokens;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                    .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(f))).build(), HttpResponse.BodyHandlers.ofString());
            tokens = JSONObjectUtils.parse(response.body());
            if (response.statusCode() != 200) {
                throw new LoginFailed("token endpoint: " + response.statusCode() + " " + tokens.get("error")
                        + (tokens.get("error_description") != null ? " (" + tokens.get("error_description") + ")" : ""), null);
            }
        } catch (IOException | ParseException e) {
            throw new LoginFailed("token endpoint: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginFailed("interrupted", e);
        }
        if (!(tokens.get("id_token") instanceof String idToken)) {
            throw new LoginFailed("the token response has no id_token", null);
        }
        return verify(client, pending.nonce(), idToken);
    }

    /** Signature (realm JWKS), iss, aud, exp/iat and nonce: all must hold. */
    Login verify(DemoClient client, String nonce, String idToken) throws LoginFailed {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(client.clientId(),
                new JWTClaimsSet.Builder().issuer(issuer).claim("nonce", nonce).build(),
                new HashSet<>(Set.of("sub", "iat", "exp"))));
        try {
            SignedJWT jwt = SignedJWT.parse(idToken);
            JWTClaimsSet claims = processor.process(jwt, null);
            return new Login(idToken, claims.toJSONObject(), jwt.getHeader().getAlgorithm().getName(), jwt.getHeader().getKeyID());
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new LoginFailed("ID token refused: " + e.getMessage(), e);
        }
    }

    /** RP-initiated logout: the end-session endpoint with the ID token as hint. */
    String logoutUrl(DemoClient client, String idToken, String postLogoutRedirectUri, String state, String uiLocales) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("client_id", client.clientId());
        q.put("id_token_hint", idToken);
        q.put("post_logout_redirect_uri", postLogoutRedirectUri);
        q.put("state", state);
        q.put("ui_locales", uiLocales);
        return endSessionEndpoint + "?" + form(q);
    }

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        values.forEach((k, v) -> out.append(out.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        return out.toString();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
