package be.digitalkeys.appclient;

/** The app code reads the same backwards. */
public final class PalindromeException extends AppCodeException {

    private static final long serialVersionUID = 1L;

    public PalindromeException() {
        super(AppCodeRule.PALINDROME, "The app code reads the same backwards");
    }
}
