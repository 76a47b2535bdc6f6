package be.digitalkeys.eid.niss;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A Belgian national register number (NISS / INSZ / RRN), BIS numbers included.
 *
 * <p>Layout {@code YYMMDD SSS CC}: birth date, sequence (odd for men, even for women), check
 * digits. {@code CC = 97 - (YYMMDDSSS mod 97)} for people born before 2000; for births from
 * 2000 on the same formula is applied to {@code 2YYMMDDSSS}, which is also how the century is
 * told apart. BIS numbers add 20 (gender unknown) or 40 (gender known) to the month. A day or
 * month of {@code 00} means the birth date is (partly) unknown.
 *
 * <p>{@link #toString()} is the masked form, so a {@code Niss} never ends up in a log in clear.
 */
public final class Niss {

    /** Inputs longer than this are refused before any cleaning. */
    public static final int MAX_INPUT_LENGTH = 32;

    private static final long CENTURY_2000_PREFIX = 2_000_000_000L;

    private final String digits;
    private final boolean bornFrom2000;

    private Niss(String digits, boolean bornFrom2000) {
        this.digits = digits;
        this.bornFrom2000 = bornFrom2000;
    }

    /**
     * Accepts the 11 digits, optionally separated by dots, dashes or spaces
     * ({@code "85.07.30-033.28"}).
     */
    public static Niss parse(String text) throws InvalidNissException {
        if (text == null || text.isEmpty()) {
            throw new InvalidNissException("No national register number given");
        }
        if (text.length() > MAX_INPUT_LENGTH) {
            throw new InvalidNissException("National register number input too long");
        }
        StringBuilder clean = new StringBuilder(11);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                clean.append(c);
            } else if (c != '.' && c != '-' && c != ' ') {
                throw new InvalidNissException("National register number contains an invalid character");
            }
        }
        if (clean.length() != 11) {
            throw new InvalidNissException("National register number must have 11 digits");
        }
        String digits = clean.toString();
        int month = Integer.parseInt(digits.substring(2, 4));
        int day = Integer.parseInt(digits.substring(4, 6));
        if (!validMonth(month) || day > 31) {
            throw new InvalidNissException("National register number has an impossible birth date");
        }
        long base = Long.parseLong(digits.substring(0, 9));
        int check = Integer.parseInt(digits.substring(9));
        if (checkDigits(base) == check) {
            return new Niss(digits, false);
        }
        if (checkDigits(CENTURY_2000_PREFIX + base) == check) {
            return new Niss(digits, true);
        }
        throw new InvalidNissException("National register number check digits do not match");
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidNissException e) {
            return false;
        }
    }

    private static int checkDigits(long value) {
        return (int) (97 - value % 97);
    }

    private static boolean validMonth(int month) {
        return month <= 12 || (month >= 20 && month <= 32) || (month >= 40 && month <= 52);
    }

    /** The 11 digits, no separators. */
    public String digits() {
        return digits;
    }

    /** A BIS number (month + 20 or + 40): someone not (or not yet) in the national register. */
    public boolean isBis() {
        return rawMonth() >= 20;
    }

    /** Empty when the day or the month is unknown ({@code 00}) or the date does not exist. */
    public Optional<LocalDate> birthDate() {
        int month = rawMonth() % 20;
        int day = Integer.parseInt(digits.substring(4, 6));
        if (month == 0 || day == 0) {
            return Optional.empty();
        }
        int year = (bornFrom2000 ? 2000 : 1900) + Integer.parseInt(digits.substring(0, 2));
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@code "85.07.30-033.28"}. */
    public String formatted() {
        return digits.substring(0, 2) + '.' + digits.substring(2, 4) + '.' + digits.substring(4, 6)
                + '-' + digits.substring(6, 9) + '.' + digits.substring(9);
    }

    /** For logs: {@code "85.07.30-xxx.xx"}. */
    public String masked() {
        return digits.substring(0, 2) + '.' + digits.substring(2, 4) + '.' + digits.substring(4, 6)
                + "-xxx.xx";
    }

    private int rawMonth() {
        return Integer.parseInt(digits.substring(2, 4));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Niss other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** The masked form; use {@link #digits()} for the number itself. */
    @Override
    public String toString() {
        return masked();
    }
}
