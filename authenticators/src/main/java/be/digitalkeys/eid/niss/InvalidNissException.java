package be.digitalkeys.eid.niss;

/**
 * The text is not a Belgian national register number. The message says why, never which number
 * (it is personal data).
 */
public final class InvalidNissException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidNissException(String message) {
        super(message);
    }
}
