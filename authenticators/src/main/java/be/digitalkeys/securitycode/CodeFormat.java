package be.digitalkeys.securitycode;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Length and alphabet of the security codes a realm sends: generates them and reads what a
 * person typed (spaces and dashes ignored, case ignored when the alphabet has one case only).
 */
public final class CodeFormat {

    public static final String DIGITS = "0123456789";
    public static final int MIN_LENGTH = 4;
    public static final int MAX_LENGTH = 12;
    /** Longest input read at all: anything longer is refused before any work. */
    static final int MAX_TYPED = 64;

    private final int length;
    private final String alphabet;
    private final boolean caseInsensitive;

    private CodeFormat(int length, String alphabet) {
        this.length = length;
        this.alphabet = alphabet;
        this.caseInsensitive = alphabet.equals(alphabet.toUpperCase(Locale.ROOT)) || alphabet.equals(alphabet.toLowerCase(Locale.ROOT));
    }

    /**
     * @throws IllegalArgumentException when the length is outside 4..12 or the alphabet has fewer
     *         than 2 distinct characters, whitespace, dashes or duplicates
     */
    public static CodeFormat of(int length, String alphabet) {
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new IllegalArgumentException("Code length must be between " + MIN_LENGTH + " and " + MAX_LENGTH);
        }
        if (alphabet == null || alphabet.length() < 2 || alphabet.chars().distinct().count() != alphabet.length()
                || alphabet.chars().anyMatch(c -> Character.isWhitespace(c) || c == '-' || c > 0x7e || c < 0x21)) {
            throw new IllegalArgumentException("The alphabet needs 2+ distinct printable ASCII characters, no spaces or dashes");
        }
        return new CodeFormat(length, alphabet);
    }

    public int length() {
        return length;
    }

    public String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    /** The code as the realm wrote it, from what a person typed. */
    public String normalise(String typed) throws MalformedCodeException {
        if (typed == null || typed.isBlank()) {
            throw new MalformedCodeException(MalformedCodeException.Reason.EMPTY);
        }
        if (typed.length() > MAX_TYPED) {
            throw new MalformedCodeException(MalformedCodeException.Reason.WRONG_LENGTH);
        }
        StringBuilder code = new StringBuilder(length);
        for (char c : typed.toCharArray()) {
            if (Character.isWhitespace(c) || c == '-' || c == '.') {
                continue;
            }
            char read = caseInsensitive ? match(c) : c;
            if (alphabet.indexOf(read) < 0) {
                throw new MalformedCodeException(MalformedCodeException.Reason.WRONG_CHARACTERS);
            }
            code.append(read);
        }
        if (code.length() != length) {
            throw new MalformedCodeException(MalformedCodeException.Reason.WRONG_LENGTH);
        }
        return code.toString();
    }

    private char match(char c) {
        char upper = Character.toUpperCase(c);
        return alphabet.indexOf(upper) >= 0 ? upper : Character.toLowerCase(c);
    }

    /** True when the alphabet is digits only (the page then asks for a numeric keyboard). */
    public boolean numeric() {
        return alphabet.chars().allMatch(Character::isDigit);
    }
}
