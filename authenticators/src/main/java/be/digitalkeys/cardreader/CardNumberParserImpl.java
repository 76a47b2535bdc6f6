package be.digitalkeys.cardreader;

/** See {@link CardNumberParser}. */
final class CardNumberParserImpl implements CardNumberParser {

    private final String issuerPrefix;
    private final boolean checkDigit;

    CardNumberParserImpl(Builder builder) {
        String prefix = builder.issuerPrefix;
        if (prefix == null || prefix.length() >= CardNumber.LENGTH
                || !prefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("Issuer prefix must be 0 to 16 digits");
        }
        this.issuerPrefix = prefix;
        this.checkDigit = builder.checkDigit;
    }

    @Override
    public CardNumber parse(String typed) throws InvalidCardNumberException {
        if (typed == null) {
            throw new WrongCardNumberLengthException(0);
        }
        StringBuilder digits = new StringBuilder(CardNumber.LENGTH);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-')) {
                throw new MalformedCardNumberException();
            }
        }
        if (digits.length() != CardNumber.LENGTH) {
            throw new WrongCardNumberLengthException(digits.length());
        }
        String number = digits.toString();
        if (!number.startsWith(issuerPrefix)) {
            throw new WrongIssuerPrefixException(issuerPrefix);
        }
        if (checkDigit && !CardNumber.luhnValid(number)) {
            throw new WrongCheckDigitException();
        }
        return new CardNumber(number);
    }
}
