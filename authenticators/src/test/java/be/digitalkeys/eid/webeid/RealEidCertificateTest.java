package be.digitalkeys.eid.webeid;

import static be.digitalkeys.eid.testing.Tokens.ORIGIN;
import static be.digitalkeys.eid.webeid.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;

import be.digitalkeys.eid.truststore.BelgianTrustStore;
import be.digitalkeys.eid.dev.WebEidTokens;
import be.digitalkeys.eid.ocsp.OcspSettings;
import be.digitalkeys.eid.testing.TestPkiFactory;
import be.digitalkeys.eid.testing.Tokens;

/**
 * A real Belgian eID authentication certificate (public data, no private key): the certificate
 * steps through the package-private {@code validateCertificate} hook, the whole pipeline up to
 * the signature step through {@code validate}.
 */
class RealEidCertificateTest {

    static final Clock AT_2024_06_01 = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    static final X509Certificate REAL = certificate("auth-79021802145-2027.pem");
    static final X509Certificate FOREIGNER_TEST = certificate("test-foreigner-auth.pem");

    static X509Certificate certificate(String file) {
        try (InputStream in = RealEidCertificateTest.class.getResourceAsStream("/be/digitalkeys/eid/real/" + file)) {
            return BelgianTrustStore.parsePem(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).get(0);
        } catch (IOException | java.security.cert.CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AuthTokenValidatorImpl validator(Clock clock, List<X509Certificate> trusted) {
        return (AuthTokenValidatorImpl) AuthTokenValidator.builder().withTrustedCertificates(trusted).withClock(clock)
                .withOcsp(OcspSettings.disabled()).build();
    }

    @Test
    void realCertificate_chainsToRootCa4_andMapsToTheHolder() throws Exception {
        EidIdentity identity = validator(AT_2024_06_01, BelgianTrustStore.defaults()).validateCertificate(REAL);
        assertEquals("79021802145", identity.niss().digits());
        assertEquals("Bryan Eduard", identity.givenNames());
        assertEquals("Brouckaert", identity.surname());
    }

    @Test
    void realCertificate_hasTheAuthenticationPurpose() throws Exception {
        CertificateChecks.checkPurpose(REAL);
        assertEquals(List.of(CertificateChecks.CLIENT_AUTH), REAL.getExtendedKeyUsage());
    }

    @Test
    void realCertificate_throughTheWholePipeline_failsOnlyAtTheSignature() throws Exception {
        String nonce = Tokens.nonce();
        String token = WebEidTokens.json(REAL, "RS256", new byte[256]);
        assertRefused(AuthTokenException.Reason.SIGNATURE_INVALID,
                () -> validator(AT_2024_06_01, BelgianTrustStore.defaults()).validate(token, ORIGIN, nonce),
                "79021802145", Base64.getEncoder().encodeToString(REAL.getEncoded()).substring(0, 40));
        assertRefused(AuthTokenException.Reason.ALGORITHM_NOT_ALLOWED,
                () -> validator(AT_2024_06_01, BelgianTrustStore.defaults())
                        .validate(WebEidTokens.json(REAL, "ES256", new byte[64]), ORIGIN, nonce));
    }

    @Test
    void realCertificate_expiredIn2027_notYetValidIn2016() {
        Clock after = Clock.fixed(Instant.parse("2027-04-01T00:00:00Z"), ZoneOffset.UTC);
        assertRefused(AuthTokenException.Reason.CERTIFICATE_EXPIRED,
                () -> validator(after, BelgianTrustStore.defaults()).validateCertificate(REAL), "79021802145");
        Clock before = Clock.fixed(Instant.parse("2016-01-01T00:00:00Z"), ZoneOffset.UTC);
        assertRefused(AuthTokenException.Reason.CERTIFICATE_NOT_YET_VALID,
                () -> validator(before, BelgianTrustStore.defaults()).validateCertificate(REAL));
    }

    @Test
    void realCertificate_notTrustedWithoutRootCa4() {
        List<X509Certificate> withoutCa4 = BelgianTrustStore.defaults().stream()
                .filter(c -> !c.getSubjectX500Principal().getName().contains("Belgium Root CA4")).toList();
        assertEquals(3, withoutCa4.size());
        assertRefused(AuthTokenException.Reason.NOT_TRUSTED,
                () -> validator(AT_2024_06_01, withoutCa4).validateCertificate(REAL));
    }

    @Test
    void realCertificate_notTrustedWithoutTheCitizenCa() {
        List<X509Certificate> rootsOnly = BelgianTrustStore.defaults().stream()
                .filter(AuthTokenValidatorBuilder::isSelfSigned).toList();
        assertEquals(3, rootsOnly.size());
        assertRefused(AuthTokenException.Reason.NOT_TRUSTED,
                () -> validator(AT_2024_06_01, rootsOnly).validateCertificate(REAL));
    }

    @Test
    void rogueRootCa4AndRogueCitizenCa_withTheRealNames_notTrusted() throws Exception {
        X509Certificate realRoot = BelgianTrustStore.defaults().get(1);
        X509Certificate realCitizenCa = BelgianTrustStore.defaults().get(3);
        KeyPair rootKeys = TestPkiFactory.ec("secp256r1");
        X509Certificate rogueRoot = TestPkiFactory.certificate()
                .subject(X500Name.getInstance(realRoot.getSubjectX500Principal().getEncoded()))
                .selfSigned(rootKeys).ca(null)
                .validity(Instant.parse("2013-01-01T00:00:00Z"), Instant.parse("2032-01-01T00:00:00Z")).build();
        assertEquals("CN=Belgium Root CA4,C=BE", rogueRoot.getSubjectX500Principal().getName());
        KeyPair caKeys = TestPkiFactory.ec("secp256r1");
        X509Certificate rogueCa = TestPkiFactory.certificate()
                .subject(X500Name.getInstance(realCitizenCa.getSubjectX500Principal().getEncoded()))
                .publicKey(caKeys.getPublic()).issuedBy(rogueRoot, rootKeys.getPrivate()).ca(0)
                .validity(Instant.parse("2016-01-01T00:00:00Z"), Instant.parse("2028-01-01T00:00:00Z")).build();
        assertEquals(realCitizenCa.getSubjectX500Principal(), rogueCa.getSubjectX500Principal());
        KeyPair holder = TestPkiFactory.ec("secp256r1");
        X509Certificate forged = TestPkiFactory.certificate()
                .subject(X500Name.getInstance(REAL.getSubjectX500Principal().getEncoded()))
                .publicKey(holder.getPublic()).issuedBy(rogueCa, caKeys.getPrivate())
                .keyUsage(KeyUsage.digitalSignature).extendedKeyUsage(KeyPurposeId.id_kp_clientAuth)
                .validity(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z")).build();
        String nonce = Tokens.nonce();
        String token = Tokens.sign(forged, holder.getPrivate(), "ES256", nonce);

        assertRefused(AuthTokenException.Reason.NOT_TRUSTED,
                () -> validator(AT_2024_06_01, BelgianTrustStore.defaults()).validate(token, ORIGIN, nonce));
        List<X509Certificate> withRogueIntermediate = new java.util.ArrayList<>(BelgianTrustStore.defaults());
        withRogueIntermediate.add(rogueCa);
        assertRefused(AuthTokenException.Reason.NOT_TRUSTED,
                () -> validator(AT_2024_06_01, withRogueIntermediate).validate(token, ORIGIN, nonce));
    }

    @Test
    void testForeignerCertificate_isNotABelgianEidHere() {
        // a card of the eID test PKI: its serialNumber has 10 digits, and its root is not trusted
        assertRefused(AuthTokenException.Reason.NOT_A_BELGIAN_EID, () -> EidIdentity.of(FOREIGNER_TEST));
    }
}
