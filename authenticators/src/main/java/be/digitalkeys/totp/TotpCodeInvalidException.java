package be.digitalkeys.totp;

/** The code matches no time step near the server time. */
public final class TotpCodeInvalidException extends Exception {
    private static final long serialVersionUID = 1L;

    public TotpCodeInvalidException() {
        super("TOTP code does not match", null, false, false);
    }
}
