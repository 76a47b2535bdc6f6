package be.digitalkeys.cardreader;

/** The last digit is not the Luhn check digit of the others: a typing mistake. */
public final class WrongCheckDigitException extends InvalidCardNumberException {
    private static final long serialVersionUID = 1L;

    public WrongCheckDigitException() {
        super("The card number's check digit does not match");
    }
}
