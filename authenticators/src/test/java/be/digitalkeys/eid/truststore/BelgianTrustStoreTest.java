package be.digitalkeys.eid.truststore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;

import org.junit.jupiter.api.Test;

class BelgianTrustStoreTest {

    @Test
    void defaults_areTheThreeRootsAndCitizenCa201709() {
        List<X509Certificate> defaults = BelgianTrustStore.defaults();
        assertEquals(4, defaults.size());
        assertEquals("CN=Belgium Root CA3,C=BE", defaults.get(0).getSubjectX500Principal().getName());
        assertEquals("CN=Belgium Root CA4,C=BE", defaults.get(1).getSubjectX500Principal().getName());
        assertTrue(defaults.get(2).getSubjectX500Principal().getName().startsWith("CN=Belgium Root CA6,"));
        assertEquals("C=BE,O=http://repository.eid.belgium.be/,CN=Citizen CA,SERIALNUMBER=201709",
                org.bouncycastle.asn1.x500.X500Name.getInstance(defaults.get(3).getSubjectX500Principal().getEncoded())
                        .toString());
    }

    @Test
    void fingerprint_isUpperCaseHexWithoutColons() {
        assertEquals("702DD5C1A093CF0A9D71FADD9BF9A7C5857D89FB73B716E867228B3C2BEB968F",
                BelgianTrustStore.sha256Fingerprint(BelgianTrustStore.defaults().get(1)));
    }

    @Test
    void pemRoundTrip_andSeveralCertificatesInOneText() throws Exception {
        List<X509Certificate> defaults = BelgianTrustStore.defaults();
        String pem = "# comment\n" + BelgianTrustStore.toPem(defaults.get(0)) + "\r\n\r\nsome text\n"
                + BelgianTrustStore.toPem(defaults.get(3)).replace("\n", "\r\n");
        assertEquals(List.of(defaults.get(0), defaults.get(3)), BelgianTrustStore.parsePem(pem));
        assertTrue(BelgianTrustStore.toPem(defaults.get(0)).lines().skip(1)
                .allMatch(line -> line.length() <= 64 || line.startsWith("-----")));
    }

    @Test
    void noCertificate_refused() {
        assertThrows(CertificateException.class, () -> BelgianTrustStore.parsePem(""));
        assertThrows(CertificateException.class, () -> BelgianTrustStore.parsePem(null));
        assertThrows(CertificateException.class, () -> BelgianTrustStore.parsePem("hello"));
        assertThrows(CertificateException.class,
                () -> BelgianTrustStore.parsePem("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----"));
        assertThrows(CertificateException.class, () -> BelgianTrustStore.parsePem("x".repeat(1_000_001)));
    }
}
