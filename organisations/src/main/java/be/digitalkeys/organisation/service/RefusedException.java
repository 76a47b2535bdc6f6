package be.digitalkeys.organisation.service;

import be.digitalkeys.organisation.rules.Refusal;

/**
 * The access rules (or the realm-administrator check) refused the action; {@link #reason()} is the
 * {@link Refusal} name, or {@value #NOT_A_REALM_ADMINISTRATOR}.
 */
public final class RefusedException extends OrganisationServiceException {

    private static final long serialVersionUID = 1L;

    /** Setting a legal representative needs a realm administrator (manage-users), not an organisation role. */
    public static final String NOT_A_REALM_ADMINISTRATOR = "NOT_A_REALM_ADMINISTRATOR";

    public RefusedException(Refusal refusal) {
        super(refusal.name(), "Refused by the access rules: " + refusal);
    }

    public RefusedException(String reason, String message) {
        super(reason, message);
    }
}
