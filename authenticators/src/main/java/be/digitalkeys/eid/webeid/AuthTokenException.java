package be.digitalkeys.eid.webeid;

/**
 * A Web eID authentication token was refused. One concrete subclass per {@link Reason}.
 * Messages never contain the token nor a national register number in clear.
 */
public abstract class AuthTokenException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the token was refused. */
    public enum Reason {
        MALFORMED_TOKEN,
        UNSUPPORTED_FORMAT,
        ALGORITHM_NOT_ALLOWED,
        CERTIFICATE_MALFORMED,
        CERTIFICATE_EXPIRED,
        CERTIFICATE_NOT_YET_VALID,
        WRONG_CERTIFICATE_PURPOSE,
        NOT_TRUSTED,
        NOT_A_BELGIAN_EID,
        CERTIFICATE_REVOKED,
        REVOCATION_UNKNOWN,
        REVOCATION_UNAVAILABLE,
        SIGNATURE_INVALID
    }

    protected AuthTokenException(String message) {
        super(message);
    }

    protected AuthTokenException(String message, Throwable cause) {
        super(message, cause);
    }

    public abstract Reason reason();
}
