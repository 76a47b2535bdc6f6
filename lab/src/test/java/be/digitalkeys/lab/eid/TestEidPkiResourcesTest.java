package be.digitalkeys.lab.eid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Signature;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import be.digitalkeys.eid.niss.Niss;
import be.digitalkeys.eid.ocsp.OcspUrls;

/** The committed TEST PKI resources are what their README says. */
class TestEidPkiResourcesTest {

    private static final TestEidPki PKI = TestEidPki.load();
    private static final Date MID_2026 = Date.from(Instant.parse("2026-06-01T00:00:00Z"));

    @Test
    void loadsOnce() {
        assertSame(PKI, TestEidPki.load());
    }

    @Test
    void caNames_andValidity() {
        assertEquals("CN=Digital Keys TEST eID Root CA,O=TEST - NOT A REAL eID,C=BE",
                PKI.rootCa().getSubjectX500Principal().getName());
        assertEquals(PKI.rootCa().getSubjectX500Principal(), PKI.rootCa().getIssuerX500Principal());
        assertEquals(Instant.parse("2025-01-01T00:00:00Z"), PKI.rootCa().getNotBefore().toInstant());
        assertEquals(Instant.parse("2045-01-01T00:00:00Z"), PKI.rootCa().getNotAfter().toInstant());
        assertEquals(384, ((ECPublicKey) PKI.rootCa().getPublicKey()).getParams().getOrder().bitLength());
        assertEquals("C=BE,O=TEST - NOT A REAL eID,CN=Digital Keys TEST Citizen CA,SERIALNUMBER=TEST2025",
                bc(PKI.citizenCa()));
        assertEquals(PKI.rootCa().getSubjectX500Principal(), PKI.citizenCa().getIssuerX500Principal());
    }

    @Test
    void everythingChainsToTheTestRoot() throws Exception {
        PKI.citizenCa().verify(PKI.rootCa().getPublicKey());
        PKI.ocspSigner().verify(PKI.citizenCa().getPublicKey());
        for (TestCitizen citizen : PKI.citizens()) {
            citizen.certificate().verify(PKI.citizenCa().getPublicKey());
            if (citizen.status() != TestCitizen.Status.EXPIRED) {
                PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(PKI.rootCa(), null)));
                parameters.setRevocationEnabled(false);
                parameters.setDate(MID_2026);
                CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509")
                        .generateCertPath(List.of(citizen.certificate(), PKI.citizenCa())), parameters);
            }
        }
    }

    @Test
    void privateKeysMatchTheirCertificates() throws Exception {
        assertSignsFor(PKI.ocspSignerKey(), PKI.ocspSigner(), "SHA384withECDSA");
        for (TestCitizen citizen : PKI.citizens()) {
            boolean rsa = citizen.certificate().getPublicKey() instanceof RSAPublicKey;
            assertEquals(rsa ? "RS256" : "ES384", citizen.signatureAlgorithm(), citizen.id());
            assertSignsFor(citizen.privateKey(), citizen.certificate(), rsa ? "SHA256withRSA" : "SHA384withECDSA");
        }
    }

    @Test
    void ocspSigner_isADelegatedResponder() throws Exception {
        assertEquals(List.of("1.3.6.1.5.5.7.3.9"), PKI.ocspSigner().getExtendedKeyUsage());
        assertTrue(PKI.ocspSigner().getNonCriticalExtensionOIDs().contains("1.3.6.1.5.5.7.48.1.5"), "ocsp-nocheck");
        assertEquals(PKI.citizenCa().getSubjectX500Principal(), PKI.ocspSigner().getIssuerX500Principal());
    }

    @Test
    void citizens_asListed() {
        Map<String, TestCitizen> byId = PKI.citizens().stream().collect(Collectors.toMap(TestCitizen::id, c -> c));
        assertEquals(Set.of("sophie.dubois", "lucas.dubois", "pieter.devos", "anna.schmidt", "amelie.lefevre",
                "julie.martin"), byId.keySet());
        assertEquals("88051204622", byId.get("sophie.dubois").niss());
        assertEquals("17042118188", byId.get("lucas.dubois").niss());
        assertEquals("De Vos", byId.get("pieter.devos").surname());
        assertEquals("nl", byId.get("pieter.devos").locale());
        assertEquals("de", byId.get("anna.schmidt").locale());
        assertEquals("Am\u00e9lie \u00c9lise", byId.get("amelie.lefevre").givenNames());
        assertEquals(TestCitizen.Status.REVOKED, byId.get("amelie.lefevre").status());
        assertEquals(TestCitizen.Status.EXPIRED, byId.get("julie.martin").status());
        assertEquals(Optional.empty(), PKI.byId("nobody"));
    }

    @Test
    void citizenCertificates_copyTheRealLayout() throws Exception {
        for (TestCitizen c : PKI.citizens()) {
            X509Certificate cert = c.certificate();
            assertTrue(Niss.isValid(c.niss()), c.id());
            assertEquals("1234", c.pin());
            String subject = Normalizer.normalize(bc(cert), Normalizer.Form.NFC);
            assertEquals("C=BE,CN=" + c.givenNames() + " " + c.surname() + " (Authentication),SURNAME=" + c.surname()
                    + ",GIVENNAME=" + c.givenNames() + ",SERIALNUMBER=" + c.niss(), subject);
            assertTrue(cert.getCriticalExtensionOIDs().contains("2.5.29.15"), "keyUsage critical");
            assertTrue(cert.getKeyUsage()[0]);
            assertFalse(cert.getKeyUsage()[1]);
            assertEquals(List.of("1.3.6.1.5.5.7.3.2"), cert.getExtendedKeyUsage());
            assertEquals(TestEidPki.OCSP_URL, OcspUrls.responderUrl(cert).orElseThrow().toString());
            assertEquals(-1, cert.getBasicConstraints());
            String policies = new String(cert.getExtensionValue("2.5.29.32"), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertFalse(policies.contains(new String(new byte[] {0x60, 0x38, 0x0c, 0x01, 0x01, 0x02, 0x02},
                    java.nio.charset.StandardCharsets.ISO_8859_1)), "not the real Belgian policy 2.16.56.12.1.1.2.2");
            Instant from = cert.getNotBefore().toInstant();
            Instant to = cert.getNotAfter().toInstant();
            if (c.status() == TestCitizen.Status.EXPIRED) {
                assertEquals(Instant.parse("2015-01-01T00:00:00Z"), from);
                assertEquals(Instant.parse("2020-01-01T00:00:00Z"), to);
            } else {
                assertEquals(Instant.parse("2025-01-01T00:00:00Z"), from);
                assertEquals(Instant.parse("2035-01-01T00:00:00Z"), to);
            }
        }
    }

    @Test
    void amelie_certificateNamesAreNfd() {
        TestCitizen amelie = PKI.byId("amelie.lefevre").orElseThrow();
        String subject = bc(amelie.certificate());
        assertTrue(subject.contains("Ame\u0301lie E\u0301lise"), subject);
        assertTrue(subject.contains("Lefe\u0300vre"), subject);
    }

    @Test
    void toString_revealsNoSecret() {
        TestCitizen sophie = PKI.byId("sophie.dubois").orElseThrow();
        assertFalse(sophie.toString().contains(sophie.niss()));
        assertFalse(sophie.toString().contains("1234"));
        assertNull(null);
    }

    /** The subject in encoding order, BouncyCastle's names (SURNAME, GIVENNAME, SERIALNUMBER). */
    private static String bc(X509Certificate certificate) {
        return org.bouncycastle.asn1.x500.X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded())
                .toString();
    }

    private static void assertSignsFor(java.security.PrivateKey key, X509Certificate certificate, String algorithm)
            throws Exception {
        byte[] data = "TEST".getBytes();
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(key);
        signer.update(data);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(data);
        assertTrue(verifier.verify(signature), certificate.getSubjectX500Principal().getName());
    }
}
