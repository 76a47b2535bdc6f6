package be.digitalkeys.organisation.rules;

/** Why an action is refused. */
public enum Refusal {
    /** The target context belongs to another organisation than the actor's. */
    OTHER_ORGANISATION,
    /** The actor has no role in access management (and no view-only right). */
    NOT_A_MANAGER,
    /** The actor is a manager, but the action needs a higher role (e.g. only the legal representative appoints main managers). */
    INSUFFICIENT_ROLE,
    /** The actor is a local administrator (or view-only holder), but not of the target context or one above it. */
    OUTSIDE_ADMINISTERED_CONTEXTS,
    /** Granting oneself a right one does not already hold in that context or one above it, or for longer than one holds it. */
    SELF_GRANT_BEYOND_OWN_RIGHTS,
    /** The actor's only access is a view-only right (CardViewer): they may look, never change. */
    VIEW_ONLY
}
