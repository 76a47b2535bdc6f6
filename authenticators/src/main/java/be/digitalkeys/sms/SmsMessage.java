package be.digitalkeys.sms;

import java.util.Objects;

/**
 * One SMS: the E.164 number, the text (which may hold a code: never log it) and the realm name
 * (may be null). {@link #toString()} shows the masked number only.
 */
public record SmsMessage(String toE164, String text, String realm) {

    public SmsMessage {
        Objects.requireNonNull(toE164, "toE164");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return "SmsMessage[to=" + PhoneNumbers.mask(toE164) + ", realm=" + realm + "]";
    }
}
