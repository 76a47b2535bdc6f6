package be.digitalkeys.cardreader.ocra;

/**
 * What the user typed cannot be a response of this suite: empty, the wrong number of digits, or
 * characters other than the ASCII digits 0-9. Callers strip separators (spaces) before verifying.
 */
public final class MalformedResponseException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the typed response. */
    public enum Reason { EMPTY, WRONG_LENGTH, NOT_DIGITS }

    private final Reason reason;

    public MalformedResponseException(Reason reason) {
        super("Malformed OCRA response: " + reason, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
