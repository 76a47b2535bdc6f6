package be.digitalkeys.eid.webeid;

/** The certificate is not a parseable X.509 certificate. */
public final class CertificateMalformedException extends AuthTokenException {

    private static final long serialVersionUID = 1L;

    public CertificateMalformedException(String message) {
        super(message);
    }

    public CertificateMalformedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Reason reason() {
        return Reason.CERTIFICATE_MALFORMED;
    }
}
