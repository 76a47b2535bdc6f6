package be.digitalkeys.appclient;

/** A {@link SignedMessage} is refused; {@link #reason()} says why. */
public final class BadSignatureException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the message is refused. */
    public enum Reason {
        /** Missing parts, or payload or signature not base64url without padding. */
        MALFORMED,
        /** The payload is longer than {@link DeviceKeys#MAX_PAYLOAD_BYTES}. */
        PAYLOAD_TOO_LARGE,
        /** The signature is not exactly 64 bytes (P1363 r‖s of P-256). */
        WRONG_SIGNATURE_LENGTH,
        /** The signature does not verify with the key. */
        DOES_NOT_VERIFY
    }

    private final Reason reason;

    public BadSignatureException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
