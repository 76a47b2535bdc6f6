package be.digitalkeys.organisation.kbo;

/**
 * Shared parsing of the two ten-digit numbers of the Crossroads Bank for Enterprises (KBO/BCE):
 * separators tolerated, length capped before any cleaning, check digits
 * {@code 97 - (first 8 digits mod 97)}.
 */
final class KboDigits {

    /** Inputs longer than this are refused before any cleaning. */
    static final int MAX_INPUT_LENGTH = 32;

    private KboDigits() {
    }

    /**
     * Ten digits, optionally separated by dots or spaces ({@code "0202.239.951"},
     * {@code "0202 239 951"}); {@code what} names the number in messages.
     */
    static String parse(String text, String what) throws InvalidEnterpriseNumberException {
        if (text == null || text.isEmpty()) {
            throw new InvalidEnterpriseNumberException("No " + what + " given");
        }
        if (text.length() > MAX_INPUT_LENGTH) {
            throw new InvalidEnterpriseNumberException(capitalised(what) + " input too long");
        }
        StringBuilder clean = new StringBuilder(10);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                clean.append(c);
            } else if (c != '.' && c != ' ') {
                throw new InvalidEnterpriseNumberException(capitalised(what) + " contains an invalid character");
            }
        }
        if (clean.length() != 10) {
            throw new InvalidEnterpriseNumberException(capitalised(what) + " must have 10 digits");
        }
        String digits = clean.toString();
        if (checkDigits(Long.parseLong(digits.substring(0, 8))) != Integer.parseInt(digits.substring(8))) {
            throw new InvalidEnterpriseNumberException(capitalised(what) + " check digits do not match");
        }
        return digits;
    }

    /** {@code 97 - (base mod 97)}: never 00, 97 when the base is a multiple of 97. */
    static int checkDigits(long base) {
        return (int) (97 - base % 97);
    }

    /** {@code "0202.239.951"}. */
    static String formatted(String digits) {
        return digits.substring(0, 4) + '.' + digits.substring(4, 7) + '.' + digits.substring(7);
    }

    private static String capitalised(String what) {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
