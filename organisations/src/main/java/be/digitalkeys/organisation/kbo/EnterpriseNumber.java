package be.digitalkeys.organisation.kbo;

/**
 * A Belgian enterprise number (KBO/BCE {@code ondernemingsnummer} / {@code numéro d'entreprise}):
 * ten digits starting with 0 or 1, check digits {@code 97 - (first 8 digits mod 97)}, written
 * {@code 0202.239.951}. Establishment units have their own series: {@link EstablishmentNumber}.
 *
 * <p>On a Keycloak Organization the number is kept, digits only, in the attribute
 * {@link #ORGANIZATION_ATTRIBUTE}.
 */
public final class EnterpriseNumber {

    /** Organization attribute holding the enterprise number, digits only ({@code "0202239951"}). */
    public static final String ORGANIZATION_ATTRIBUTE = "dk-kbo";

    /** Inputs longer than this are refused before any cleaning. */
    public static final int MAX_INPUT_LENGTH = KboDigits.MAX_INPUT_LENGTH;

    private final String digits;

    private EnterpriseNumber(String digits) {
        this.digits = digits;
    }

    /** Accepts the ten digits, optionally separated by dots or spaces ({@code "0202.239.951"}). */
    public static EnterpriseNumber parse(String text) throws InvalidEnterpriseNumberException {
        String digits = KboDigits.parse(text, "enterprise number");
        if (digits.charAt(0) != '0' && digits.charAt(0) != '1') {
            throw new InvalidEnterpriseNumberException("Enterprise number must start with 0 or 1");
        }
        return new EnterpriseNumber(digits);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidEnterpriseNumberException e) {
            return false;
        }
    }

    /** The ten digits, no separators: the form stored in {@link #ORGANIZATION_ATTRIBUTE}. */
    public String digits() {
        return digits;
    }

    /** {@code "0202.239.951"}. */
    public String formatted() {
        return KboDigits.formatted(digits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnterpriseNumber other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** The formatted number (public data, nothing to mask). */
    @Override
    public String toString() {
        return formatted();
    }
}
