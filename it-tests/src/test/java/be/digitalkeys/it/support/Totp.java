package be.digitalkeys.it.support;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the user's phone app computes (RFC 6238, SHA-1, 6 digits, 30 s), written independently
 * of the server code so that a test cannot agree with a bug.
 */
public final class Totp {

    private Totp() {
    }

    /** The code for a Base32 key as shown on the setup page (spaces allowed) at a given time. */
    public static String code(String base32Key, long epochSeconds) {
        return hotp(base32(base32Key), Math.floorDiv(epochSeconds, 30));
    }

    public static String codeForRawSecret(String rawSecret, long epochSeconds) {
        return hotp(rawSecret.getBytes(java.nio.charset.StandardCharsets.UTF_8), Math.floorDiv(epochSeconds, 30));
    }

    public static long now() {
        return System.currentTimeMillis() / 1000;
    }

    private static String hotp(byte[] key, long counter) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        String clean = text.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT);
        ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }
}
