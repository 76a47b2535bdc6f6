package be.digitalkeys.app.push;

/** The push could not be handed over; the message never contains personal data. */
public class PushDeliveryException extends Exception {

    public PushDeliveryException(String message) {
        super(message);
    }

    public PushDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
