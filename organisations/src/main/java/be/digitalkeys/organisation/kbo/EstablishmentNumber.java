package be.digitalkeys.organisation.kbo;

/**
 * A KBO/BCE establishment unit number ({@code vestigingseenheidsnummer} / {@code numéro d'unité
 * d'établissement}): ten digits starting with 2 to 8, same mod-97 check digits as the enterprise
 * number, written {@code 2.123.456.789}. Used as the code of an establishment context.
 */
public final class EstablishmentNumber {

    /** Inputs longer than this are refused before any cleaning. */
    public static final int MAX_INPUT_LENGTH = KboDigits.MAX_INPUT_LENGTH;

    private final String digits;

    private EstablishmentNumber(String digits) {
        this.digits = digits;
    }

    /** Accepts the ten digits, optionally separated by dots or spaces ({@code "2.123.456.789"}). */
    public static EstablishmentNumber parse(String text) throws InvalidEnterpriseNumberException {
        String digits = KboDigits.parse(text, "establishment unit number");
        if (digits.charAt(0) < '2' || digits.charAt(0) > '8') {
            throw new InvalidEnterpriseNumberException("Establishment unit number must start with 2 to 8");
        }
        return new EstablishmentNumber(digits);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidEnterpriseNumberException e) {
            return false;
        }
    }

    /** The ten digits, no separators. */
    public String digits() {
        return digits;
    }

    /** {@code "2.123.456.789"}. */
    public String formatted() {
        return digits.charAt(0) + "." + digits.substring(1, 4) + '.' + digits.substring(4, 7) + '.' + digits.substring(7);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EstablishmentNumber other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return formatted();
    }
}
