package be.digitalkeys.cardreader.ocra;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Checks challenges against the suite's {@code QFxx} and writes the 128-byte Q field of
 * RFC 6287 section 5.1, left-aligned and zero-filled: QA as ASCII, QH as the bytes its hex digits
 * spell (an odd last digit fills a high nibble), QN as the hex digits of the decimal number.
 */
final class ChallengeEncoder {

    static final int FIELD_LENGTH = 128;

    private ChallengeEncoder() {
    }

    /** Checks one challenge, e.g. one typed or generated for the user. */
    static void check(OcraSuite suite, String challenge) throws InvalidChallengeException {
        String expected = " (" + suite.challengeFormat().name().toLowerCase(Locale.ROOT) + ", "
                + OcraSuite.MIN_CHALLENGE_LENGTH + " to " + suite.challengeLength() + " characters)";
        if (challenge == null || challenge.isEmpty()) {
            throw new InvalidChallengeException(InvalidChallengeException.Reason.EMPTY,
                    "The challenge is empty" + expected);
        }
        if (challenge.length() < OcraSuite.MIN_CHALLENGE_LENGTH) {
            throw new InvalidChallengeException(InvalidChallengeException.Reason.TOO_SHORT,
                    "The challenge has " + challenge.length() + " characters" + expected);
        }
        if (challenge.length() > suite.challengeLength()) {
            throw new InvalidChallengeException(InvalidChallengeException.Reason.TOO_LONG,
                    "The challenge has " + challenge.length() + " characters" + expected);
        }
        for (int i = 0; i < challenge.length(); i++) {
            if (!suite.challengeFormat().accepts(challenge.charAt(i))) {
                throw new InvalidChallengeException(InvalidChallengeException.Reason.WRONG_CHARACTERS,
                        "The challenge has a character its format does not allow" + expected);
            }
        }
    }

    /** Checks every challenge, then encodes their concatenation. */
    static byte[] encode(OcraSuite suite, List<String> challenges) throws InvalidChallengeException {
        if (challenges.isEmpty()) {
            check(suite, null);
        }
        StringBuilder joined = new StringBuilder();
        for (String challenge : challenges) {
            check(suite, challenge);
            joined.append(challenge);
        }
        byte[] field = new byte[FIELD_LENGTH];
        switch (suite.challengeFormat()) {
            case ALPHANUMERIC:
                byte[] ascii = joined.toString().getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(ascii, 0, field, 0, ascii.length);
                break;
            case NUMERIC:
                writeHexDigits(new BigInteger(joined.toString()).toString(16), field);
                break;
            default:
                writeHexDigits(joined.toString(), field);
        }
        return field;
    }

    private static void writeHexDigits(String hex, byte[] field) {
        for (int i = 0; i < hex.length(); i++) {
            int nibble = Character.digit(hex.charAt(i), 16);
            field[i / 2] |= (byte) (i % 2 == 0 ? nibble << 4 : nibble);
        }
    }
}
