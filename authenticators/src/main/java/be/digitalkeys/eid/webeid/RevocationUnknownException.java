package be.digitalkeys.eid.webeid;

/** The OCSP responder does not know the certificate. */
public final class RevocationUnknownException extends AuthTokenException {

    private static final long serialVersionUID = 1L;

    public RevocationUnknownException(String message) {
        super(message);
    }

    public RevocationUnknownException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Reason reason() {
        return Reason.REVOCATION_UNKNOWN;
    }
}
