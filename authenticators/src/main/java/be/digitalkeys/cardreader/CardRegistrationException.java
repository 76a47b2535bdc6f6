package be.digitalkeys.cardreader;

/** A card registration, replacement or unblocking refused; {@link #code()} names the reason for API clients. */
public final class CardRegistrationException extends Exception {

    private final String code;
    private final int status;

    public CardRegistrationException(String code, int status, String message) {
        super(message);
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    /** The HTTP status the admin API answers with. */
    public int status() {
        return status;
    }
}
