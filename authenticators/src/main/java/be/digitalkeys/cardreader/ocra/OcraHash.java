package be.digitalkeys.cardreader.ocra;

/**
 * A hash function an OCRA suite may name (RFC 6287 section 6.2): for the HMAC of the crypto
 * function ({@code HOTP-SHA256-8}) and for the PIN hash ({@code PSHA1}).
 */
public enum OcraHash {
    SHA1("SHA1", "HmacSHA1", "SHA-1", 20),
    SHA256("SHA256", "HmacSHA256", "SHA-256", 32),
    SHA512("SHA512", "HmacSHA512", "SHA-512", 64);

    private final String suiteName;
    private final String hmacAlgorithm;
    private final String digestAlgorithm;
    private final int length;

    OcraHash(String suiteName, String hmacAlgorithm, String digestAlgorithm, int length) {
        this.suiteName = suiteName;
        this.hmacAlgorithm = hmacAlgorithm;
        this.digestAlgorithm = digestAlgorithm;
        this.length = length;
    }

    /** The name as written in a suite, e.g. {@code SHA256}. */
    public String suiteName() {
        return suiteName;
    }

    /** The JCA name of the HMAC, e.g. {@code HmacSHA256}. */
    public String hmacAlgorithm() {
        return hmacAlgorithm;
    }

    /** The JCA name of the message digest, e.g. {@code SHA-256}. */
    public String digestAlgorithm() {
        return digestAlgorithm;
    }

    /** Output length in bytes: 20, 32 or 64. */
    public int length() {
        return length;
    }

    static OcraHash ofSuiteName(String name) {
        for (OcraHash hash : values()) {
            if (hash.suiteName.equals(name)) {
                return hash;
            }
        }
        throw new IllegalArgumentException("Unknown OCRA hash: " + name);
    }
}
