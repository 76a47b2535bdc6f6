package be.digitalkeys.eid.webeid;

/** The token's {@code format} is missing or not a Web eID 1.x format. */
public final class UnsupportedFormatException extends AuthTokenException {

    private static final long serialVersionUID = 1L;

    public UnsupportedFormatException(String message) {
        super(message);
    }

    public UnsupportedFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Reason reason() {
        return Reason.UNSUPPORTED_FORMAT;
    }
}
