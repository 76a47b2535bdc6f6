package be.digitalkeys.cardreader;

/**
 * A bank card number of {@value #LENGTH} digits, as printed on Belgian bank cards in groups
 * of 4-4-4-4-1 ({@code 6703 1234 5678 9012 1}). Obtain one from {@link CardNumberParser}, which
 * checks the issuer prefix and the Luhn check digit. {@link #toString()} is masked, so a number
 * never ends up in a log by accident.
 */
public final class CardNumber {

    public static final int LENGTH = 17;
    /** The issuer prefix of Belgian bank cards, pre-filled on the login page. */
    public static final String DEFAULT_ISSUER_PREFIX = "6703";
    /** Digits shown by {@link #masked()} at the start and at the end. */
    static final int VISIBLE_START = 4;
    static final int VISIBLE_END = 2;
    private static final char MASK = '\u2022';

    private final String digits;

    CardNumber(String digits) {
        this.digits = digits;
    }

    /** Reads the number with the defaults: prefix {@value #DEFAULT_ISSUER_PREFIX}, Luhn checked. */
    public static CardNumber parse(String typed) throws InvalidCardNumberException {
        return CardNumberParser.builder().build().parse(typed);
    }

    /** The 17 digits without separators, e.g. to store or to look a card up. */
    public String digits() {
        return digits;
    }

    /** As printed on the card: {@code 6703 1234 5678 9012 1}. */
    public String grouped() {
        return group(digits);
    }

    /** Prefix and last two digits only: {@code 6703 •••• •••• •••2 1}. */
    public String masked() {
        return masked(digits);
    }

    /** {@link #grouped()} for 17 stored digits that need no checking again; anything else unchanged. */
    public static String grouped(String digits) {
        return digits != null && digits.length() == LENGTH ? group(digits) : digits;
    }

    /** {@link #masked()} for 17 stored digits that need no checking again; "" for anything else. */
    public static String masked(String digits) {
        if (digits == null || digits.length() != LENGTH) {
            return "";
        }
        StringBuilder masked = new StringBuilder(digits);
        for (int i = VISIBLE_START; i < LENGTH - VISIBLE_END; i++) {
            masked.setCharAt(i, MASK);
        }
        return group(masked);
    }

    private static String group(CharSequence chars) {
        StringBuilder grouped = new StringBuilder(LENGTH + 4);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                grouped.append(' ');
            }
            grouped.append(chars.charAt(i));
        }
        return grouped.toString();
    }

    /** Whether the last digit is the Luhn (mod 10) check digit of the others. */
    static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CardNumber && ((CardNumber) other).digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
