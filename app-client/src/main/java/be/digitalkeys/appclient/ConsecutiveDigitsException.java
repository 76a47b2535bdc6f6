package be.digitalkeys.appclient;

/** The app code has a run of three consecutive ascending or descending digits. */
public final class ConsecutiveDigitsException extends AppCodeException {

    private static final long serialVersionUID = 1L;

    public ConsecutiveDigitsException() {
        super(AppCodeRule.CONSECUTIVE_DIGITS, "The app code has three consecutive digits");
    }
}
