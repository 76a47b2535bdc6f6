package be.digitalkeys.cardreader;

/** The input has characters other than the digits 0-9, spaces and dashes. */
public final class MalformedCardNumberException extends InvalidCardNumberException {
    private static final long serialVersionUID = 1L;

    public MalformedCardNumberException() {
        super("A card number has only digits, spaces and dashes");
    }
}
