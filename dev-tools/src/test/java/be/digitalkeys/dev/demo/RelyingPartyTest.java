package be.digitalkeys.dev.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ID token checks of the demo page against a realm served on loopback (discovery + JWKS): a
 * token signed by the realm's key with the right issuer, audience and nonce is accepted; another
 * key, another nonce, another audience, an expired token and a changed payload are refused.
 */
class RelyingPartyTest {

    private static final DemoClient CLIENT = DemoClient.byCard("belgianidpro").orElseThrow();
    private HttpServer realm;
    private String issuer;
    private RSAKey key;
    private RelyingParty party;

    @BeforeEach
    void realmOnLoopback() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("realm-key").generate();
        realm = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + realm.getAddress().getPort();
        issuer = base + "/realms/public-services";
        String discovery = "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/protocol/openid-connect/auth\","
                + "\"token_endpoint\":\"" + issuer + "/protocol/openid-connect/token\",\"end_session_endpoint\":\"" + issuer
                + "/protocol/openid-connect/logout\",\"jwks_uri\":\"" + issuer + "/protocol/openid-connect/certs\"}";
        serve("/realms/public-services/.well-known/openid-configuration", discovery);
        serve("/realms/public-services/protocol/openid-connect/certs", new JWKSet(key.toPublicJWK()).toString());
        realm.start();
        party = RelyingParty.discover(HttpClient.newHttpClient(), base, "public-services");
    }

    @AfterEach
    void stop() {
        realm.stop(0);
    }

    private void serve(String path, String body) {
        realm.createContext(path, ex -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, bytes.length);
            ex.getResponseBody().write(bytes);
            ex.close();
        });
    }

    private String token(RSAKey signer, String aud, String nonce, long expiresInSeconds) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience(aud).subject("user-1")
                .issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + expiresInSeconds * 1000))
                .claim("nonce", nonce).claim("acr", "1").claim("dk_profile", Map.of("type", "self", "id", "85073003328")).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(signer.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    @Test
    void tokenOfTheRealm_isAccepted_withItsClaims() throws Exception {
        RelyingParty.Login login = party.verify(CLIENT, "n-1", token(key, "belgianidpro", "n-1", 300));
        assertEquals("RS256", login.algorithm());
        assertEquals("realm-key", login.keyId());
        assertEquals("1", login.claims().get("acr"));
        assertTrue(party.authorizationUrl(CLIENT, "http://localhost:8026/callback", RelyingParty.newPending("belgianidpro"), Map.of())
                .contains("code_challenge_method=S256"));
    }

    @Test
    void anotherKey_anotherNonce_anotherAudience_expired_orChangedPayload_areRefused() throws Exception {
        RSAKey other = new RSAKeyGenerator(2048).keyID("realm-key").generate();
        assertThrows(RelyingParty.LoginFailed.class, () -> party.verify(CLIENT, "n-1", token(other, "belgianidpro", "n-1", 300)));
        assertThrows(RelyingParty.LoginFailed.class, () -> party.verify(CLIENT, "n-1", token(key, "belgianidpro", "n-2", 300)));
        assertThrows(RelyingParty.LoginFailed.class, () -> party.verify(CLIENT, "n-1", token(key, "my-ebox", "n-1", 300)));
        assertThrows(RelyingParty.LoginFailed.class, () -> party.verify(CLIENT, "n-1", token(key, "belgianidpro", "n-1", -600)));
        String[] parts = token(key, "belgianidpro", "n-1", 300).split("\\.");
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"acr\":\"1\"", "\"acr\":\"3\"").getBytes(StandardCharsets.UTF_8));
        assertThrows(RelyingParty.LoginFailed.class, () -> party.verify(CLIENT, "n-1", parts[0] + "." + forged + "." + parts[2]));
    }

    @Test
    void pkceChallenge_isTheS256OfTheVerifier_rfc7636AppendixB() {
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                RelyingParty.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }
}
