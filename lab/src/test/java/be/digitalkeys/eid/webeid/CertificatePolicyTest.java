package be.digitalkeys.eid.webeid;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;

import be.digitalkeys.eid.truststore.BelgianTrustStore;
import be.digitalkeys.lab.eid.TestEidPki;
import be.digitalkeys.eid.ocsp.OcspSettings;
import org.junit.jupiter.api.Test;

/**
 * The certificate policy step (issue 22): only Belgian eID authentication certificates
 * (2.16.56.&lt;root&gt;.1.1.2.2 citizen, .7.2 foreigner) log in; the real citizen certificate of
 * data/eid carries 2.16.56.12.1.1.2.2 (Root CA4), the TEST PKI's certificates
 * {@link TestEidPki#TEST_POLICY}, the real eID test PKI's foreigner card 2.16.56.1.40.40.40.1.
 */
class CertificatePolicyTest {

    private static final X509Certificate CITIZEN_CA = BelgianTrustStore.defaults().stream()
            .filter(c -> c.getSubjectX500Principal().getName().contains("Citizen CA")).findFirst().orElseThrow();

    @Test
    void realCertificates_carryTheOidsWeExpect() throws Exception {
        assertEquals(List.of("2.16.56.12.1.1.2.2"), CertificateChecks.policies(RealEidCertificateTest.REAL));
        assertEquals(List.of("2.16.56.12.1.1.2"), CertificateChecks.policies(CITIZEN_CA));
        assertEquals(List.of("2.16.56.1.40.40.40.1"), CertificateChecks.policies(RealEidCertificateTest.FOREIGNER_TEST));
        assertEquals(List.of(TestEidPki.TEST_POLICY),
                CertificateChecks.policies(TestEidPki.load().citizens().get(0).certificate()));
    }

    @Test
    void belgianAuthenticationPolicies_matchForCitizensAndForeigners_underEveryRoot() {
        for (String oid : List.of("2.16.56.1.1.1.2.2", "2.16.56.1.1.1.7.2", "2.16.56.9.1.1.2.2", "2.16.56.10.1.1.7.2",
                "2.16.56.12.1.1.2.2", "2.16.56.12.1.1.7.2")) {
            assertTrue(CertificateChecks.BELGIAN_AUTHENTICATION_POLICY.matcher(oid).matches(), oid);
        }
        for (String oid : List.of("2.16.56.12.1.1.2.1", "2.16.56.12.1.1.7.1", "2.16.56.12.1.1.2", "2.16.56.12.1.1.4",
                "2.16.56.12.1.1.2.2.1", "2.16.56.1.40.40.40.1", "1.2.16.56.12.1.1.2.2", TestEidPki.TEST_POLICY)) {
            assertFalse(CertificateChecks.BELGIAN_AUTHENTICATION_POLICY.matcher(oid).matches(), oid);
        }
    }

    @Test
    void realCitizenCertificate_passes_othersAreRefused() {
        assertDoesNotThrow(() -> CertificateChecks.checkPolicy(RealEidCertificateTest.REAL, Set.of()));
        assertThrows(WrongCertificatePurposeException.class, () -> CertificateChecks.checkPolicy(CITIZEN_CA, Set.of()));
        assertThrows(WrongCertificatePurposeException.class,
                () -> CertificateChecks.checkPolicy(RealEidCertificateTest.FOREIGNER_TEST, Set.of()));
        X509Certificate test = TestEidPki.load().citizens().get(0).certificate();
        assertThrows(WrongCertificatePurposeException.class, () -> CertificateChecks.checkPolicy(test, Set.of()));
        assertDoesNotThrow(() -> CertificateChecks.checkPolicy(test, Set.of(TestEidPki.TEST_POLICY)));
    }

    @Test
    void theValidatorWithThePolicyCheck_acceptsTheRealCertificate_andRefusesTheTestPkiUnlessAllowed() throws Exception {
        AuthTokenValidatorImpl belgian = (AuthTokenValidatorImpl) AuthTokenValidator.builder()
                .withTrustedCertificates(BelgianTrustStore.defaults()).withClock(RealEidCertificateTest.AT_2024_06_01)
                .withOcsp(OcspSettings.disabled()).withPolicyCheck(Set.of()).build();
        assertEquals("79021802145", belgian.validateCertificate(RealEidCertificateTest.REAL).niss().digits());

        TestEidPki pki = TestEidPki.load();
        X509Certificate test = pki.citizens().get(0).certificate();
        java.time.Clock inValidity = java.time.Clock.fixed(test.getNotBefore().toInstant().plusSeconds(86_400), java.time.ZoneOffset.UTC);
        AuthTokenValidatorImpl strict = (AuthTokenValidatorImpl) AuthTokenValidator.builder()
                .withTrustedCertificates(List.of(pki.rootCa(), pki.citizenCa())).withClock(inValidity)
                .withOcsp(OcspSettings.disabled()).withPolicyCheck(Set.of()).build();
        AuthTokenException refused = assertThrows(AuthTokenException.class, () -> strict.validateCertificate(test));
        assertEquals(AuthTokenException.Reason.WRONG_CERTIFICATE_PURPOSE, refused.reason());
        AuthTokenValidatorImpl lab = (AuthTokenValidatorImpl) AuthTokenValidator.builder()
                .withTrustedCertificates(List.of(pki.rootCa(), pki.citizenCa())).withClock(inValidity)
                .withOcsp(OcspSettings.disabled()).withPolicyCheck(Set.of(TestEidPki.TEST_POLICY)).build();
        assertEquals(pki.citizens().get(0).niss(), lab.validateCertificate(test).niss().digits());
    }
}
