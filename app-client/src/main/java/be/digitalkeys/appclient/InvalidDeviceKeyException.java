package be.digitalkeys.appclient;

/** The text is not an acceptable device public key; {@link #reason()} says why. */
public final class InvalidDeviceKeyException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the key is refused. */
    public enum Reason {
        /** Missing, longer than the limit, not base64url or not a DER SubjectPublicKeyInfo. */
        MALFORMED,
        /** A valid key of another algorithm (RSA, Ed25519, ...). */
        NOT_EC,
        /** An EC key on another curve than P-256. */
        WRONG_CURVE,
        /** P-256 parameters, but a point that is not on the curve. */
        NOT_ON_CURVE
    }

    private final Reason reason;

    public InvalidDeviceKeyException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
