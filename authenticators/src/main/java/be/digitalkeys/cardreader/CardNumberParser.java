package be.digitalkeys.cardreader;

/**
 * Reads a card number as a user types it: spaces (also non-breaking) and dashes are ignored,
 * then the number must have {@value CardNumber#LENGTH} digits, start with the issuer prefix and,
 * unless turned off, end with a valid Luhn check digit. Checks run in that order.
 */
public interface CardNumberParser {

    /**
     * @throws MalformedCardNumberException characters other than digits, spaces and dashes
     * @throws WrongCardNumberLengthException not 17 digits (also for null or blank input)
     * @throws WrongIssuerPrefixException another issuer's card
     * @throws WrongCheckDigitException the Luhn check digit does not match
     */
    CardNumber parse(String typed) throws InvalidCardNumberException;

    static Builder builder() {
        return new Builder();
    }

    /** Per-realm settings. */
    final class Builder {
        String issuerPrefix = CardNumber.DEFAULT_ISSUER_PREFIX;
        boolean checkDigit = true;

        private Builder() {
        }

        /** Digits every number must start with; empty accepts any issuer. */
        public Builder issuerPrefix(String issuerPrefix) {
            this.issuerPrefix = issuerPrefix;
            return this;
        }

        /** Whether the Luhn check digit is verified (default on). */
        public Builder checkDigit(boolean checkDigit) {
            this.checkDigit = checkDigit;
            return this;
        }

        public CardNumberParser build() {
            return new CardNumberParserImpl(this);
        }
    }
}
