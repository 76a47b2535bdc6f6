package be.digitalkeys.tenant;

/** Keycloak's admin API refused a call or could not be reached: exit code {@link TenantCommand#EXIT_SERVER}. */
public final class AdminApiException extends RuntimeException {

    private final int status;

    public AdminApiException(String message, int status) {
        super(message);
        this.status = status;
    }

    public AdminApiException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    /** The HTTP status, or 0 when there was no answer. */
    public int status() {
        return status;
    }
}
