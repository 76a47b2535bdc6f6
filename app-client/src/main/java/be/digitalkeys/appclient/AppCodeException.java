package be.digitalkeys.appclient;

/**
 * The chosen app code breaks one of the {@link AppCodeRule}s; the subclass and {@link #rule()}
 * say which. The message never contains the code.
 */
public class AppCodeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final AppCodeRule rule;

    protected AppCodeException(AppCodeRule rule, String message) {
        super(message, null, false, false);
        this.rule = rule;
    }

    /** The rule the code breaks. */
    public AppCodeRule rule() {
        return rule;
    }
}
