package be.digitalkeys.common;

/** Reading numbers from configuration and session notes, and masking addresses for pages. */
public final class Values {

    private Values() {
    }

    /** The number in {@code value} kept within [min, max]; {@code fallback} when absent or not a number. */
    public static int bounded(String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** A number we wrote ourselves (a session note), 0 when absent. */
    public static int note(String value) {
        return bounded(value, 0, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** A time in milliseconds we wrote ourselves (a store note), 0 when absent or unreadable. */
    public static long millisNote(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** "marie@example.be" becomes "m•••@example.be". */
    public static String maskedEmail(String email) {
        int at = email == null ? -1 : email.indexOf('@');
        return at < 1 ? "•••" : email.charAt(0) + "•••" + email.substring(at);
    }
}
