package be.digitalkeys.eid.webeid;

import static be.digitalkeys.eid.testing.Tokens.ORIGIN;
import static be.digitalkeys.eid.webeid.AuthTokenException.Reason.ALGORITHM_NOT_ALLOWED;
import static be.digitalkeys.eid.webeid.AuthTokenException.Reason.CERTIFICATE_EXPIRED;
import static be.digitalkeys.eid.webeid.AuthTokenException.Reason.CERTIFICATE_NOT_YET_VALID;
import static be.digitalkeys.eid.webeid.AuthTokenException.Reason.NOT_A_BELGIAN_EID;
import static be.digitalkeys.eid.webeid.AuthTokenException.Reason.NOT_TRUSTED;
import static be.digitalkeys.eid.webeid.AuthTokenException.Reason.SIGNATURE_INVALID;
import static be.digitalkeys.eid.webeid.AuthTokenException.Reason.WRONG_CERTIFICATE_PURPOSE;
import static be.digitalkeys.eid.webeid.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import be.digitalkeys.eid.ocsp.OcspStatus;
import be.digitalkeys.eid.testing.GeneratedPki;
import be.digitalkeys.eid.testing.TestPkiFactory;
import be.digitalkeys.eid.testing.Tokens;

/** Every step of the validation, each failing a token on its own; the OCSP step is in {@link AuthTokenValidatorOcspTest}. */
class AuthTokenValidatorTest {

    static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String NISS = "85073003328";

    static final GeneratedPki PKI = new GeneratedPki();
    static final KeyPair EC256 = TestPkiFactory.ec("secp256r1");
    static final KeyPair EC384 = TestPkiFactory.ec("secp384r1");
    static final KeyPair EC521 = TestPkiFactory.ec("secp521r1");
    static final KeyPair RSA = TestPkiFactory.rsa(2048);
    static final X509Certificate EC256_CERT = PKI.auth(EC256, NISS);
    static final X509Certificate RSA_CERT = PKI.auth(RSA, NISS);

    static AuthTokenValidator validator() {
        var responder = PKI.responder(serial -> OcspStatus.GOOD, CLOCK);
        return AuthTokenValidator.builder()
                .withTrustedCertificates(PKI.trusted())
                .withClock(CLOCK)
                .withOcspTransport((uri, request, timeout) -> responder.respond(request))
                .build();
    }

    private final AuthTokenValidator validator = validator();
    private final String nonce = Tokens.nonce();

    private static KeyPair keysFor(SignatureAlgorithm algorithm) {
        return switch (algorithm) {
            case ES256 -> EC256;
            case ES384 -> EC384;
            case ES512 -> EC521;
            default -> RSA;
        };
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void everyAllowedAlgorithm_validates(SignatureAlgorithm algorithm) throws Exception {
        KeyPair keys = keysFor(algorithm);
        X509Certificate certificate = PKI.auth(keys, NISS);
        String token = Tokens.sign(certificate, keys.getPrivate(), algorithm.name(), nonce);

        ValidatedEid eid = validator.validate(token, ORIGIN, nonce);

        assertEquals(NISS, eid.niss());
        assertEquals("Jan", eid.givenNames());
        assertEquals("Peeters", eid.surname());
        assertEquals(algorithm.name(), eid.algorithm());
        assertEquals(certificate, eid.certificate());
    }

    @Test
    void validatedEid_toStringMasksTheNiss() throws Exception {
        ValidatedEid eid = validator.validate(Tokens.sign(EC256_CERT, EC256.getPrivate(), "ES256", nonce), ORIGIN, nonce);
        assertFalse(eid.toString().contains(NISS));
        assertTrue(eid.toString().contains("85.07.30-xxx.xx"));
    }

    @Test
    void wrongOrigin_signatureInvalid() {
        String token = Tokens.sign(EC256_CERT, EC256.getPrivate(), "ES256", nonce);
        assertRefused(SIGNATURE_INVALID, () -> validator.validate(token, "https://evil.example.be", nonce), NISS);
        assertRefused(SIGNATURE_INVALID, () -> validator.validate(token, "https://login.example.be:8443", nonce));
        assertRefused(SIGNATURE_INVALID, () -> validator.validate(token, "http://login.example.be", nonce));
    }

    @Test
    void differentNonce_signatureInvalid() {
        String token = Tokens.sign(RSA_CERT, RSA.getPrivate(), "RS256", nonce);
        assertRefused(SIGNATURE_INVALID, () -> validator.validate(token, ORIGIN, Tokens.nonce()), NISS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HS256", "none", "None", "es256", "ES256K", "EdDSA", "RS1", "PS256 "})
    void algorithmNotOnAllowList_refused(String algorithm) {
        String token = Tokens.with(Tokens.sign(EC256_CERT, EC256.getPrivate(), "ES256", nonce), "algorithm", algorithm);
        assertRefused(ALGORITHM_NOT_ALLOWED, () -> validator.validate(token, ORIGIN, nonce));
    }

    @Test
    void ecAlgorithmWithRsaCertificate_refused() {
        String token = Tokens.with(Tokens.sign(RSA_CERT, RSA.getPrivate(), "RS256", nonce), "algorithm", "ES256");
        assertRefused(ALGORITHM_NOT_ALLOWED, () -> validator.validate(token, ORIGIN, nonce));
    }

    @Test
    void rsaAlgorithmWithEcCertificate_refused() {
        String token = Tokens.with(Tokens.sign(EC256_CERT, EC256.getPrivate(), "ES256", nonce), "algorithm", "PS256");
        assertRefused(ALGORITHM_NOT_ALLOWED, () -> validator.validate(token, ORIGIN, nonce));
    }

    @Test
    void signatureOfOtherData_refused() {
        String other = Tokens.sign(EC256_CERT, EC256.getPrivate(), "ES256", Tokens.nonce());
        String token = Tokens.withSignature(Tokens.sign(EC256_CERT, EC256.getPrivate(), "ES256", nonce),
                Tokens.signature(other));
        assertRefused(SIGNATURE_INVALID, () -> validator.validate(token, ORIGIN, nonce));
    }

    @Test
    void signatureByAnotherKey_refused() {
        KeyPair other = TestPkiFactory.ec("secp256r1");
        String token = Tokens.sign(EC256_CERT, other.getPrivate(), "ES256", nonce);
        assertRefused(SIGNATURE_INVALID, () -> validator.validate(token, ORIGIN, nonce));
    }

    @Test
    void sameSignatureUnderAnotherHash_refused() {
        String token = Tokens.with(Tokens.sign(RSA_CERT, RSA.getPrivate(), "RS256", nonce), "algorithm", "RS384");
        assertRefused(SIGNATURE_INVALID, () -> validator.validate(token, ORIGIN, nonce));
        String pss = Tokens.with(Tokens.sign(RSA_CERT, RSA.getPrivate(), "RS256", nonce), "algorithm", "PS256");
        assertRefused(SIGNATURE_INVALID, () -> validator.validate(pss, ORIGIN, nonce));
    }

    @Test
    void truncatedOrExtendedEcSignature_refused() {
        String token = Tokens.sign(EC256_CERT, EC256.getPrivate(), "ES256", nonce);
        byte[] signature = Tokens.signature(token);
        assertEquals(64, signature.length);
        String truncated = Tokens.withSignature(token, Arrays.copyOf(signature, 63));
        assertRefused(SIGNATURE_INVALID, () -> validator.validate(truncated, ORIGIN, nonce));
        String extended = Tokens.withSignature(token, Arrays.copyOf(signature, 65));
        assertRefused(SIGNATURE_INVALID, () -> validator.validate(extended, ORIGIN, nonce));
    }

    @Test
    void truncatedRsaSignature_refused() {
        String token = Tokens.sign(RSA_CERT, RSA.getPrivate(), "RS256", nonce);
        byte[] signature = Tokens.signature(token);
        String truncated = Tokens.withSignature(token, Arrays.copyOf(signature, signature.length - 1));
        assertRefused(SIGNATURE_INVALID, () -> validator.validate(truncated, ORIGIN, nonce));
    }

    @Test
    void garbageSignature_refused() {
        String token = Tokens.sign(EC256_CERT, EC256.getPrivate(), "ES256", nonce);
        byte[] zeros = new byte[64];
        assertRefused(SIGNATURE_INVALID, () -> validator.validate(Tokens.withSignature(token, zeros), ORIGIN, nonce));
        byte[] ones = new byte[64];
        Arrays.fill(ones, (byte) 0xff);
        assertRefused(SIGNATURE_INVALID, () -> validator.validate(Tokens.withSignature(token, ones), ORIGIN, nonce));
        String rsa = Tokens.sign(RSA_CERT, RSA.getPrivate(), "PS256", nonce);
        byte[] garbage = new byte[256];
        Arrays.fill(garbage, (byte) 0x5a);
        assertRefused(SIGNATURE_INVALID, () -> validator.validate(Tokens.withSignature(rsa, garbage), ORIGIN, nonce));
    }

    @Test
    void expiredCertificate_refused() {
        X509Certificate certificate = PKI.authSpec(EC256, NISS)
                .validity(Instant.parse("2020-01-01T00:00:00Z"), NOW.minusSeconds(1)).build();
        String token = Tokens.sign(certificate, EC256.getPrivate(), "ES256", nonce);
        assertRefused(CERTIFICATE_EXPIRED, () -> validator.validate(token, ORIGIN, nonce), NISS);
    }

    @Test
    void notYetValidCertificate_refused() {
        X509Certificate certificate = PKI.authSpec(EC256, NISS)
                .validity(NOW.plusSeconds(60), Instant.parse("2035-01-01T00:00:00Z")).build();
        String token = Tokens.sign(certificate, EC256.getPrivate(), "ES256", nonce);
        assertRefused(CERTIFICATE_NOT_YET_VALID, () -> validator.validate(token, ORIGIN, nonce), NISS);
    }

    @Test
    void keyUsageWithoutDigitalSignature_refused() {
        X509Certificate certificate = PKI.authSpec(EC256, NISS).keyUsage(KeyUsage.keyAgreement).build();
        String token = Tokens.sign(certificate, EC256.getPrivate(), "ES256", nonce);
        assertRefused(WRONG_CERTIFICATE_PURPOSE, () -> validator.validate(token, ORIGIN, nonce), NISS);
    }

    @Test
    void noKeyUsageExtension_refused() {
        X509Certificate certificate = TestPkiFactory.certificate()
                .subject(TestPkiFactory.eidSubject("BE", "Jan", "Peeters", NISS)).publicKey(EC256.getPublic())
                .issuedBy(PKI.ca, PKI.caKeys.getPrivate()).extendedKeyUsage(KeyPurposeId.id_kp_clientAuth).build();
        String token = Tokens.sign(certificate, EC256.getPrivate(), "ES256", nonce);
        assertRefused(WRONG_CERTIFICATE_PURPOSE, () -> validator.validate(token, ORIGIN, nonce));
    }

    @Test
    void signatureCertificateWithNonRepudiation_refused() {
        X509Certificate certificate = PKI.authSpec(EC256, NISS)
                .keyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation).build();
        String token = Tokens.sign(certificate, EC256.getPrivate(), "ES256", nonce);
        assertRefused(WRONG_CERTIFICATE_PURPOSE, () -> validator.validate(token, ORIGIN, nonce), NISS);
    }

    @Test
    void extendedKeyUsageWithoutClientAuth_refused() {
        X509Certificate serverAuth = TestPkiFactory.certificate()
                .subject(TestPkiFactory.eidSubject("BE", "Jan", "Peeters", NISS)).publicKey(EC256.getPublic())
                .issuedBy(PKI.ca, PKI.caKeys.getPrivate()).keyUsage(KeyUsage.digitalSignature)
                .extendedKeyUsage(KeyPurposeId.id_kp_serverAuth).extendedKeyUsage(KeyPurposeId.id_kp_emailProtection)
                .build();
        assertRefused(WRONG_CERTIFICATE_PURPOSE, () -> validator.validate(
                Tokens.sign(serverAuth, EC256.getPrivate(), "ES256", nonce), ORIGIN, nonce));
    }

    @Test
    void noExtendedKeyUsage_refused() {
        X509Certificate none = TestPkiFactory.certificate()
                .subject(TestPkiFactory.eidSubject("BE", "Jan", "Peeters", NISS)).publicKey(EC256.getPublic())
                .issuedBy(PKI.ca, PKI.caKeys.getPrivate()).keyUsage(KeyUsage.digitalSignature).build();
        assertRefused(WRONG_CERTIFICATE_PURPOSE, () -> validator.validate(
                Tokens.sign(none, EC256.getPrivate(), "ES256", nonce), ORIGIN, nonce));
    }

    @Test
    void caCertificateAsLeaf_refused() {
        X509Certificate ca = PKI.authSpec(EC256, NISS).ca(0).keyUsage(KeyUsage.digitalSignature | KeyUsage.keyCertSign)
                .build();
        assertRefused(WRONG_CERTIFICATE_PURPOSE, () -> validator.validate(
                Tokens.sign(ca, EC256.getPrivate(), "ES256", nonce), ORIGIN, nonce));
    }

    @Test
    void chainToUntrustedRoot_refused() {
        GeneratedPki other = new GeneratedPki();
        X509Certificate certificate = other.auth(EC256, NISS);
        String token = Tokens.sign(certificate, EC256.getPrivate(), "ES256", nonce);
        assertRefused(NOT_TRUSTED, () -> validator.validate(token, ORIGIN, nonce), NISS);
    }

    @Test
    void selfSignedLeaf_refused() {
        X509Certificate certificate = TestPkiFactory.certificate()
                .subject(TestPkiFactory.eidSubject("BE", "Jan", "Peeters", NISS)).selfSigned(EC256)
                .keyUsage(KeyUsage.digitalSignature).extendedKeyUsage(KeyPurposeId.id_kp_clientAuth).build();
        String token = Tokens.sign(certificate, EC256.getPrivate(), "ES256", nonce);
        assertRefused(NOT_TRUSTED, () -> validator.validate(token, ORIGIN, nonce));
    }

    @Test
    void intermediateNotConfigured_refused() {
        AuthTokenValidator rootOnly = AuthTokenValidator.builder().withTrustedCertificates(List.of(PKI.root))
                .withClock(CLOCK).withOcsp(be.digitalkeys.eid.ocsp.OcspSettings.disabled()).build();
        String token = Tokens.sign(EC256_CERT, EC256.getPrivate(), "ES256", nonce);
        assertRefused(NOT_TRUSTED, () -> rootOnly.validate(token, ORIGIN, nonce));
    }

    @Test
    void rogueCasWithTheSameNames_refused() {
        GeneratedPki rogue = new GeneratedPki("C=BE,CN=Generated Test Root", "C=BE,CN=Generated Test Citizen CA");
        assertEquals(PKI.root.getSubjectX500Principal(), rogue.root.getSubjectX500Principal());
        assertEquals(PKI.ca.getSubjectX500Principal(), rogue.ca.getSubjectX500Principal());
        X509Certificate certificate = rogue.auth(EC256, NISS);
        String token = Tokens.sign(certificate, EC256.getPrivate(), "ES256", nonce);
        assertRefused(NOT_TRUSTED, () -> validator.validate(token, ORIGIN, nonce));

        // even when the rogue intermediate slips into the configured intermediates
        AuthTokenValidator withRogueIntermediate = AuthTokenValidator.builder()
                .withTrustedCertificates(List.of(PKI.root, PKI.ca, rogue.ca)).withClock(CLOCK)
                .withOcsp(be.digitalkeys.eid.ocsp.OcspSettings.disabled()).build();
        assertRefused(NOT_TRUSTED, () -> withRogueIntermediate.validate(token, ORIGIN, nonce));
    }

    @Test
    void expiredIntermediate_refused() {
        KeyPair caKeys = TestPkiFactory.ec("secp256r1");
        X509Certificate oldCa = TestPkiFactory.certificate().subject("C=BE,CN=Old Citizen CA")
                .publicKey(caKeys.getPublic()).issuedBy(PKI.root, PKI.rootKeys.getPrivate()).ca(0)
                .validity(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")).build();
        X509Certificate certificate = TestPkiFactory.certificate()
                .subject(TestPkiFactory.eidSubject("BE", "Jan", "Peeters", NISS)).publicKey(EC256.getPublic())
                .issuedBy(oldCa, caKeys.getPrivate()).keyUsage(KeyUsage.digitalSignature)
                .extendedKeyUsage(KeyPurposeId.id_kp_clientAuth).build();
        AuthTokenValidator withOldCa = AuthTokenValidator.builder()
                .withTrustedCertificates(List.of(PKI.root, oldCa)).withClock(CLOCK)
                .withOcsp(be.digitalkeys.eid.ocsp.OcspSettings.disabled()).build();
        assertRefused(NOT_TRUSTED, () -> withOldCa.validate(
                Tokens.sign(certificate, EC256.getPrivate(), "ES256", nonce), ORIGIN, nonce));
    }

    @Test
    void noSerialNumber_notABelgianEid() {
        assertNotBelgian(TestPkiFactory.eidSubject("BE", "Jan", "Peeters", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"85073003327", "8507300332", "850730033288", "85.07.30-033.28", "ABCDEFGHIJK", " 85073003328"})
    void invalidNiss_notABelgianEid(String serial) {
        assertNotBelgian(TestPkiFactory.eidSubject("BE", "Jan", "Peeters", serial));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NL", "be", "FR"})
    void countryNotBe_notABelgianEid(String country) {
        assertNotBelgian(TestPkiFactory.eidSubject(country, "Jan", "Peeters", NISS));
    }

    @Test
    void noCountry_notABelgianEid() {
        assertNotBelgian(TestPkiFactory.eidSubject(null, "Jan", "Peeters", NISS));
    }

    @Test
    void noSurname_notABelgianEid() {
        assertNotBelgian(new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "BE")
                .addRDN(BCStyle.CN, "Jan Peeters (Authentication)").addRDN(BCStyle.GIVENNAME, "Jan")
                .addRDN(BCStyle.SERIALNUMBER, NISS).build());
    }

    @Test
    void twoSerialNumbers_notABelgianEid() {
        assertNotBelgian(new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "BE")
                .addRDN(BCStyle.SURNAME, "Peeters").addRDN(BCStyle.SERIALNUMBER, NISS)
                .addRDN(BCStyle.SERIALNUMBER, "79021802145").build());
    }

    @Test
    void controlCharacterInName_notABelgianEid() {
        assertNotBelgian(TestPkiFactory.eidSubject("BE", "Jan\nAdmin", "Peeters", NISS));
    }

    @Test
    void namesComeFromSnAndGn_neverFromCn_inNfc() throws Exception {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "BE")
                .addRDN(BCStyle.CN, "Someone Else (Authentication)").addRDN(BCStyle.SURNAME, "Lefe\u0300vre")
                .addRDN(BCStyle.GIVENNAME, "Ame\u0301lie E\u0301lise ").addRDN(BCStyle.SERIALNUMBER, NISS).build();
        X509Certificate certificate = PKI.authSpec(EC256, subject).build();
        ValidatedEid eid = validator.validate(Tokens.sign(certificate, EC256.getPrivate(), "ES256", nonce), ORIGIN, nonce);
        assertEquals("Am\u00e9lie \u00c9lise", eid.givenNames());
        assertEquals("Lef\u00e8vre", eid.surname());
    }

    @Test
    void noGivenName_acceptedWithEmptyGivenNames() throws Exception {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "BE")
                .addRDN(BCStyle.CN, "Peeters (Authentication)").addRDN(BCStyle.SURNAME, "Peeters")
                .addRDN(BCStyle.SERIALNUMBER, NISS).build();
        X509Certificate certificate = PKI.authSpec(EC256, subject).build();
        ValidatedEid eid = validator.validate(Tokens.sign(certificate, EC256.getPrivate(), "ES256", nonce), ORIGIN, nonce);
        assertEquals("", eid.givenNames());
    }

    @Test
    void bisNumber_accepted() throws Exception {
        X509Certificate certificate = PKI.auth(EC256, "83492416240");
        assertEquals("83492416240",
                validator.validate(Tokens.sign(certificate, EC256.getPrivate(), "ES256", nonce), ORIGIN, nonce).niss());
    }

    @Test
    void firstFailingStepDecides() {
        X509Certificate expiredSignatureCert = PKI.authSpec(EC256, "85073003327")
                .keyUsage(KeyUsage.nonRepudiation)
                .validity(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2021-01-01T00:00:00Z")).build();
        String token = Tokens.sign(expiredSignatureCert, EC256.getPrivate(), "ES256", nonce);
        assertRefused(CERTIFICATE_EXPIRED, () -> validator.validate(token, "https://evil.example", nonce));
        assertRefused(ALGORITHM_NOT_ALLOWED, () -> validator.validate(Tokens.with(token, "algorithm", "HS256"), ORIGIN, nonce));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://login.example.be/", "https://login.example.be/login", "login.example.be",
            "ftp://login.example.be", "https://user@login.example.be", "https://login.example.be?x=1", "https://"})
    void misconfiguredOrigin_isAServerError(String origin) {
        String token = Tokens.sign(EC256_CERT, EC256.getPrivate(), "ES256", nonce);
        assertThrows(IllegalArgumentException.class, () -> validator.validate(token, origin, nonce));
    }

    @Test
    void missingOriginOrNonce_isAServerError() {
        String token = Tokens.sign(EC256_CERT, EC256.getPrivate(), "ES256", nonce);
        assertThrows(IllegalArgumentException.class, () -> validator.validate(token, null, nonce));
        assertThrows(IllegalArgumentException.class, () -> validator.validate(token, ORIGIN, null));
        assertThrows(IllegalArgumentException.class, () -> validator.validate(token, ORIGIN, ""));
    }

    @Test
    void builderWithoutTrustAnchor_fails() {
        assertThrows(IllegalStateException.class, () -> AuthTokenValidator.builder().build());
        assertThrows(IllegalStateException.class,
                () -> AuthTokenValidator.builder().withTrustedCertificates(List.of(PKI.ca)).build());
    }

    @Test
    void eachReasonHasItsOwnExceptionClass() {
        List<AuthTokenException> all = List.of(new MalformedTokenException("m"), new UnsupportedFormatException("m"),
                new AlgorithmNotAllowedException("m"), new CertificateMalformedException("m"),
                new CertificateExpiredException("m"), new CertificateNotYetValidException("m"),
                new WrongCertificatePurposeException("m"), new CertificateNotTrustedException("m"),
                new NotABelgianEidException("m"), new CertificateRevokedException("m"),
                new RevocationUnknownException("m"), new RevocationUnavailableException("m"),
                new SignatureInvalidException("m"));
        assertEquals(AuthTokenException.Reason.values().length, all.size());
        for (int i = 0; i < all.size(); i++) {
            assertSame(AuthTokenException.Reason.values()[i], all.get(i).reason());
        }
    }

    private void assertNotBelgian(X500Name subject) {
        X509Certificate certificate = PKI.authSpec(EC256, subject).build();
        String token = Tokens.sign(certificate, EC256.getPrivate(), "ES256", nonce);
        assertRefused(NOT_A_BELGIAN_EID, () -> validator.validate(token, ORIGIN, nonce), NISS);
    }
}
