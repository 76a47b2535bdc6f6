package be.digitalkeys.eid.testing;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

import be.digitalkeys.eid.dev.TestOcspResponder;
import be.digitalkeys.eid.ocsp.OcspStatus;

/**
 * A throw-away eID-like PKI built in memory for a test: root, citizen CA, delegated OCSP signer
 * (EC P-256 throughout, for speed), and authentication certificates on demand.
 */
public final class GeneratedPki {

    public static final String OCSP_URL = "http://ocsp.generated.invalid/eid";

    public final KeyPair rootKeys = TestPkiFactory.ec("secp256r1");
    public final KeyPair caKeys = TestPkiFactory.ec("secp256r1");
    public final KeyPair ocspKeys = TestPkiFactory.ec("secp256r1");
    public final X509Certificate root;
    public final X509Certificate ca;
    public final X509Certificate ocspSigner;

    public GeneratedPki() {
        this("C=BE,CN=Generated Test Root", "C=BE,CN=Generated Test Citizen CA");
    }

    public GeneratedPki(String rootDn, String caDn) {
        root = TestPkiFactory.certificate().subject(rootDn).selfSigned(rootKeys).ca(null)
                .validity(java.time.Instant.parse("2000-01-01T00:00:00Z"), java.time.Instant.parse("2060-01-01T00:00:00Z"))
                .build();
        ca = TestPkiFactory.certificate().subject(caDn).publicKey(caKeys.getPublic()).issuedBy(root, rootKeys.getPrivate())
                .ca(0).validity(java.time.Instant.parse("2000-01-01T00:00:00Z"), java.time.Instant.parse("2060-01-01T00:00:00Z"))
                .build();
        ocspSigner = ocspSigner(ocspKeys, KeyPurposeId.id_kp_OCSPSigning);
    }

    /** A responder certificate issued by this CA with the given extended key usage. */
    public X509Certificate ocspSigner(KeyPair keys, KeyPurposeId purpose) {
        return TestPkiFactory.certificate().subject("C=BE,CN=Generated OCSP Responder").publicKey(keys.getPublic())
                .issuedBy(ca, caKeys.getPrivate()).keyUsage(KeyUsage.digitalSignature).extendedKeyUsage(purpose)
                .ocspNoCheck().build();
    }

    public List<X509Certificate> trusted() {
        return List.of(root, ca);
    }

    /** A standard eID authentication certificate spec, to be tweaked before {@code build()}. */
    public TestPkiFactory.CertificateSpec authSpec(KeyPair keys, X500Name subject) {
        return TestPkiFactory.certificate().subject(subject).publicKey(keys.getPublic())
                .issuedBy(ca, caKeys.getPrivate()).keyUsage(KeyUsage.digitalSignature)
                .extendedKeyUsage(KeyPurposeId.id_kp_clientAuth).ocspUrl(OCSP_URL);
    }

    public TestPkiFactory.CertificateSpec authSpec(KeyPair keys, String niss) {
        return authSpec(keys, TestPkiFactory.eidSubject("BE", "Jan", "Peeters", niss));
    }

    public X509Certificate auth(KeyPair keys, String niss) {
        return authSpec(keys, niss).build();
    }

    public TestOcspResponder responder(Function<BigInteger, OcspStatus> status, Clock clock) {
        return new TestOcspResponder(ca, ocspSigner, ocspKeys.getPrivate(), status, clock);
    }
}
