package be.digitalkeys.cardreader.ocra;

/**
 * The text is not a valid OCRA suite (RFC 6287 section 6); the message says which part is wrong
 * and what is expected, so it can be shown to the administrator who configured it.
 */
public final class InvalidOcraSuiteException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidOcraSuiteException(String message) {
        super(message);
    }
}
