package be.digitalkeys.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scan finds what it must: each planted file (the lab's real TEST material: its OCSP signer's
 * private key and certificate, its TEST root CA, a simulator page and script, a lab class) makes a
 * jar fail, and a clean jar with a real Belgian root certificate passes.
 */
class ProductionJarScanTest {

    static final Path TEST_PKI = Path.of("../lab/src/main/resources/be/digitalkeys/lab/eid/test-pki");
    static final Path BELGIAN_ROOT = Path.of("../authenticators/src/main/resources/be/digitalkeys/eid/truststore/belgium-root-ca4.pem");

    @TempDir
    Path dir;

    @Test
    void cleanJar_withARealBelgianRoot_passes() throws IOException {
        Path jar = jar("clean.jar", Map.of(
                "be/digitalkeys/eid/truststore/belgium-root-ca4.pem", Files.readAllBytes(BELGIAN_ROOT),
                "theme/digitalkeys/login/dk-eid.ftl", "<#list dkDevKitTemplates as t><#include t></#list>".getBytes(StandardCharsets.UTF_8),
                "be/digitalkeys/eid/EidPage.class", "be/digitalkeys/devkit/DevelopmentKits".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), ProductionJarScan.scan(jar));
    }

    @Test
    void pemPrivateKey_isFound_whateverTheFileName() throws IOException {
        byte[] key = Files.readAllBytes(TEST_PKI.resolve("test-ocsp.key.pem"));
        assertFound(jar("a.jar", Map.of("config/settings.txt", key)), "config/settings.txt", "private key");
        assertFound(jar("b.jar", Map.of("keys/signer.key", "x".getBytes(StandardCharsets.UTF_8))), "keys/signer.key", "private key file");
    }

    @Test
    void keyStoreWithAKeyEntry_isFound() throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        Certificate certificate;
        try (var in = Files.newInputStream(TEST_PKI.resolve("test-ocsp.pem"))) {
            certificate = factory.generateCertificate(in);
        }
        String pem = Files.readString(TEST_PKI.resolve("test-ocsp.key.pem"));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        PrivateKey key = KeyFactory.getInstance(certificate.getPublicKey().getAlgorithm()).generatePrivate(new PKCS8EncodedKeySpec(der));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("signer", key, "changeit".toCharArray(), new Certificate[] {certificate});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, "changeit".toCharArray());
        assertFound(jar("c.jar", Map.of("store.p12", out.toByteArray())), "store.p12", "key store");
    }

    @Test
    void testCaCertificate_isFound() throws IOException {
        byte[] root = Files.readAllBytes(TEST_PKI.resolve("test-root-ca.pem"));
        assertFound(jar("d.jar", Map.of("be/digitalkeys/eid/truststore/extra.pem", root)), "be/digitalkeys/eid/truststore/extra.pem", "TEST certificate");
    }

    @Test
    void testCitizensFile_isFound() throws IOException {
        byte[] citizens = Files.readAllBytes(TEST_PKI.resolve("citizens.json"));
        assertFound(jar("e.jar", Map.of("data/people.json", citizens)), "data/people.json", "private key (\"privateKey\")");
    }

    @Test
    void simulatorPagesScriptsAndLabClasses_areFound() throws IOException {
        byte[] any = "x".getBytes(StandardCharsets.UTF_8);
        Path jar = jar("f.jar", Map.of(
                "theme/digitalkeys/login/dk-card-simulator.ftl", any,
                "theme/digitalkeys/login/resources/js/dk-software-eid.js", any,
                "be/digitalkeys/lab/LabKit.class", any,
                "be/digitalkeys/eid/Hook.class", "uses be/digitalkeys/lab/LabRealms".getBytes(StandardCharsets.UTF_8),
                "theme/digitalkeys/login/resources/js/other.js", "window.DkSoftwareEid.authenticate()".getBytes(StandardCharsets.UTF_8)));
        List<ProductionJarScan.Finding> findings = ProductionJarScan.scan(jar);
        for (String entry : List.of("theme/digitalkeys/login/dk-card-simulator.ftl", "theme/digitalkeys/login/resources/js/dk-software-eid.js",
                "be/digitalkeys/lab/LabKit.class", "be/digitalkeys/eid/Hook.class", "theme/digitalkeys/login/resources/js/other.js")) {
            assertTrue(findings.stream().anyMatch(f -> f.entry().equals(entry)), entry + " not found in " + findings);
        }
    }

    private static void assertFound(Path jar, String entry, String reason) throws IOException {
        List<ProductionJarScan.Finding> findings = ProductionJarScan.scan(jar);
        assertTrue(findings.stream().anyMatch(f -> f.entry().equals(entry) && f.reason().startsWith(reason)),
                "expected '" + reason + "' on " + entry + ", got " + findings);
    }

    private Path jar(String name, Map<String, byte[]> entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return jar;
    }
}
