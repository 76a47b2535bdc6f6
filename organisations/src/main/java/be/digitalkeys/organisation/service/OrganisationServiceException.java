package be.digitalkeys.organisation.service;

/**
 * Why {@link OrganisationService} did not do what was asked. Nothing was changed. The subclasses
 * say what kind of failure it is (the REST API maps each to one HTTP status), {@link #reason()} a
 * stable code for clients; messages never contain a national register number.
 */
public abstract sealed class OrganisationServiceException extends Exception
        permits InvalidRequestException, NotFoundInRealmException, RefusedException, ConflictException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    OrganisationServiceException(String reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    /** Stable code: {@code INVALID_NISS}, {@code OTHER_ORGANISATION}, {@code UNKNOWN_CONTEXT}, ... */
    public String reason() {
        return reason;
    }
}
