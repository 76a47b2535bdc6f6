package be.digitalkeys.organisation.service;

/** The change conflicts with what exists: a context with that code, two users with one national number. */
public final class ConflictException extends OrganisationServiceException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String reason, String message) {
        super(reason, message);
    }
}
