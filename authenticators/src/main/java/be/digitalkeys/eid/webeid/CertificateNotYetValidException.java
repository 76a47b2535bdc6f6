package be.digitalkeys.eid.webeid;

/** The certificate's validity starts after the validation time. */
public final class CertificateNotYetValidException extends AuthTokenException {

    private static final long serialVersionUID = 1L;

    public CertificateNotYetValidException(String message) {
        super(message);
    }

    public CertificateNotYetValidException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Reason reason() {
        return Reason.CERTIFICATE_NOT_YET_VALID;
    }
}
