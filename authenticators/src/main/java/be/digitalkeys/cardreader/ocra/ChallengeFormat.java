package be.digitalkeys.cardreader.ocra;

/**
 * The challenge format of an OCRA suite ({@code QA}, {@code QN}, {@code QH}; RFC 6287 table 2)
 * and the characters each one accepts.
 */
public enum ChallengeFormat {
    /** {@code QA}: letters and digits, fed to the HMAC as ASCII bytes (case matters). */
    ALPHANUMERIC('A'),
    /** {@code QN}: decimal digits, fed to the HMAC as the hexadecimal form of the number. */
    NUMERIC('N'),
    /** {@code QH}: hexadecimal digits (either case), fed to the HMAC as the bytes they spell. */
    HEX('H');

    private final char code;

    ChallengeFormat(char code) {
        this.code = code;
    }

    /** The letter after {@code Q} in a suite. */
    public char code() {
        return code;
    }

    /** Whether a challenge in this format may contain the character. */
    public boolean accepts(char c) {
        boolean digit = c >= '0' && c <= '9';
        switch (this) {
            case NUMERIC:
                return digit;
            case HEX:
                return digit || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
            default:
                return digit || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }
    }

    static ChallengeFormat ofCode(char code) {
        for (ChallengeFormat format : values()) {
            if (format.code == code) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown OCRA challenge format: " + code);
    }
}
