package be.digitalkeys.eid.ocsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.junit.jupiter.api.Test;

import be.digitalkeys.eid.truststore.BelgianTrustStore;

/** A response once returned by the real eID OCSP responder for the real certificate (public data). */
class RealOcspResponseTest {

    private static final X509Certificate LEAF = pem("/be/digitalkeys/eid/real/auth-79021802145-2027.pem");
    private static final X509Certificate CITIZEN_CA = BelgianTrustStore.defaults().get(3);
    private static final byte[] RESPONSE = bytes("/be/digitalkeys/eid/real/auth-79021802145-2027.ocsp-rsp.der");
    private static final Instant THIS_UPDATE = Instant.parse("2020-04-09T10:40:59Z");

    private static OcspClient client(Clock clock) {
        return new OcspClient(OcspSettings.defaults(), (u, r, t) -> {
            throw new IOException("no network in tests");
        }, OcspCache.none(), clock);
    }

    @Test
    void parses_isSignedByTheDelegatedBelgiumOcspResponder() throws Exception {
        BasicOCSPResp basic = (BasicOCSPResp) new OCSPResp(RESPONSE).getResponseObject();
        assertEquals(THIS_UPDATE, basic.getResponses()[0].getThisUpdate().toInstant());
        assertTrue(java.util.Arrays.stream(basic.getCerts())
                .anyMatch(c -> c.getSubject().toString().contains("Belgium OCSP Responder")));
        assertEquals(LEAF.getSerialNumber(), basic.getResponses()[0].getCertID().getSerialNumber());
    }

    @Test
    void atItsThisUpdate_isGood() throws Exception {
        Clock then = Clock.fixed(THIS_UPDATE, ZoneOffset.UTC);
        assertEquals(OcspStatus.GOOD, client(then).verifyResponse(RESPONSE, LEAF, CITIZEN_CA));
    }

    @Test
    void today_isRefusedAsStale() {
        OcspUnavailableException e = assertThrows(OcspUnavailableException.class,
                () -> client(Clock.systemUTC()).verifyResponse(RESPONSE, LEAF, CITIZEN_CA));
        assertTrue(e.getMessage().contains("stale"), e.getMessage());
    }

    @Test
    void withAnotherIssuer_isRefused() {
        Clock then = Clock.fixed(THIS_UPDATE, ZoneOffset.UTC);
        X509Certificate rootCa4 = BelgianTrustStore.defaults().get(1);
        assertThrows(OcspUnavailableException.class, () -> client(then).verifyResponse(RESPONSE, LEAF, rootCa4));
    }

    @Test
    void tamperedResponse_isRefused() {
        byte[] tampered = RESPONSE.clone();
        tampered[tampered.length / 3] ^= 0x01;
        Clock then = Clock.fixed(THIS_UPDATE, ZoneOffset.UTC);
        assertThrows(OcspUnavailableException.class, () -> client(then).verifyResponse(tampered, LEAF, CITIZEN_CA));
    }

    @Test
    void responderCertificateNotValidAnyMore_refusedEvenWithAWideMaxAge() {
        // the delegated responder certificate ran until 2021-01-29
        Clock later = Clock.fixed(Instant.parse("2021-06-01T00:00:00Z"), ZoneOffset.UTC);
        OcspClient lenient = new OcspClient(OcspSettings.defaults().withMaxResponseAge(java.time.Duration.ofDays(9999))
                .withAllowedSkew(java.time.Duration.ofDays(9999)), (u, r, t) -> null, OcspCache.none(), later);
        assertThrows(OcspUnavailableException.class, () -> lenient.verifyResponse(RESPONSE, LEAF, CITIZEN_CA));
    }

    private static X509Certificate pem(String resource) {
        try {
            return BelgianTrustStore.parsePem(new String(bytes(resource), StandardCharsets.US_ASCII)).get(0);
        } catch (java.security.cert.CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = RealOcspResponseTest.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
