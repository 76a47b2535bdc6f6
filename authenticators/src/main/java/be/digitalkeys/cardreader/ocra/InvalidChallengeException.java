package be.digitalkeys.cardreader.ocra;

/**
 * A challenge does not fit the suite's challenge format ({@code QFxx}): empty, shorter than
 * {@value OcraSuite#MIN_CHALLENGE_LENGTH} or longer than {@code xx} characters, or with a
 * character the format does not allow. The message never repeats the challenge itself.
 */
public final class InvalidChallengeException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the challenge. */
    public enum Reason { EMPTY, TOO_SHORT, TOO_LONG, WRONG_CHARACTERS }

    private final Reason reason;

    public InvalidChallengeException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
