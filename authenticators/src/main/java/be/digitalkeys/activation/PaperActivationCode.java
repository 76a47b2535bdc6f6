package be.digitalkeys.activation;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The activation code a registration office prints on paper: 4 groups of 5 characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L, U/V, 2/Z, 5/S, 8/B), about 90 bits. Reading
 * accepts what a person types from the paper: lower case, spaces, dashes, dots.
 */
public final class PaperActivationCode {

    /** 23 characters a person cannot confuse when copying from paper. */
    public static final String ALPHABET = "ACDEFGHJKMNPQRTWXY34679";
    public static final int GROUPS = 4;
    public static final int GROUP_LENGTH = 5;
    static final int MAX_TYPED = 64;

    private final String value;

    private PaperActivationCode(String value) {
        this.value = value;
    }

    public static PaperActivationCode generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(GROUPS * GROUP_LENGTH);
        for (int i = 0; i < GROUPS * GROUP_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new PaperActivationCode(code.toString());
    }

    /** Reads a typed code; spaces, dashes and dots are ignored, case too. */
    public static PaperActivationCode parse(String typed) throws MalformedActivationCodeException {
        if (typed == null || typed.isBlank()) {
            throw new MalformedActivationCodeException(MalformedActivationCodeException.Reason.EMPTY);
        }
        if (typed.length() > MAX_TYPED) {
            throw new MalformedActivationCodeException(MalformedActivationCodeException.Reason.WRONG_LENGTH);
        }
        StringBuilder code = new StringBuilder(GROUPS * GROUP_LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (Character.isWhitespace(c) || c == '-' || c == '.') {
                continue;
            }
            if (ALPHABET.indexOf(c) < 0) {
                throw new MalformedActivationCodeException(MalformedActivationCodeException.Reason.WRONG_CHARACTERS);
            }
            code.append(c);
        }
        if (code.length() != GROUPS * GROUP_LENGTH) {
            throw new MalformedActivationCodeException(MalformedActivationCodeException.Reason.WRONG_LENGTH);
        }
        return new PaperActivationCode(code.toString());
    }

    /** The 20 characters without separators. */
    public String value() {
        return value;
    }

    /** As printed: "ACDEF-GHJKM-NPQRT-WXY34". */
    public String printed() {
        StringBuilder out = new StringBuilder();
        for (int g = 0; g < GROUPS; g++) {
            if (g > 0) {
                out.append('-');
            }
            out.append(value, g * GROUP_LENGTH, (g + 1) * GROUP_LENGTH);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "PaperActivationCode[hidden]";
    }
}
