package be.digitalkeys.eid.webeid;

/** The certificate is not an authentication certificate (key usage, extended key usage). */
public final class WrongCertificatePurposeException extends AuthTokenException {

    private static final long serialVersionUID = 1L;

    public WrongCertificatePurposeException(String message) {
        super(message);
    }

    public WrongCertificatePurposeException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Reason reason() {
        return Reason.WRONG_CERTIFICATE_PURPOSE;
    }
}
