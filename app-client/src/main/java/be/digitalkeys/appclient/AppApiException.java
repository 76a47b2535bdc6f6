package be.digitalkeys.appclient;

/**
 * The app API answered with an error status; carries the status and the JSON error
 * {@code {"error": "...", "attemptsLeft": n}} of the OpenAPI schema {@code Error}.
 */
public final class AppApiException extends Exception {

    private static final long serialVersionUID = 1L;

    /** {@link #error()} when the answer carried no JSON error (e.g. an HTML page from a proxy). */
    public static final String NO_ERROR_CODE = "no_error_code";

    private final int status;
    private final String error;
    private final Integer attemptsLeft;

    public AppApiException(int status, String error, Integer attemptsLeft) {
        this(status, error, attemptsLeft, "");
    }

    AppApiException(int status, String error, Integer attemptsLeft, String detail) {
        super("HTTP " + status + " " + (error == null ? NO_ERROR_CODE : error)
                + (attemptsLeft == null ? "" : " (attempts left: " + attemptsLeft + ")") + detail, null, false, false);
        this.status = status;
        this.error = error == null ? NO_ERROR_CODE : error;
        this.attemptsLeft = attemptsLeft;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The {@code error} code of the answer, or {@link #NO_ERROR_CODE}. */
    public String error() {
        return error;
    }

    /** {@code attemptsLeft} of the answer (a wrong SMS code), or null when it has none. */
    public Integer attemptsLeft() {
        return attemptsLeft;
    }
}
