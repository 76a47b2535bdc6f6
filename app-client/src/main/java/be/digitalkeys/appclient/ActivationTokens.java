package be.digitalkeys.appclient;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The 6-character activation token shown on the PC and typed into the app to start an
 * enrolment; its alphabet leaves out the characters people confuse (0/O, 1/I, 2/Z, 5/S, 8/B, 6).
 */
public final class ActivationTokens {

    /** The characters a token is made of. */
    public static final String ALPHABET = "ACDEFGHJKLMNPQRTUVWXY3479";
    /** Characters in a token. */
    public static final int LENGTH = 6;
    /** Longest input read by {@link #normalise}, spaces and dashes included. */
    public static final int MAX_TYPED_LENGTH = 32;

    private ActivationTokens() {
    }

    /** A new random token. */
    public static String generate(SecureRandom random) {
        char[] token = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            token[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(token);
    }

    /**
     * The token a person typed, in canonical form: trimmed, upper case, spaces and dashes
     * removed ("cmw gt7" is "CMWGT7").
     *
     * @throws MalformedActivationTokenException the result is not {@link #LENGTH} characters of the alphabet
     */
    public static String normalise(String typed) throws MalformedActivationTokenException {
        if (typed == null || typed.isBlank()) {
            throw new MalformedActivationTokenException(MalformedActivationTokenException.Reason.EMPTY);
        }
        if (typed.length() > MAX_TYPED_LENGTH) {
            throw new MalformedActivationTokenException(MalformedActivationTokenException.Reason.TOO_LONG);
        }
        String token = typed.trim().toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
        if (token.length() != LENGTH) {
            throw new MalformedActivationTokenException(MalformedActivationTokenException.Reason.WRONG_LENGTH);
        }
        if (!token.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new MalformedActivationTokenException(MalformedActivationTokenException.Reason.WRONG_CHARACTERS);
        }
        return token;
    }
}
