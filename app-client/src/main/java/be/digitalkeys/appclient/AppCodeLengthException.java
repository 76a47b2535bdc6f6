package be.digitalkeys.appclient;

/** The app code is not exactly the required number of ASCII digits. */
public final class AppCodeLengthException extends AppCodeException {

    private static final long serialVersionUID = 1L;

    public AppCodeLengthException(int length) {
        super(AppCodeRule.LENGTH, "The app code must be exactly " + length + " digits");
    }
}
