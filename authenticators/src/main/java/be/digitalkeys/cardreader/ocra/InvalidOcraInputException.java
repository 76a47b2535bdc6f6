package be.digitalkeys.cardreader.ocra;

/**
 * The computation inputs do not fit the suite: a counter, PIN, session or time the suite needs is
 * missing, a PIN hash has the wrong length, session data is too long, or the key is empty. This
 * is a mismatch between the configured suite and the stored card data, not a user error.
 */
public final class InvalidOcraInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidOcraInputException(String message) {
        super(message);
    }
}
