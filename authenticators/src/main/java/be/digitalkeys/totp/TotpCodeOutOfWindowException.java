package be.digitalkeys.totp;

/**
 * The code is a real code of this secret, but for a time step outside the accepted window:
 * an old code, or a device whose clock is wrong.
 */
public final class TotpCodeOutOfWindowException extends Exception {
    private static final long serialVersionUID = 1L;
    private final long stepOffset;

    public TotpCodeOutOfWindowException(long stepOffset) {
        super("TOTP code outside the accepted window", null, false, false);
        this.stepOffset = stepOffset;
    }

    /** Negative: the code is older than the window (or the device clock is late). */
    public long stepOffset() {
        return stepOffset;
    }
}
