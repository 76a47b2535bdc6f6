package be.digitalkeys.organisation.service;

/** No such organisation, context, person or grant in this realm (or the person is not one of the organisation's). */
public final class NotFoundInRealmException extends OrganisationServiceException {

    private static final long serialVersionUID = 1L;

    public NotFoundInRealmException(String reason, String message) {
        super(reason, message);
    }
}
