package be.digitalkeys.securitycode;

/** What a person typed cannot be a code of this format; never counted as a wrong code. */
public final class MalformedCodeException extends Exception {

    public enum Reason { EMPTY, WRONG_LENGTH, WRONG_CHARACTERS }

    private final Reason reason;

    public MalformedCodeException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
