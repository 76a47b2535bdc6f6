package be.digitalkeys.eid.webeid;

/** The subject is not that of a Belgian eID (country, national register number, names). */
public final class NotABelgianEidException extends AuthTokenException {

    private static final long serialVersionUID = 1L;

    public NotABelgianEidException(String message) {
        super(message);
    }

    public NotABelgianEidException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Reason reason() {
        return Reason.NOT_A_BELGIAN_EID;
    }
}
