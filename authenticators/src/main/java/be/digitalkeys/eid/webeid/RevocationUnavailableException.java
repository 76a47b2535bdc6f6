package be.digitalkeys.eid.webeid;

/** No trustworthy OCSP answer could be had (and the check is fail-closed). */
public final class RevocationUnavailableException extends AuthTokenException {

    private static final long serialVersionUID = 1L;

    public RevocationUnavailableException(String message) {
        super(message);
    }

    public RevocationUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Reason reason() {
        return Reason.REVOCATION_UNAVAILABLE;
    }
}
