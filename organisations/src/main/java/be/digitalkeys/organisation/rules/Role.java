package be.digitalkeys.organisation.rules;

/** What someone is in an organisation's access management. */
public enum Role {
    /** From the enterprise registry, or set by a realm admin: appoints and removes main access managers. */
    LEGAL_REPRESENTATIVE,
    /** Appoints local administrators and grants or revokes any right in the organisation. */
    MAIN_ACCESS_MANAGER,
    /** Grants or revokes rights only in the contexts they administer (and the contexts below). */
    LOCAL_ADMINISTRATOR,
    /** No role in access management (may still hold rights, and see their own). */
    USER;

    /** The roles stored as appointments ({@link #USER} is the absence of one). */
    public boolean isAppointed() {
        return this != USER;
    }

    /** Appointed on the organisation as a whole (its root context), not on a sub-context. */
    public boolean isOrganisationWide() {
        return this == LEGAL_REPRESENTATIVE || this == MAIN_ACCESS_MANAGER;
    }
}
