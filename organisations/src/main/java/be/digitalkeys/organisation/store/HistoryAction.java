package be.digitalkeys.organisation.store;

/** What a history entry records. */
public enum HistoryAction {
    CONTEXT_CREATED,
    RIGHT_GRANTED,
    /** An existing grant got a new end date (or lost it). */
    GRANT_UPDATED,
    RIGHT_REVOKED,
    /** Rights copied from a reference user; the copied grants have their own RIGHT_GRANTED entries. */
    RIGHTS_COPIED,
    APPOINTED,
    APPOINTMENT_REMOVED,
    /** A person pre-registered by national number logged in for the first time (eID or security code). */
    LINKED
}
