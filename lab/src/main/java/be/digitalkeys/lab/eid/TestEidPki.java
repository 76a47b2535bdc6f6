package be.digitalkeys.lab.eid;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import be.digitalkeys.eid.truststore.BelgianTrustStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The committed TEST eID PKI (resources {@code be/digitalkeys/lab/eid/test-pki/}): a TEST root, a TEST
 * Citizen CA, a delegated TEST OCSP signer and six TEST citizens with their private keys.
 * Nothing here is a real eID; see the README.md next to the resources.
 */
public final class TestEidPki {

    /** The AIA OCSP URL of every TEST citizen certificate ({@code .invalid} never resolves). */
    public static final String OCSP_URL = "http://ocsp.test.digitalkeys.invalid/eid";

    /** The certificate policy of every TEST citizen certificate (a private-arc OID, no Belgian eID policy). */
    public static final String TEST_POLICY = "1.3.6.1.4.1.99999.1";

    static final String FOLDER = "/be/digitalkeys/lab/eid/test-pki/";

    private final X509Certificate rootCa;
    private final X509Certificate citizenCa;
    private final X509Certificate ocspSigner;
    private final PrivateKey ocspSignerKey;
    private final List<TestCitizen> citizens;

    private TestEidPki(X509Certificate rootCa, X509Certificate citizenCa, X509Certificate ocspSigner,
            PrivateKey ocspSignerKey, List<TestCitizen> citizens) {
        this.rootCa = rootCa;
        this.citizenCa = citizenCa;
        this.ocspSigner = ocspSigner;
        this.ocspSignerKey = ocspSignerKey;
        this.citizens = List.copyOf(citizens);
    }

    private static final class Holder {
        static final TestEidPki INSTANCE = read();
    }

    /** The committed TEST PKI, read once per class loader. */
    public static TestEidPki load() {
        return Holder.INSTANCE;
    }

    private static TestEidPki read() {
        try {
            X509Certificate root = certificate(text("test-root-ca.pem"));
            X509Certificate citizenCa = certificate(text("test-citizen-ca.pem"));
            X509Certificate ocsp = certificate(text("test-ocsp.pem"));
            PrivateKey ocspKey = privateKey(pemBody(text("test-ocsp.key.pem"), "PRIVATE KEY"),
                    ocsp.getPublicKey().getAlgorithm());
            List<TestCitizen> citizens = new ArrayList<>();
            for (JsonNode node : new ObjectMapper().readTree(text("citizens.json"))) {
                X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(
                                Base64.getDecoder().decode(node.get("certificate").textValue())));
                citizens.add(new TestCitizen(
                        node.get("id").textValue(),
                        node.get("givenNames").textValue(),
                        node.get("surname").textValue(),
                        node.get("niss").textValue(),
                        node.get("locale").textValue(),
                        certificate,
                        privateKey(Base64.getDecoder().decode(node.get("privateKey").textValue()),
                                certificate.getPublicKey().getAlgorithm()),
                        node.get("signatureAlgorithm").textValue(),
                        node.get("pin").textValue(),
                        TestCitizen.Status.valueOf(node.get("status").textValue())));
            }
            return new TestEidPki(root, citizenCa, ocsp, ocspKey, citizens);
        } catch (IOException e) {
            throw new UncheckedIOException("TEST eID PKI resources unreadable", e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("TEST eID PKI resources invalid", e);
        }
    }

    public X509Certificate rootCa() {
        return rootCa;
    }

    public X509Certificate citizenCa() {
        return citizenCa;
    }

    public X509Certificate ocspSigner() {
        return ocspSigner;
    }

    public PrivateKey ocspSignerKey() {
        return ocspSignerKey;
    }

    /** The TEST root and Citizen CA, to trust in a development realm or a test. */
    public List<X509Certificate> trustedCertificates() {
        return List.of(rootCa, citizenCa);
    }

    public List<TestCitizen> citizens() {
        return citizens;
    }

    public Optional<TestCitizen> byId(String id) {
        return citizens.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private static String text(String file) throws IOException {
        try (InputStream in = TestEidPki.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IOException("Missing resource " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static X509Certificate certificate(String pem) throws CertificateException {
        return BelgianTrustStore.parsePem(pem).get(0);
    }

    static byte[] pemBody(String pem, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("No PEM " + type);
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to).strip());
    }

    private static PrivateKey privateKey(byte[] pkcs8, String algorithm) throws GeneralSecurityException {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }
}
