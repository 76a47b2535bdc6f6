package be.digitalkeys.organisation.kbo;

/** The text is not a valid enterprise number or establishment unit number (the message never echoes it). */
public final class InvalidEnterpriseNumberException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidEnterpriseNumberException(String message) {
        super(message);
    }
}
