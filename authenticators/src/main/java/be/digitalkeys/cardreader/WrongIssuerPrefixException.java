package be.digitalkeys.cardreader;

/** The number does not start with the realm's issuer prefix: a card of another bank. */
public final class WrongIssuerPrefixException extends InvalidCardNumberException {
    private static final long serialVersionUID = 1L;

    private final String expectedPrefix;

    public WrongIssuerPrefixException(String expectedPrefix) {
        super("A card number here starts with " + expectedPrefix);
        this.expectedPrefix = expectedPrefix;
    }

    public String expectedPrefix() {
        return expectedPrefix;
    }
}
