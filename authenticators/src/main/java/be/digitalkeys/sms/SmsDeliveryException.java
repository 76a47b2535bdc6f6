package be.digitalkeys.sms;

/** The gateway did not take the SMS; the message names neither the text nor the full number. */
public final class SmsDeliveryException extends Exception {

    public SmsDeliveryException(String message) {
        super(message);
    }

    public SmsDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
