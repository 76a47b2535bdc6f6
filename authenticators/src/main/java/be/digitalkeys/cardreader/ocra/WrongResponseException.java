package be.digitalkeys.cardreader.ocra;

/**
 * A well-formed response that matches no counter of the look-ahead window and no time step of
 * the time window: a wrong PIN on the reader, a mistyped challenge or response, or another card.
 */
public final class WrongResponseException extends Exception {
    private static final long serialVersionUID = 1L;

    public WrongResponseException() {
        super("OCRA response does not match", null, false, false);
    }
}
