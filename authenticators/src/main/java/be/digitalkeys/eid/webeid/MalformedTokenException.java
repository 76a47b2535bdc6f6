package be.digitalkeys.eid.webeid;

/** The token is too long, not a JSON object with the expected string fields, or not valid base64. */
public final class MalformedTokenException extends AuthTokenException {

    private static final long serialVersionUID = 1L;

    public MalformedTokenException(String message) {
        super(message);
    }

    public MalformedTokenException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Reason reason() {
        return Reason.MALFORMED_TOKEN;
    }
}
