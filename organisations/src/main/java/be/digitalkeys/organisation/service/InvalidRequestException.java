package be.digitalkeys.organisation.service;

/** Malformed input: a bad national register or enterprise number, an unknown right, a field too long, a past end date. */
public final class InvalidRequestException extends OrganisationServiceException {

    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String reason, String message) {
        super(reason, message);
    }
}
