package be.digitalkeys.sms;

/** What was typed is not a phone number we can send to; the message never contains the number. */
public final class InvalidPhoneNumberException extends Exception {

    public enum Reason { EMPTY, TOO_LONG, NOT_A_NUMBER, INVALID }

    private final Reason reason;

    public InvalidPhoneNumberException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
