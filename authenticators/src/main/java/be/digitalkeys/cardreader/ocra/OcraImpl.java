package be.digitalkeys.cardreader.ocra;

import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC over {@link OcraDataInput}, then the dynamic truncation of RFC 4226 section 5.3. */
final class OcraImpl implements Ocra {

    private static final long[] POWERS_OF_TEN = {
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L,
        1_000_000_000L, 10_000_000_000L
    };

    private final OcraSuite suite;

    OcraImpl(OcraSuite suite) {
        if (suite == null) {
            throw new IllegalArgumentException("OCRA suite is required");
        }
        this.suite = suite;
    }

    @Override
    public OcraSuite suite() {
        return suite;
    }

    @Override
    public String compute(byte[] key, OcraInput input) throws InvalidChallengeException, InvalidOcraInputException {
        if (key == null || key.length == 0) {
            throw new InvalidOcraInputException("The OCRA key is empty");
        }
        return truncate(hmac(key, OcraDataInput.of(suite, input)));
    }

    private byte[] hmac(byte[] key, byte[] message) {
        String algorithm = suite.hash().hmacAlgorithm();
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java SE provides " + algorithm, e);
        }
    }

    /** Four bytes at the offset the last nibble names, top bit cleared, reduced to the digits. */
    private String truncate(byte[] mac) {
        int offset = mac[mac.length - 1] & 0x0f;
        int value = (mac[offset] & 0x7f) << 24
                | (mac[offset + 1] & 0xff) << 16
                | (mac[offset + 2] & 0xff) << 8
                | (mac[offset + 3] & 0xff);
        int digits = suite.digits();
        if (digits == 0) {
            return Integer.toString(value);
        }
        String reduced = Long.toString(value % POWERS_OF_TEN[digits]);
        return "0".repeat(digits - reduced.length()) + reduced;
    }
}
