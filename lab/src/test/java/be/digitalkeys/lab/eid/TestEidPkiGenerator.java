package be.digitalkeys.lab.eid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import be.digitalkeys.eid.niss.Niss;
import be.digitalkeys.eid.truststore.BelgianTrustStore;
import be.digitalkeys.eid.testing.TestPkiFactory;

/**
 * Generates the TEST eID PKI committed in {@code src/main/resources/be/digitalkeys/lab/eid/test-pki/}.
 * Run once; the CA private keys are thrown away, so running it again replaces every certificate
 * and key (TEST citizens' certificates, serials and keys all change).
 *
 * <pre>
 * cd authenticators &amp;&amp; mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     be.digitalkeys.lab.eid.TestEidPkiGenerator src/main/resources/be/digitalkeys/lab/eid/test-pki
 * </pre>
 */
public final class TestEidPkiGenerator {

    static final String TEST_POLICY = TestEidPki.TEST_POLICY;
    static final String CA_ISSUERS_URL = "http://certs.test.digitalkeys.invalid/test-citizen-ca.crt";
    private static final Instant ROOT_FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant ROOT_TO = Instant.parse("2045-01-01T00:00:00Z");
    private static final Instant CA_TO = Instant.parse("2040-01-01T00:00:00Z");
    private static final Instant CITIZEN_TO = Instant.parse("2035-01-01T00:00:00Z");
    private static final Instant EXPIRED_FROM = Instant.parse("2015-01-01T00:00:00Z");
    private static final Instant EXPIRED_TO = Instant.parse("2020-01-01T00:00:00Z");

    private record Citizen(String id, String givenNames, String surname, String niss, String locale,
            String algorithm, TestCitizen.Status status) {
    }

    static final List<Citizen> CITIZENS = List.of(
            new Citizen("sophie.dubois", "Sophie", "Dubois", "88051204622", "fr", "ES384", TestCitizen.Status.GOOD),
            new Citizen("lucas.dubois", "Lucas", "Dubois", "17042118188", "fr", "ES384", TestCitizen.Status.GOOD),
            new Citizen("pieter.devos", "Pieter", "De Vos", "76061528134", "nl", "RS256", TestCitizen.Status.GOOD),
            new Citizen("anna.schmidt", "Anna", "Schmidt", "83492416240", "de", "ES384", TestCitizen.Status.GOOD),
            new Citizen("amelie.lefevre", "Amélie Élise", "Lefèvre", "90120709916", "fr", "ES384",
                    TestCitizen.Status.REVOKED),
            new Citizen("julie.martin", "Julie", "Martin", "92110312845", "fr", "ES384", TestCitizen.Status.EXPIRED));

    private TestEidPkiGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: TestEidPkiGenerator <outDir>");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);

        KeyPair rootKeys = TestPkiFactory.ec("secp384r1");
        X509Certificate root = TestPkiFactory.certificate()
                .subject(name("Digital Keys TEST eID Root CA", null)).selfSigned(rootKeys)
                .validity(ROOT_FROM, ROOT_TO).ca(1).build();
        KeyPair caKeys = TestPkiFactory.ec("secp384r1");
        X509Certificate ca = TestPkiFactory.certificate()
                .subject(name("Digital Keys TEST Citizen CA", "TEST2025")).publicKey(caKeys.getPublic())
                .issuedBy(root, rootKeys.getPrivate()).validity(ROOT_FROM, CA_TO).ca(0).build();
        KeyPair ocspKeys = TestPkiFactory.ec("secp384r1");
        X509Certificate ocsp = TestPkiFactory.certificate()
                .subject(name("Digital Keys TEST OCSP Responder", null)).publicKey(ocspKeys.getPublic())
                .issuedBy(ca, caKeys.getPrivate()).validity(ROOT_FROM, CITIZEN_TO)
                .keyUsage(KeyUsage.digitalSignature).extendedKeyUsage(KeyPurposeId.id_kp_OCSPSigning)
                .ocspNoCheck().build();

        List<Map<String, Object>> citizens = new ArrayList<>();
        for (Citizen c : CITIZENS) {
            Niss.parse(c.niss());
            boolean rsa = c.algorithm().startsWith("RS");
            KeyPair keys = rsa ? TestPkiFactory.rsa(2048) : TestPkiFactory.ec("secp384r1");
            boolean expired = c.status() == TestCitizen.Status.EXPIRED;
            // Names in the certificate in NFD (decomposed) so that validators must normalise; the
            // JSON keeps the NFC form, which is what a validator returns.
            X500Name subject = TestPkiFactory.eidSubject("BE", nfd(c.givenNames()), nfd(c.surname()), c.niss());
            X509Certificate certificate = TestPkiFactory.certificate().subject(subject).publicKey(keys.getPublic())
                    .issuedBy(ca, caKeys.getPrivate())
                    .validity(expired ? EXPIRED_FROM : ROOT_FROM, expired ? EXPIRED_TO : CITIZEN_TO)
                    .keyUsage(KeyUsage.digitalSignature).extendedKeyUsage(KeyPurposeId.id_kp_clientAuth)
                    .ocspUrl(TestEidPki.OCSP_URL).caIssuersUrl(CA_ISSUERS_URL).policy(TEST_POLICY).build();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", c.id());
            entry.put("givenNames", c.givenNames());
            entry.put("surname", c.surname());
            entry.put("niss", c.niss());
            entry.put("locale", c.locale());
            entry.put("certificate", Base64.getEncoder().encodeToString(certificate.getEncoded()));
            entry.put("privateKey", Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
            entry.put("signatureAlgorithm", c.algorithm());
            entry.put("pin", "1234");
            entry.put("status", c.status().name());
            citizens.add(entry);
        }

        write(out.resolve("test-root-ca.pem"), BelgianTrustStore.toPem(root));
        write(out.resolve("test-citizen-ca.pem"), BelgianTrustStore.toPem(ca));
        write(out.resolve("test-ocsp.pem"), BelgianTrustStore.toPem(ocsp));
        write(out.resolve("test-ocsp.key.pem"), pem("PRIVATE KEY", ocspKeys.getPrivate().getEncoded()));
        write(out.resolve("citizens.json"), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(citizens) + "\n");
        System.out.println("TEST eID PKI written to " + out.toAbsolutePath());
    }

    /** {@code C=BE, O=TEST - NOT A REAL eID, CN=<cn>[, serialNumber=<serial>]} (encoding order). */
    private static X500Name name(String cn, String serial) {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "BE").addRDN(BCStyle.O, "TEST - NOT A REAL eID").addRDN(BCStyle.CN, cn);
        if (serial != null) {
            name.addRDN(BCStyle.SERIALNUMBER, serial);
        }
        return name.build();
    }

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** PEM of any DER block, 64 characters a line. */
    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
