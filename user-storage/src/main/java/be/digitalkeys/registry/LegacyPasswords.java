package be.digitalkeys.registry;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * Verifies a password against a hash kept by a legacy system, in the formats such systems use:
 * <ul>
 *   <li>bcrypt, {@code $2a$}, {@code $2b$}, {@code $2y$} (BouncyCastle's OpenBSDBCrypt), also with
 *       Spring's {@code {bcrypt}} prefix;</li>
 *   <li>PBKDF2 as Django writes it: {@code pbkdf2_sha256$iterations$salt$base64(hash)} (also
 *       {@code pbkdf2_sha1}, {@code pbkdf2_sha512});</li>
 *   <li>PBKDF2 as passlib writes it: {@code $pbkdf2-sha256$iterations$ab64(salt)$ab64(hash)}
 *       (also {@code $pbkdf2$} for SHA-1 and {@code $pbkdf2-sha512$}).</li>
 * </ul>
 * Comparison is constant-time. Absurd work factors are refused so a hostile row cannot stall a
 * login.
 */
public final class LegacyPasswords {

    static final int MAX_PBKDF2_ITERATIONS = 2_000_000;
    static final int MAX_PASSWORD_CHARS = 1024;

    private LegacyPasswords() {
    }

    public static boolean matches(String hash, String password) throws UnsupportedHashException {
        if (hash == null || hash.isBlank()) {
            throw new UnsupportedHashException("no legacy hash");
        }
        if (password == null || password.isEmpty() || password.length() > MAX_PASSWORD_CHARS) {
            return false;
        }
        String stored = hash.strip();
        if (stored.startsWith("{bcrypt}")) {
            stored = stored.substring("{bcrypt}".length());
        }
        if (stored.startsWith("$2a$") || stored.startsWith("$2b$") || stored.startsWith("$2y$")) {
            return bcrypt(stored, password);
        }
        if (stored.startsWith("pbkdf2_")) {
            return django(stored, password);
        }
        if (stored.startsWith("$pbkdf2")) {
            return passlib(stored, password);
        }
        throw new UnsupportedHashException("unknown hash format");
    }

    private static boolean bcrypt(String stored, String password) throws UnsupportedHashException {
        try {
            // bcrypt reads at most 72 bytes; OpenBSDBCrypt refuses longer input, so cut as bcrypt would.
            return OpenBSDBCrypt.checkPassword(stored, truncatedTo72Bytes(password));
        } catch (IllegalArgumentException | org.bouncycastle.crypto.DataLengthException e) {
            throw new UnsupportedHashException("malformed bcrypt hash");
        }
    }

    private static char[] truncatedTo72Bytes(String password) {
        byte[] utf8 = password.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= 72) {
            return password.toCharArray();
        }
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int offset = 0; offset < password.length(); ) {
            int cp = password.codePointAt(offset);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > 72) {
                break;
            }
            kept.appendCodePoint(cp);
            bytes += size;
            offset += Character.charCount(cp);
        }
        return kept.toString().toCharArray();
    }

    /** pbkdf2_sha256$600000$salt$base64hash */
    private static boolean django(String stored, String password) throws UnsupportedHashException {
        String[] parts = stored.split("\\$");
        if (parts.length != 4) {
            throw new UnsupportedHashException("malformed PBKDF2 hash");
        }
        String algorithm = switch (parts[0]) {
            case "pbkdf2_sha1" -> "PBKDF2WithHmacSHA1";
            case "pbkdf2_sha256" -> "PBKDF2WithHmacSHA256";
            case "pbkdf2_sha512" -> "PBKDF2WithHmacSHA512";
            default -> throw new UnsupportedHashException("unknown PBKDF2 variant");
        };
        byte[] expected = decode(Base64.getDecoder(), parts[3]);
        return pbkdf2(algorithm, password, parts[2].getBytes(StandardCharsets.UTF_8), iterations(parts[1]), expected);
    }

    /** $pbkdf2-sha256$29000$ab64salt$ab64hash (passlib's "adapted base64": '.' for '+', no padding). */
    private static boolean passlib(String stored, String password) throws UnsupportedHashException {
        String[] parts = stored.split("\\$");
        if (parts.length != 5 || !parts[0].isEmpty()) {
            throw new UnsupportedHashException("malformed PBKDF2 hash");
        }
        String algorithm = switch (parts[1]) {
            case "pbkdf2" -> "PBKDF2WithHmacSHA1";
            case "pbkdf2-sha256" -> "PBKDF2WithHmacSHA256";
            case "pbkdf2-sha512" -> "PBKDF2WithHmacSHA512";
            default -> throw new UnsupportedHashException("unknown PBKDF2 variant");
        };
        Base64.Decoder decoder = Base64.getDecoder();
        byte[] salt = decode(decoder, parts[3].replace('.', '+'));
        byte[] expected = decode(decoder, parts[4].replace('.', '+'));
        return pbkdf2(algorithm, password, salt, iterations(parts[2]), expected);
    }

    private static boolean pbkdf2(String algorithm, String password, byte[] salt, int iterations, byte[] expected)
            throws UnsupportedHashException {
        if (expected.length < 16 || expected.length > 64 || salt.length == 0) {
            throw new UnsupportedHashException("malformed PBKDF2 hash");
        }
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, expected.length * 8);
            byte[] actual = SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
            spec.clearPassword();
            return MessageDigest.isEqual(actual, expected);
        } catch (GeneralSecurityException e) {
            throw new UnsupportedHashException("PBKDF2 unavailable: " + algorithm);
        }
    }

    private static int iterations(String text) throws UnsupportedHashException {
        try {
            int iterations = Integer.parseInt(text);
            if (iterations < 1 || iterations > MAX_PBKDF2_ITERATIONS) {
                throw new UnsupportedHashException("PBKDF2 iteration count out of range");
            }
            return iterations;
        } catch (NumberFormatException e) {
            throw new UnsupportedHashException("malformed PBKDF2 iteration count");
        }
    }

    private static byte[] decode(Base64.Decoder decoder, String text) throws UnsupportedHashException {
        try {
            String padded = text + "=".repeat((4 - text.length() % 4) % 4);
            return decoder.decode(padded);
        } catch (IllegalArgumentException e) {
            throw new UnsupportedHashException("malformed base64 in hash");
        }
    }
}
