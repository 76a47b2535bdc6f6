package be.digitalkeys.eid.webeid;

import static be.digitalkeys.eid.testing.Tokens.ORIGIN;
import static be.digitalkeys.eid.webeid.AuthTokenException.Reason.CERTIFICATE_REVOKED;
import static be.digitalkeys.eid.webeid.AuthTokenException.Reason.REVOCATION_UNAVAILABLE;
import static be.digitalkeys.eid.webeid.AuthTokenException.Reason.REVOCATION_UNKNOWN;
import static be.digitalkeys.eid.webeid.AuthTokenValidatorTest.CLOCK;
import static be.digitalkeys.eid.webeid.AuthTokenValidatorTest.EC256;
import static be.digitalkeys.eid.webeid.AuthTokenValidatorTest.NISS;
import static be.digitalkeys.eid.webeid.AuthTokenValidatorTest.NOW;
import static be.digitalkeys.eid.webeid.AuthTokenValidatorTest.PKI;
import static be.digitalkeys.eid.webeid.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.function.Function;

import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import be.digitalkeys.eid.dev.TestOcspResponder;
import be.digitalkeys.eid.ocsp.InMemoryOcspCache;
import be.digitalkeys.eid.ocsp.OcspCache;
import be.digitalkeys.eid.ocsp.OcspSettings;
import be.digitalkeys.eid.ocsp.OcspStatus;
import be.digitalkeys.eid.testing.GeneratedPki;
import be.digitalkeys.eid.testing.OcspHttpServer;
import be.digitalkeys.eid.testing.TestPkiFactory;
import be.digitalkeys.eid.testing.Tokens;

/** Step 9 against a real HTTP OCSP responder on 127.0.0.1. */
class AuthTokenValidatorOcspTest {

    private static final X509Certificate CERTIFICATE = PKI.auth(EC256, NISS);

    private final String nonce = Tokens.nonce();
    private final String token = Tokens.sign(CERTIFICATE, EC256.getPrivate(), "ES256", nonce);
    private OcspHttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private OcspHttpServer serve(TestOcspResponder responder) {
        server = OcspHttpServer.start(responder::respond);
        return server;
    }

    private OcspHttpServer serve(OcspStatus status) {
        return serve(PKI.responder(serial -> status, CLOCK));
    }

    private AuthTokenValidator validator(OcspSettings settings, OcspCache cache) {
        return AuthTokenValidator.builder().withTrustedCertificates(PKI.trusted()).withClock(CLOCK)
                .withOcsp(settings).withOcspCache(cache).build();
    }

    private AuthTokenValidator validator(OcspSettings settings) {
        return validator(settings, OcspCache.none());
    }

    private OcspSettings overrideSettings() {
        return OcspSettings.defaults().withResponderOverride(server.uri());
    }

    @Test
    void good_validatesAfterOneRequest() throws Exception {
        serve(OcspStatus.GOOD);
        assertEquals(NISS, validator(overrideSettings()).validate(token, ORIGIN, nonce).niss());
        assertEquals(1, server.requests());
        assertEquals("application/ocsp-request", server.lastRequestContentType());
    }

    @Test
    void revoked_refused() {
        serve(OcspStatus.REVOKED);
        assertRefused(CERTIFICATE_REVOKED, () -> validator(overrideSettings()).validate(token, ORIGIN, nonce), NISS);
    }

    @Test
    void unknown_refused() {
        serve(OcspStatus.UNKNOWN);
        assertRefused(REVOCATION_UNKNOWN, () -> validator(overrideSettings()).validate(token, ORIGIN, nonce), NISS);
    }

    @Test
    void responderTooSlow_unavailable() {
        serve(OcspStatus.GOOD).holdAnswers();
        AuthTokenValidator validator = validator(overrideSettings().withTimeout(Duration.ofMillis(300)));
        long started = System.nanoTime();
        assertRefused(REVOCATION_UNAVAILABLE, () -> validator.validate(token, ORIGIN, nonce), NISS);
        // The responder holds its answer 30 s: well under that means the 300 ms timeout worked, with room for a busy machine.
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 10_000, "gave up on time");
    }

    @Test
    void responseSignedByWrongKey_unavailable() {
        KeyPair wrong = TestPkiFactory.ec("secp256r1");
        serve(new TestOcspResponder(PKI.ca, PKI.ocspSigner, wrong.getPrivate(), serial -> OcspStatus.GOOD, CLOCK));
        assertRefused(REVOCATION_UNAVAILABLE, () -> validator(overrideSettings()).validate(token, ORIGIN, nonce));
    }

    @Test
    void responderCertificateFromAnotherCa_unavailable() {
        GeneratedPki other = new GeneratedPki();
        serve(new TestOcspResponder(PKI.ca, other.ocspSigner, other.ocspKeys.getPrivate(), serial -> OcspStatus.GOOD,
                CLOCK));
        assertRefused(REVOCATION_UNAVAILABLE, () -> validator(overrideSettings()).validate(token, ORIGIN, nonce));
    }

    @Test
    void responderCertificateWithoutOcspSigning_unavailable() {
        KeyPair keys = TestPkiFactory.ec("secp256r1");
        X509Certificate notAResponder = PKI.ocspSigner(keys, KeyPurposeId.id_kp_clientAuth);
        serve(new TestOcspResponder(PKI.ca, notAResponder, keys.getPrivate(), serial -> OcspStatus.GOOD, CLOCK));
        assertRefused(REVOCATION_UNAVAILABLE, () -> validator(overrideSettings()).validate(token, ORIGIN, nonce));
    }

    @Test
    void responseSignedByTheCaItself_accepted() throws Exception {
        serve(new TestOcspResponder(PKI.ca, PKI.ca, PKI.caKeys.getPrivate(), serial -> OcspStatus.GOOD, CLOCK));
        validator(overrideSettings()).validate(token, ORIGIN, nonce);
    }

    @Test
    void staleResponse_unavailable() {
        serve(PKI.responder(serial -> OcspStatus.GOOD, Clock.fixed(NOW.minus(Duration.ofMinutes(16)), ZoneOffset.UTC)));
        assertRefused(REVOCATION_UNAVAILABLE, () -> validator(overrideSettings()).validate(token, ORIGIN, nonce));
    }

    @Test
    void responseFromTheFuture_unavailable() {
        serve(PKI.responder(serial -> OcspStatus.GOOD, Clock.fixed(NOW.plus(Duration.ofMinutes(6)), ZoneOffset.UTC)));
        assertRefused(REVOCATION_UNAVAILABLE, () -> validator(overrideSettings()).validate(token, ORIGIN, nonce));
    }

    @Test
    void slightlySkewedResponder_accepted() throws Exception {
        serve(PKI.responder(serial -> OcspStatus.GOOD, Clock.fixed(NOW.plus(Duration.ofMinutes(4)), ZoneOffset.UTC)));
        validator(overrideSettings()).validate(token, ORIGIN, nonce);
    }

    @Test
    void httpError_unavailable() {
        serve(OcspStatus.GOOD).status(500);
        assertRefused(REVOCATION_UNAVAILABLE, () -> validator(overrideSettings()).validate(token, ORIGIN, nonce));
    }

    @Test
    void unparseableResponse_unavailable() {
        server = OcspHttpServer.start(request -> new byte[] {0x30, 0x03, 0x0a, 0x01, 0x00});
        assertRefused(REVOCATION_UNAVAILABLE, () -> validator(overrideSettings()).validate(token, ORIGIN, nonce));
    }

    @Test
    void failOpen_passesWhenTheResponderTimesOut() throws Exception {
        serve(OcspStatus.GOOD).holdAnswers();
        AuthTokenValidator validator = validator(overrideSettings().withTimeout(Duration.ofMillis(300)).withFailOpen(true));
        assertEquals(NISS, validator.validate(token, ORIGIN, nonce).niss());
    }

    @Test
    void failOpen_passesWhenTheResponseIsBadlySigned() throws Exception {
        serve(new TestOcspResponder(PKI.ca, PKI.ocspSigner, TestPkiFactory.ec("secp256r1").getPrivate(),
                serial -> OcspStatus.REVOKED, CLOCK));
        validator(overrideSettings().withFailOpen(true)).validate(token, ORIGIN, nonce);
    }

    @Test
    void failOpen_stillRefusesRevoked() {
        serve(OcspStatus.REVOKED);
        assertRefused(CERTIFICATE_REVOKED,
                () -> validator(overrideSettings().withFailOpen(true)).validate(token, ORIGIN, nonce));
    }

    @Test
    void failOpen_stillRefusesUnknown() {
        serve(OcspStatus.UNKNOWN);
        assertRefused(REVOCATION_UNKNOWN,
                () -> validator(overrideSettings().withFailOpen(true)).validate(token, ORIGIN, nonce));
    }

    @Test
    void cacheHit_avoidsASecondRequest() throws Exception {
        serve(OcspStatus.GOOD);
        AuthTokenValidator validator = validator(overrideSettings(), new InMemoryOcspCache(CLOCK));
        validator.validate(token, ORIGIN, nonce);
        String second = Tokens.nonce();
        validator.validate(Tokens.sign(CERTIFICATE, EC256.getPrivate(), "ES256", second), ORIGIN, second);
        assertEquals(1, server.requests());
    }

    @Test
    void revokedIsCachedToo() {
        serve(OcspStatus.REVOKED);
        AuthTokenValidator validator = validator(overrideSettings(), new InMemoryOcspCache(CLOCK));
        assertRefused(CERTIFICATE_REVOKED, () -> validator.validate(token, ORIGIN, nonce));
        assertRefused(CERTIFICATE_REVOKED, () -> validator.validate(token, ORIGIN, nonce));
        assertEquals(1, server.requests());
    }

    @Test
    void unknownIsNotCached() {
        serve(OcspStatus.UNKNOWN);
        AuthTokenValidator validator = validator(overrideSettings(), new InMemoryOcspCache(CLOCK));
        assertRefused(REVOCATION_UNKNOWN, () -> validator.validate(token, ORIGIN, nonce));
        assertRefused(REVOCATION_UNKNOWN, () -> validator.validate(token, ORIGIN, nonce));
        assertEquals(2, server.requests());
    }

    @Test
    void responderFromTheCertificate_whenNoOverride() throws Exception {
        serve(OcspStatus.GOOD);
        X509Certificate certificate = PKI.authSpec(EC256, NISS).ocspUrl(server.uri().toString()).build();
        validator(OcspSettings.defaults()).validate(Tokens.sign(certificate, EC256.getPrivate(), "ES256", nonce), ORIGIN, nonce);
        assertEquals(1, server.requests());
    }

    @Test
    void noResponderAnywhere_unavailable_unlessFailOpen() throws Exception {
        X509Certificate certificate = PKI.authSpec(EC256, NISS).ocspUrl(null).build();
        String noAia = Tokens.sign(certificate, EC256.getPrivate(), "ES256", nonce);
        assertRefused(REVOCATION_UNAVAILABLE, () -> validator(OcspSettings.defaults()).validate(noAia, ORIGIN, nonce));
        validator(OcspSettings.defaults().withFailOpen(true)).validate(noAia, ORIGIN, nonce);
    }

    @Test
    void disabled_sendsNoRequest() throws Exception {
        serve(OcspStatus.REVOKED);
        validator(overrideSettings().withEnabled(false)).validate(token, ORIGIN, nonce);
        assertEquals(0, server.requests());
    }

    @Test
    void requestIsForTheLeafSerialAndItsIssuer() throws Exception {
        java.util.List<BigInteger> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        Function<BigInteger, OcspStatus> recording = serial -> {
            asked.add(serial);
            return OcspStatus.GOOD;
        };
        serve(PKI.responder(recording, CLOCK));
        validator(overrideSettings()).validate(token, ORIGIN, nonce);
        assertEquals(java.util.List.of(CERTIFICATE.getSerialNumber()), asked);
    }
}
