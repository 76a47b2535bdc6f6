package be.digitalkeys.eid.webeid;

/** The OCSP responder says the certificate is revoked. */
public final class CertificateRevokedException extends AuthTokenException {

    private static final long serialVersionUID = 1L;

    public CertificateRevokedException(String message) {
        super(message);
    }

    public CertificateRevokedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Reason reason() {
        return Reason.CERTIFICATE_REVOKED;
    }
}
