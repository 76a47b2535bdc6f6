package be.digitalkeys.eid.ocsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.junit.jupiter.api.Test;

import be.digitalkeys.eid.dev.TestOcspResponder;
import be.digitalkeys.eid.testing.GeneratedPki;
import be.digitalkeys.eid.testing.MutableClock;
import be.digitalkeys.eid.testing.TestPkiFactory;

class OcspClientTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final GeneratedPki PKI = new GeneratedPki();
    private static final KeyPair KEYS = TestPkiFactory.ec("secp256r1");
    private static final X509Certificate LEAF = PKI.auth(KEYS, "85073003328");

    private final List<URI> asked = new CopyOnWriteArrayList<>();

    private OcspTransport transport(TestOcspResponder responder) {
        return (uri, request, timeout) -> {
            asked.add(uri);
            return responder.respond(request);
        };
    }

    private OcspClient client(OcspStatus status) {
        return client(OcspSettings.defaults(), transport(PKI.responder(serial -> status, CLOCK)), OcspCache.none(), CLOCK);
    }

    private static OcspClient client(OcspSettings settings, OcspTransport transport, OcspCache cache, Clock clock) {
        return new OcspClient(settings, transport, cache, clock);
    }

    @Test
    void statuses() throws Exception {
        assertEquals(OcspStatus.GOOD, client(OcspStatus.GOOD).check(LEAF, PKI.ca));
        assertEquals(OcspStatus.REVOKED, client(OcspStatus.REVOKED).check(LEAF, PKI.ca));
        assertEquals(OcspStatus.UNKNOWN, client(OcspStatus.UNKNOWN).check(LEAF, PKI.ca));
    }

    @Test
    void asksTheResponderOfTheCertificate_orTheOverride() throws Exception {
        client(OcspStatus.GOOD).check(LEAF, PKI.ca);
        assertEquals(List.of(URI.create(GeneratedPki.OCSP_URL)), asked);
        URI override = URI.create("http://127.0.0.1:1/ocsp");
        client(OcspSettings.defaults().withResponderOverride(override),
                transport(PKI.responder(s -> OcspStatus.GOOD, CLOCK)), OcspCache.none(), CLOCK).check(LEAF, PKI.ca);
        assertEquals(override, asked.get(1));
    }

    @Test
    void cacheKey_isIssuerKeyHashAndSerialInHex() throws Exception {
        String key = OcspClient.cacheKey(LEAF, PKI.ca);
        assertTrue(key.matches("[0-9a-f]{40}:[0-9a-f]+"), key);
        assertTrue(key.endsWith(":" + LEAF.getSerialNumber().toString(16)));
    }

    @Test
    void goodAndRevoked_areCachedForTheTtl_unknownIsNot() throws Exception {
        MutableClock clock = new MutableClock(NOW);
        InMemoryOcspCache cache = new InMemoryOcspCache(clock);
        OcspStatus[] status = {OcspStatus.GOOD};
        OcspClient client = client(OcspSettings.defaults().withCacheTtl(Duration.ofMinutes(5)),
                transport(PKI.responder(serial -> status[0], clock)), cache, clock);

        assertEquals(OcspStatus.GOOD, client.check(LEAF, PKI.ca));
        status[0] = OcspStatus.REVOKED;
        assertEquals(OcspStatus.GOOD, client.check(LEAF, PKI.ca), "from the cache");
        assertEquals(1, asked.size());
        assertEquals(OcspStatus.GOOD, cache.get(OcspClient.cacheKey(LEAF, PKI.ca)).orElseThrow());

        clock.advance(Duration.ofMinutes(5));
        assertEquals(OcspStatus.REVOKED, client.check(LEAF, PKI.ca), "cache expired");
        assertEquals(OcspStatus.REVOKED, client.check(LEAF, PKI.ca));
        assertEquals(2, asked.size());

        clock.advance(Duration.ofMinutes(6));
        status[0] = OcspStatus.UNKNOWN;
        client.check(LEAF, PKI.ca);
        client.check(LEAF, PKI.ca);
        assertEquals(4, asked.size());
    }

    @Test
    void cacheTtlZero_neitherReusesNorStoresAnswers_evenThoseOthersCached() throws Exception {
        MutableClock clock = new MutableClock(NOW);
        InMemoryOcspCache cache = new InMemoryOcspCache(clock);
        cache.put(OcspClient.cacheKey(LEAF, PKI.ca), OcspStatus.GOOD, Duration.ofMinutes(5));
        OcspClient client = client(OcspSettings.defaults().withCacheTtl(Duration.ZERO),
                transport(PKI.responder(serial -> OcspStatus.REVOKED, clock)), cache, clock);

        assertEquals(OcspStatus.REVOKED, client.check(LEAF, PKI.ca), "the responder is asked, not another realm's cached GOOD");
        assertEquals(OcspStatus.REVOKED, client.check(LEAF, PKI.ca));
        assertEquals(2, asked.size());
        assertEquals(OcspStatus.GOOD, cache.get(OcspClient.cacheKey(LEAF, PKI.ca)).orElseThrow(), "nothing stored over it");
    }

    @Test
    void delegatedResponderExpired_unavailable() {
        KeyPair keys = TestPkiFactory.ec("secp256r1");
        X509Certificate expired = TestPkiFactory.certificate().subject("C=BE,CN=Old OCSP").publicKey(keys.getPublic())
                .issuedBy(PKI.ca, PKI.caKeys.getPrivate())
                .validity(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"))
                .extendedKeyUsage(org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_OCSPSigning).build();
        OcspClient client = client(OcspSettings.defaults(),
                transport(new TestOcspResponder(PKI.ca, expired, keys.getPrivate(), s -> OcspStatus.GOOD, CLOCK)),
                OcspCache.none(), CLOCK);
        assertThrows(OcspUnavailableException.class, () -> client.check(LEAF, PKI.ca));
    }

    @Test
    void freshnessLimits() throws Exception {
        assertEquals(OcspStatus.GOOD, clientWithResponderAt(NOW.minus(Duration.ofMinutes(14))).check(LEAF, PKI.ca));
        assertThrows(OcspUnavailableException.class,
                () -> clientWithResponderAt(NOW.minus(Duration.ofMinutes(16))).check(LEAF, PKI.ca));
        assertEquals(OcspStatus.GOOD, clientWithResponderAt(NOW.plus(Duration.ofMinutes(4))).check(LEAF, PKI.ca));
        assertThrows(OcspUnavailableException.class,
                () -> clientWithResponderAt(NOW.plus(Duration.ofMinutes(6))).check(LEAF, PKI.ca));
    }

    @Test
    void nextUpdatePassed_unavailable() {
        // max age widened to 2 h so that only nextUpdate (thisUpdate + 1 h) decides
        OcspClient client = client(OcspSettings.defaults().withMaxResponseAge(Duration.ofHours(2)),
                transport(PKI.responder(s -> OcspStatus.GOOD,
                        Clock.fixed(NOW.minus(Duration.ofMinutes(70)), ZoneOffset.UTC))),
                OcspCache.none(), CLOCK);
        assertThrows(OcspUnavailableException.class, () -> client.check(LEAF, PKI.ca));
    }

    private OcspClient clientWithResponderAt(Instant responderTime) {
        return client(OcspSettings.defaults(),
                transport(PKI.responder(s -> OcspStatus.GOOD, Clock.fixed(responderTime, ZoneOffset.UTC))),
                OcspCache.none(), CLOCK);
    }

    /** A replayed answer (issue 22): another request's nonce, or none, is refused; "none" passes only when configured. */
    @Test
    void echoedNonceMustMatch_andAnAbsentNonceIsRefusedUnlessNotRequired() throws Exception {
        TestOcspResponder responder = PKI.responder(s -> OcspStatus.GOOD, CLOCK);
        byte[] otherNonce = new OCSPReqBuilder().addRequest(OcspClient.certificateId(LEAF, PKI.ca))
                .setRequestExtensions(new Extensions(OcspClient.nonceExtension(new byte[] {1, 2, 3, 4})))
                .build().getEncoded();
        OcspClient replayed = client(OcspSettings.defaults(), (u, r, t) -> responder.respond(otherNonce),
                OcspCache.none(), CLOCK);
        OcspUnavailableException e = assertThrows(OcspUnavailableException.class, () -> replayed.check(LEAF, PKI.ca));
        assertTrue(e.getMessage().contains("nonce does not match"), e.getMessage());
        OcspClient replayedAnyway = client(OcspSettings.defaults().withRequireNonce(false), (u, r, t) -> responder.respond(otherNonce),
                OcspCache.none(), CLOCK);
        assertThrows(OcspUnavailableException.class, () -> replayedAnyway.check(LEAF, PKI.ca), "a wrong nonce is never accepted");

        byte[] noNonce = new OCSPReqBuilder().addRequest(OcspClient.certificateId(LEAF, PKI.ca)).build().getEncoded();
        OcspClient preProduced = client(OcspSettings.defaults(), (u, r, t) -> responder.respond(noNonce),
                OcspCache.none(), CLOCK);
        e = assertThrows(OcspUnavailableException.class, () -> preProduced.check(LEAF, PKI.ca));
        assertTrue(e.getMessage().contains("does not echo the request nonce"), e.getMessage());
        OcspClient notRequired = client(OcspSettings.defaults().withRequireNonce(false), (u, r, t) -> responder.respond(noNonce),
                OcspCache.none(), CLOCK);
        assertEquals(OcspStatus.GOOD, notRequired.check(LEAF, PKI.ca));
        assertTrue(OcspSettings.defaults().requireNonce(), "required by default");
    }

    @Test
    void answerForAnotherCertificate_unavailable() throws Exception {
        TestOcspResponder responder = PKI.responder(s -> OcspStatus.GOOD, CLOCK);
        byte[] otherSerial = new OCSPReqBuilder()
                .addRequest(OcspClient.certificateId(PKI.ca, LEAF.getSerialNumber().add(BigInteger.ONE))).build()
                .getEncoded();
        OcspClient client = client(OcspSettings.defaults(), (u, r, t) -> responder.respond(otherSerial),
                OcspCache.none(), CLOCK);
        assertThrows(OcspUnavailableException.class, () -> client.check(LEAF, PKI.ca));
    }

    @Test
    void wrongIssuerGiven_unavailable() {
        GeneratedPki other = new GeneratedPki();
        OcspClient client = client(OcspStatus.GOOD);
        assertThrows(OcspUnavailableException.class, () -> client.check(LEAF, other.ca));
    }

    @Test
    void transportFailures_unavailable() {
        assertUnavailable((u, r, t) -> {
            throw new IOException("connection refused");
        });
        assertUnavailable((u, r, t) -> null);
        assertUnavailable((u, r, t) -> new byte[0]);
        assertUnavailable((u, r, t) -> new byte[] {1, 2, 3});
        TestOcspResponder responder = PKI.responder(s -> OcspStatus.GOOD, CLOCK);
        assertUnavailable((u, r, t) -> responder.respond(new byte[] {0x30, 0x00})); // malformedRequest status
    }

    @Test
    void noResponderUrl_unavailable() {
        X509Certificate noAia = PKI.authSpec(KEYS, "85073003328").ocspUrl(null).build();
        assertThrows(OcspUnavailableException.class, () -> client(OcspStatus.GOOD).check(noAia, PKI.ca));
        assertTrue(asked.isEmpty());
    }

    @Test
    void nonHttpResponderUrl_ignored() {
        X509Certificate ldap = PKI.authSpec(KEYS, "85073003328").ocspUrl("ldap://ocsp.example/").build();
        assertEquals(java.util.Optional.empty(), OcspUrls.responderUrl(ldap));
        X509Certificate file = PKI.authSpec(KEYS, "85073003328").ocspUrl("file:///etc/passwd").build();
        assertEquals(java.util.Optional.empty(), OcspUrls.responderUrl(file));
    }

    @Test
    void timeoutIsPassedToTheTransport() throws Exception {
        Duration[] seen = new Duration[1];
        TestOcspResponder responder = PKI.responder(s -> OcspStatus.GOOD, CLOCK);
        client(OcspSettings.defaults().withTimeout(Duration.ofMillis(1234)), (u, r, t) -> {
            seen[0] = t;
            return responder.respond(r);
        }, OcspCache.none(), CLOCK).check(LEAF, PKI.ca);
        assertEquals(Duration.ofMillis(1234), seen[0]);
    }

    private void assertUnavailable(OcspTransport transport) {
        assertThrows(OcspUnavailableException.class,
                () -> client(OcspSettings.defaults(), transport, OcspCache.none(), CLOCK).check(LEAF, PKI.ca));
    }
}
