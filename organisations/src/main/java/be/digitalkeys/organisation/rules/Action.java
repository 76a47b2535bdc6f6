package be.digitalkeys.organisation.rules;

/** What someone may attempt in an organisation's access management. */
public enum Action {
    VIEW_PEOPLE,
    VIEW_RIGHTS,
    APPOINT_MAIN_MANAGER,
    REMOVE_MAIN_MANAGER,
    APPOINT_LOCAL_ADMINISTRATOR,
    REMOVE_LOCAL_ADMINISTRATOR,
    GRANT_RIGHT,
    REVOKE_RIGHT,
    /** Copy a reference user's rights to another user; decided per copied right and its context. */
    COPY_RIGHTS,
    /** Create a sub-context (establishment, unit, account) under the target context. */
    CREATE_CONTEXT;

    /** Only looks: a view-only holder may do these in their contexts. */
    public boolean isView() {
        return this == VIEW_PEOPLE || this == VIEW_RIGHTS;
    }
}
