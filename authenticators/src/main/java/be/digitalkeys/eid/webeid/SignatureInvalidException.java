package be.digitalkeys.eid.webeid;

/** The signature does not verify over the expected origin and nonce. */
public final class SignatureInvalidException extends AuthTokenException {

    private static final long serialVersionUID = 1L;

    public SignatureInvalidException(String message) {
        super(message);
    }

    public SignatureInvalidException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Reason reason() {
        return Reason.SIGNATURE_INVALID;
    }
}
