package be.digitalkeys.organisation.store;

/** No context with that id (or not in the expected organisation). */
public final class UnknownContextException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnknownContextException(String contextId) {
        super("Unknown context " + contextId);
    }
}
