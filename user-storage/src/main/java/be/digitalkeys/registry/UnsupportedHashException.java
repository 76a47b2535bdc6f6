package be.digitalkeys.registry;

/** A legacy password hash in a format we do not verify (the login is refused, the reason logged). */
public final class UnsupportedHashException extends Exception {

    public UnsupportedHashException(String message) {
        super(message);
    }
}
