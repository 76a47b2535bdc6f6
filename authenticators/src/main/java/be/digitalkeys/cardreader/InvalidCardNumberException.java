package be.digitalkeys.cardreader;

/**
 * What the user typed is not a card number this realm accepts. Catch this type to show one field
 * error, or a subtype to say precisely what is wrong. Messages never repeat the number.
 */
public abstract sealed class InvalidCardNumberException extends Exception
        permits MalformedCardNumberException, WrongCardNumberLengthException,
                WrongIssuerPrefixException, WrongCheckDigitException {
    private static final long serialVersionUID = 1L;

    InvalidCardNumberException(String message) {
        super(message, null, false, false);
    }
}
