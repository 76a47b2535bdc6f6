package be.digitalkeys.cardreader;

/** The input does not have {@value CardNumber#LENGTH} digits (0 for an empty input). */
public final class WrongCardNumberLengthException extends InvalidCardNumberException {
    private static final long serialVersionUID = 1L;

    private final int digitCount;

    public WrongCardNumberLengthException(int digitCount) {
        super("A card number has " + CardNumber.LENGTH + " digits, got " + digitCount);
        this.digitCount = digitCount;
    }

    /** How many digits were typed; 0 means nothing was. */
    public int digitCount() {
        return digitCount;
    }
}
