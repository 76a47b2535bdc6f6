package be.digitalkeys.eid.webeid;

/** No chain from the certificate to a trust anchor (checked by key, not by name). */
public final class CertificateNotTrustedException extends AuthTokenException {

    private static final long serialVersionUID = 1L;

    public CertificateNotTrustedException(String message) {
        super(message);
    }

    public CertificateNotTrustedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Reason reason() {
        return Reason.NOT_TRUSTED;
    }
}
