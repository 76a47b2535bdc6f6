package be.digitalkeys.common.text;

/**
 * A text field broke one of its {@link TextRule}s. The message names the field and the rule, never
 * the text itself (it may be anything a client sent, control characters included).
 */
public final class InvalidTextException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Which rule: its name is also the {@code reason} of the API error. */
    public enum Reason {
        EMPTY_FIELD, FIELD_TOO_LONG, SURROUNDING_SPACE, CONTROL_CHARACTER, UNASSIGNED_CHARACTER, BIDI_CONTROL,
        INVISIBLE_CHARACTER, RESERVED_CODE
    }

    private final transient Reason reason;

    InvalidTextException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
