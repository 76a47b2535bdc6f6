package be.digitalkeys.appclient;

/** The app blocked itself after too many wrong app codes in a row; it must be enrolled again. */
public final class AppBlockedException extends Exception {

    private static final long serialVersionUID = 1L;

    public AppBlockedException() {
        super("The app is blocked after " + AppDevice.MAX_WRONG_CODES + " wrong app codes", null, false, false);
    }
}
