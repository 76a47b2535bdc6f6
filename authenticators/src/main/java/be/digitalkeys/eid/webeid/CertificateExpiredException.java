package be.digitalkeys.eid.webeid;

/** The certificate's validity ended before the validation time. */
public final class CertificateExpiredException extends AuthTokenException {

    private static final long serialVersionUID = 1L;

    public CertificateExpiredException(String message) {
        super(message);
    }

    public CertificateExpiredException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Reason reason() {
        return Reason.CERTIFICATE_EXPIRED;
    }
}
