package be.digitalkeys.eid.webeid;

/** The signature algorithm is not on the allow-list or does not fit the certificate's key. */
public final class AlgorithmNotAllowedException extends AuthTokenException {

    private static final long serialVersionUID = 1L;

    public AlgorithmNotAllowedException(String message) {
        super(message);
    }

    public AlgorithmNotAllowedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Reason reason() {
        return Reason.ALGORITHM_NOT_ALLOWED;
    }
}
