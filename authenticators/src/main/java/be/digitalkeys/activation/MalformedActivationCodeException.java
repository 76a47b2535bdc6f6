package be.digitalkeys.activation;

/** What was typed cannot be an activation code; counted by the rate limit, never logged. */
public final class MalformedActivationCodeException extends Exception {

    public enum Reason { EMPTY, WRONG_LENGTH, WRONG_CHARACTERS }

    private final Reason reason;

    public MalformedActivationCodeException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
