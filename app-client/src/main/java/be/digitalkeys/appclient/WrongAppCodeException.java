package be.digitalkeys.appclient;

/** The app code typed on the phone is not the one chosen at enrolment; nothing was sent. */
public final class WrongAppCodeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int attemptsLeft;

    public WrongAppCodeException(int attemptsLeft) {
        super("Wrong app code, attempts left: " + attemptsLeft, null, false, false);
        this.attemptsLeft = attemptsLeft;
    }

    /** Wrong codes still allowed before the app blocks itself. */
    public int attemptsLeft() {
        return attemptsLeft;
    }
}
