package be.digitalkeys.organisation.store;

/** The organisation already has a context of that kind with that code. */
public final class ContextAlreadyExistsException extends Exception {

    private static final long serialVersionUID = 1L;

    private final OrgContext existing;

    public ContextAlreadyExistsException(OrgContext existing) {
        super("The organisation already has a " + existing.kind() + " context with code " + existing.code());
        this.existing = existing;
    }

    public OrgContext existing() {
        return existing;
    }
}
