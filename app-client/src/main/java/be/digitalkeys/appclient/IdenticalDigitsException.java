package be.digitalkeys.appclient;

/** The app code has two identical digits next to each other. */
public final class IdenticalDigitsException extends AppCodeException {

    private static final long serialVersionUID = 1L;

    public IdenticalDigitsException() {
        super(AppCodeRule.IDENTICAL_DIGITS, "The app code has two identical digits next to each other");
    }
}
