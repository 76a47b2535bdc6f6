package be.digitalkeys.distribution;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Opens a provider jar and lists what must never be in a production jar: private keys (PEM,
 * PKCS#8 key files, key stores holding a key entry, JSON "privateKey" fields), TEST certificates
 * (a subject or issuer naming TEST), lab classes or references to them, and simulator or TEST
 * software-eID pages and scripts. Pure logic: the build's ProductionJarsIT runs it on
 * target/providers/, its unit test on jars with planted files.
 */
public final class ProductionJarScan {

    /** One thing found: the jar, the entry in it and why it must not be there. */
    public record Finding(String jar, String entry, String reason) {
    }

    static final long MAX_ENTRY = 20L * 1024 * 1024;
    private static final Pattern KEY_STORE = Pattern.compile("(?i).*\\.(p12|pfx|jks|jceks|keystore|bks)$");
    private static final Pattern KEY_FILE = Pattern.compile("(?i).*\\.(key|pk8|p8)(\\.pem)?$|(?i).*[._-]key\\.pem$");
    private static final Pattern DEV_NAME = Pattern.compile(
            "(?i).*(simulator|software-?eid|test-?pki|testeidpki|testocsp|testcitizen|webeidtokens|dk-lab).*");
    private static final Pattern PEM_CERTIFICATE = Pattern.compile(
            "-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]+?)-----END CERTIFICATE-----");
    private static final Pattern TEST_NAME = Pattern.compile("\\bTEST\\b");
    private static final List<String> FORBIDDEN_TEXT = List.of(
            "PRIVATE KEY-----", "\"privateKey\"", "be/digitalkeys/lab/", "be.digitalkeys.lab.", "DkSoftwareEid");

    private ProductionJarScan() {
    }

    public static List<Finding> scan(Path jar) throws IOException {
        List<Finding> findings = new ArrayList<>();
        String jarName = jar.getFileName().toString();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName();
                if (entry.getSize() > MAX_ENTRY) {
                    findings.add(new Finding(jarName, name, "entry too large to check"));
                    continue;
                }
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                for (String reason : check(name, bytes)) {
                    findings.add(new Finding(jarName, name, reason));
                }
            }
        }
        return findings;
    }

    /** Why one entry must not be in a production jar (empty: it may). */
    static List<String> check(String name, byte[] bytes) {
        List<String> reasons = new ArrayList<>();
        String base = name.substring(name.lastIndexOf('/') + 1);
        if (DEV_NAME.matcher(name).matches() || name.startsWith("be/digitalkeys/lab/")) {
            reasons.add("lab or simulator class, page or script");
        }
        if (KEY_FILE.matcher(base).matches()) {
            reasons.add("private key file");
        }
        if (KEY_STORE.matcher(base).matches()) {
            keyStoreProblem(bytes).ifPresent(reasons::add);
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        for (String forbidden : FORBIDDEN_TEXT) {
            if (text.contains(forbidden)) {
                reasons.add(forbidden.startsWith("be") ? "refers to a lab class (" + forbidden + ")"
                        : forbidden.equals("DkSoftwareEid") ? "TEST software eID script" : "private key (" + forbidden.replace("-----", "").trim() + ")");
            }
        }
        for (X509Certificate certificate : certificates(base, bytes, text)) {
            String subject = certificate.getSubjectX500Principal().getName();
            String issuer = certificate.getIssuerX500Principal().getName();
            if (TEST_NAME.matcher(subject).find() || TEST_NAME.matcher(issuer).find()) {
                reasons.add("TEST certificate: " + subject);
            }
        }
        return reasons;
    }

    private static java.util.Optional<String> keyStoreProblem(byte[] bytes) {
        for (String type : List.of("PKCS12", "JKS")) {
            try {
                KeyStore store = KeyStore.getInstance(type);
                store.load(new ByteArrayInputStream(bytes), null);
                for (String alias : Collections.list(store.aliases())) {
                    if (store.isKeyEntry(alias)) {
                        return java.util.Optional.of("key store with a private key entry (" + alias + ")");
                    }
                }
                return java.util.Optional.empty();
            } catch (Exception e) {
                // not this type, or protected: try the next one
            }
        }
        return java.util.Optional.of("key store that cannot be opened without a password (may hold private keys)");
    }

    private static List<X509Certificate> certificates(String base, byte[] bytes, String text) {
        List<X509Certificate> found = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            Matcher matcher = PEM_CERTIFICATE.matcher(text);
            while (matcher.find()) {
                byte[] der = Base64.getMimeDecoder().decode(matcher.group(1).replaceAll("\\s", ""));
                found.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
            }
            String lower = base.toLowerCase(Locale.ROOT);
            if (found.isEmpty() && (lower.endsWith(".der") || lower.endsWith(".crt") || lower.endsWith(".cer"))) {
                for (Certificate certificate : factory.generateCertificates(new ByteArrayInputStream(bytes))) {
                    found.add((X509Certificate) certificate);
                }
            }
        } catch (Exception e) {
            // not a certificate we can read: nothing to judge
        }
        return found;
    }
}
