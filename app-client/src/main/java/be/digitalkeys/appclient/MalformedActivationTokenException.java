package be.digitalkeys.appclient;

/** What was typed cannot be an activation token; {@link #reason()} says why. */
public final class MalformedActivationTokenException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the input is refused. */
    public enum Reason {
        /** Nothing typed. */
        EMPTY,
        /** More than {@link ActivationTokens#MAX_TYPED_LENGTH} characters typed. */
        TOO_LONG,
        /** Not {@link ActivationTokens#LENGTH} characters once spaces and dashes are removed. */
        WRONG_LENGTH,
        /** A character outside {@link ActivationTokens#ALPHABET}. */
        WRONG_CHARACTERS
    }

    private final Reason reason;

    public MalformedActivationTokenException(Reason reason) {
        super("Malformed activation token: " + reason, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
