package be.digitalkeys.sms;

/** What was typed is not a phone number we can send to; the message never contains the number. */
public final class InvalidPhoneNumberException extends Exception {

    public enum Reason {
        /** Nothing typed. */
        EMPTY,
        /** More than 32 characters typed. */
        TOO_LONG,
        /** Letters or other characters, or libphonenumber could not read it. */
        NOT_A_NUMBER,
        /** Read, but no such number exists in its country's numbering plan. */
        INVALID
    }

    private final Reason reason;

    public InvalidPhoneNumberException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
