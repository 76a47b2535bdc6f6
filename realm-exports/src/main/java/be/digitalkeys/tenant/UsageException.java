package be.digitalkeys.tenant;

/** A wrong or missing option: the command prints the message and exits with {@link TenantCommand#EXIT_USAGE}. */
public final class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }
}
