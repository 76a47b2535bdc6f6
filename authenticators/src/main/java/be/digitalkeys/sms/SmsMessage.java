package be.digitalkeys.sms;

/** One SMS: the E.164 number, the text (which may hold a code: never log it) and the realm. */
public record SmsMessage(String toE164, String text, String realm) {

    @Override
    public String toString() {
        return "SmsMessage[to=" + PhoneNumbers.mask(toE164) + ", realm=" + realm + "]";
    }
}
