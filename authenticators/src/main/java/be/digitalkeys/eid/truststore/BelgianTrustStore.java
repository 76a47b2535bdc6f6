package be.digitalkeys.eid.truststore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shipped default trust store (public certificates of the Belgian eID PKI, resources
 * {@code be/digitalkeys/eid/truststore/*.pem}) and PEM helpers.
 */
public final class BelgianTrustStore {

    static final String FOLDER = "/be/digitalkeys/eid/truststore/";
    /** The files of {@link #FOLDER}; keep in step with its README.md. */
    static final List<String> DEFAULT_FILES = List.of(
            "belgium-root-ca3.pem", "belgium-root-ca4.pem", "belgium-root-ca6.pem", "citizen-ca-201709.pem");

    /** PEM text accepted at most (a generous trust store). */
    public static final int MAX_PEM_CHARS = 1_000_000;

    private static final Pattern CERTIFICATE = Pattern.compile(
            "-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]+?)-----END CERTIFICATE-----");

    private BelgianTrustStore() {
    }

    /** Belgium Root CA3, CA4, CA6 and the Citizen CA 201709, in this order. */
    public static List<X509Certificate> defaults() {
        List<X509Certificate> certificates = new ArrayList<>();
        for (String file : DEFAULT_FILES) {
            try (InputStream in = BelgianTrustStore.class.getResourceAsStream(FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("Missing trust store resource " + file);
                }
                certificates.addAll(parsePem(new String(in.readAllBytes(), StandardCharsets.US_ASCII)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (CertificateException e) {
                throw new IllegalStateException("Bad trust store resource " + file, e);
            }
        }
        return List.copyOf(certificates);
    }

    /** Every {@code CERTIFICATE} block of the text; text around the blocks is ignored. */
    public static List<X509Certificate> parsePem(String pemText) throws CertificateException {
        if (pemText == null || pemText.length() > MAX_PEM_CHARS) {
            throw new CertificateException("PEM text missing or too long");
        }
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> certificates = new ArrayList<>();
        Matcher matcher = CERTIFICATE.matcher(pemText);
        while (matcher.find()) {
            byte[] der;
            try {
                der = Base64.getMimeDecoder().decode(matcher.group(1).replaceAll("\\s", ""));
            } catch (IllegalArgumentException e) {
                throw new CertificateException("Bad base64 in PEM certificate", e);
            }
            certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
        }
        if (certificates.isEmpty()) {
            throw new CertificateException("No PEM certificate found");
        }
        return certificates;
    }

    /** PEM, 64 characters a line, ending with a line break. */
    public static String toPem(X509Certificate certificate) {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("Certificate cannot be encoded", e);
        }
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    /** SHA-256 of the DER encoding, upper-case hex without colons. */
    public static String sha256Fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
