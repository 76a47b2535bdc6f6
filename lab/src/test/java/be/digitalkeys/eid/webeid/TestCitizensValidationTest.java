package be.digitalkeys.eid.webeid;

import static be.digitalkeys.eid.testing.Tokens.ORIGIN;
import static be.digitalkeys.eid.webeid.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import be.digitalkeys.lab.eid.TestCitizen;
import be.digitalkeys.lab.eid.TestOcspTransport;
import be.digitalkeys.lab.eid.TestEidPki;
import be.digitalkeys.eid.dev.TestOcspResponder;
import be.digitalkeys.eid.ocsp.OcspSettings;
import be.digitalkeys.eid.testing.OcspHttpServer;
import be.digitalkeys.eid.testing.Tokens;

/** The committed TEST citizens, each signing with its own key, against the TEST OCSP responder. */
class TestCitizensValidationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);
    private static final TestEidPki PKI = TestEidPki.load();

    private final String nonce = Tokens.nonce();

    private static AuthTokenValidator validator(OcspSettings settings) {
        TestOcspResponder responder = TestOcspTransport.responder(PKI, CLOCK);
        return AuthTokenValidator.builder().withTrustedCertificates(PKI.trustedCertificates()).withClock(CLOCK)
                .withOcsp(settings).withOcspTransport((uri, request, timeout) -> {
                    assertEquals(TestEidPki.OCSP_URL, uri.toString());
                    return responder.respond(request);
                }).build();
    }

    private static TestCitizen citizen(String id) {
        return PKI.byId(id).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sophie.dubois", "lucas.dubois", "pieter.devos", "anna.schmidt"})
    void goodCitizens_validate(String id) throws Exception {
        TestCitizen citizen = citizen(id);
        ValidatedEid eid = validator(OcspSettings.defaults()).validate(citizen.authToken(ORIGIN, nonce), ORIGIN, nonce);
        assertEquals(citizen.niss(), eid.niss());
        assertEquals(citizen.givenNames(), eid.givenNames());
        assertEquals(citizen.surname(), eid.surname());
        assertEquals(citizen.signatureAlgorithm(), eid.algorithm());
        assertEquals(citizen.certificate(), eid.certificate());
    }

    @Test
    void pieter_signsRs256_othersEs384() {
        assertEquals("RS256", citizen("pieter.devos").signatureAlgorithm());
        assertEquals("ES384", citizen("sophie.dubois").signatureAlgorithm());
    }

    @Test
    void amelie_isRevoked() {
        TestCitizen amelie = citizen("amelie.lefevre");
        assertRefused(AuthTokenException.Reason.CERTIFICATE_REVOKED,
                () -> validator(OcspSettings.defaults()).validate(amelie.authToken(ORIGIN, nonce), ORIGIN, nonce),
                amelie.niss());
    }

    @Test
    void amelie_namesAreNfcThoughTheCertificateHasNfd() throws Exception {
        TestCitizen amelie = citizen("amelie.lefevre");
        String subject = amelie.certificate().getSubjectX500Principal().getName();
        assertFalse(Normalizer.isNormalized(subject, Normalizer.Form.NFC), "certificate carries NFD names");

        ValidatedEid eid = validator(OcspSettings.disabled()).validate(amelie.authToken(ORIGIN, nonce), ORIGIN, nonce);

        assertEquals("Am\u00e9lie \u00c9lise", eid.givenNames());
        assertEquals("Lef\u00e8vre", eid.surname());
        assertTrue(Normalizer.isNormalized(eid.givenNames() + eid.surname(), Normalizer.Form.NFC));
    }

    @Test
    void julie_isExpired() {
        TestCitizen julie = citizen("julie.martin");
        assertRefused(AuthTokenException.Reason.CERTIFICATE_EXPIRED,
                () -> validator(OcspSettings.defaults()).validate(julie.authToken(ORIGIN, nonce), ORIGIN, nonce),
                julie.niss());
    }

    @Test
    void citizenOfTheTestPki_notTrustedByTheBelgianDefaults() {
        AuthTokenValidator production = AuthTokenValidator.builder()
                .withTrustedCertificates(be.digitalkeys.eid.truststore.BelgianTrustStore.defaults()).withClock(CLOCK).build();
        TestCitizen sophie = citizen("sophie.dubois");
        assertRefused(AuthTokenException.Reason.NOT_TRUSTED,
                () -> production.validate(sophie.authToken(ORIGIN, nonce), ORIGIN, nonce));
    }

    @Test
    void overRealHttp_goodAndRevoked() throws Exception {
        try (OcspHttpServer server = OcspHttpServer.start(TestOcspTransport.responder(PKI, CLOCK)::respond)) {
            AuthTokenValidator validator = AuthTokenValidator.builder()
                    .withTrustedCertificates(PKI.trustedCertificates()).withClock(CLOCK)
                    .withOcsp(OcspSettings.defaults().withResponderOverride(server.uri())).build();
            TestCitizen lucas = citizen("lucas.dubois");
            assertEquals("17042118188", validator.validate(lucas.authToken(ORIGIN, nonce), ORIGIN, nonce).niss());
            TestCitizen amelie = citizen("amelie.lefevre");
            assertRefused(AuthTokenException.Reason.CERTIFICATE_REVOKED,
                    () -> validator.validate(amelie.authToken(ORIGIN, nonce), ORIGIN, nonce));
            assertEquals(2, server.requests());
        }
    }

    @Test
    void tokenOfOneCitizenWithTheCertificateOfAnother_refused() {
        TestCitizen sophie = citizen("sophie.dubois");
        TestCitizen anna = citizen("anna.schmidt");
        String forged = be.digitalkeys.eid.dev.WebEidTokens.sign(anna.certificate(), sophie.privateKey(), "ES384",
                ORIGIN, nonce);
        assertRefused(AuthTokenException.Reason.SIGNATURE_INVALID,
                () -> validator(OcspSettings.defaults()).validate(forged, ORIGIN, nonce), anna.niss());
    }
}
