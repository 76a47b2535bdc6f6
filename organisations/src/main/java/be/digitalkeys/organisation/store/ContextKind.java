package be.digitalkeys.organisation.store;

/** Levels of the context tree: organisation (root) → establishments and units → accounts. */
public enum ContextKind {
    ORGANISATION, ESTABLISHMENT, UNIT, ACCOUNT;

    /** Whether a context of this kind may sit directly under one of {@code parent}'s kind. */
    public boolean mayBeChildOf(ContextKind parent) {
        return switch (this) {
            case ORGANISATION -> false;
            case ESTABLISHMENT, UNIT -> parent == ORGANISATION || parent == ESTABLISHMENT || parent == UNIT;
            case ACCOUNT -> parent != ACCOUNT;
        };
    }
}
