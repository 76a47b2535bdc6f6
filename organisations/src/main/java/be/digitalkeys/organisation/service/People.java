package be.digitalkeys.organisation.service;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import be.digitalkeys.common.UserAttributes;
import be.digitalkeys.common.UserLookup;
import be.digitalkeys.eid.niss.InvalidNissException;
import be.digitalkeys.eid.niss.Niss;

/** Finding people by national register number, pre-registering the unknown, linking them to an organisation. */
public final class People {

    /** User attribute: {@code true} on a user created by an access manager, not yet logged in (linked at the first eID or app login). */
    public static final String PREREGISTERED_ATTRIBUTE = "dk-preregistered";
    /** Usernames of pre-registered users: this prefix and a random id, never anything about the person. */
    public static final String USERNAME_PREFIX = "niss-";
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_EMAIL_LENGTH = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Logger LOG = Logger.getLogger(People.class);

    /** What a manager types: the national number, and optionally a name and e-mail for a pre-registration. */
    public record NewPerson(String niss, String firstName, String lastName, String email) {
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Organisations organisations;
    private final AdminEvents events;

    People(KeycloakSession session, RealmModel realm, Organisations organisations, AdminEvents events) {
        this.session = session;
        this.realm = realm;
        this.organisations = organisations;
        this.events = events;
    }

    static Views.Person view(UserModel user) {
        return new Views.Person(user.getId(), user.getUsername(), user.getFirstName(), user.getLastName(),
                "true".equals(user.getFirstAttribute(PREREGISTERED_ATTRIBUTE)));
    }

    Views.PersonLink findOrPreRegister(OrganizationModel org, NewPerson person) throws OrganisationServiceException {
        Niss niss;
        try {
            niss = Niss.parse(person.niss());
        } catch (InvalidNissException e) {
            throw new InvalidRequestException("INVALID_NISS", e.getMessage());
        }
        String firstName = optional(person.firstName(), MAX_NAME_LENGTH, "firstName");
        String lastName = optional(person.lastName(), MAX_NAME_LENGTH, "lastName");
        String email = optional(person.email(), MAX_EMAIL_LENGTH, "email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidRequestException("INVALID_FIELD", "email is not an e-mail address");
        }
        Optional<UserModel> existing;
        try {
            existing = UserLookup.byNiss(session, realm, niss.digits());
        } catch (ModelDuplicateException e) {
            throw new ConflictException("DUPLICATE_NISS", "More than one user has this national register number");
        }
        boolean created = existing.isEmpty();
        UserModel user = existing.orElseGet(() -> preRegister(niss, firstName, lastName, email, org));
        boolean linked = false;
        if (!organisations.isMember(org, user)) {
            organisations.addMember(org, user);
            linked = true;
            Map<String, Object> rep = events.representation(org);
            rep.put("targetUser", AdminEvents.user(user));
            rep.put("niss", niss.masked());
            events.send(OperationType.CREATE, AdminEvents.MEMBERSHIP, "organizations/" + org.getId() + "/members/" + user.getId(), rep);
        }
        return new Views.PersonLink(view(user), created, linked);
    }

    private UserModel preRegister(Niss niss, String firstName, String lastName, String email, OrganizationModel org) {
        UserModel user = session.users().addUser(realm, USERNAME_PREFIX + UUID.randomUUID());
        user.setEnabled(true);
        user.setSingleAttribute(UserAttributes.NISS, niss.digits());
        user.setSingleAttribute(PREREGISTERED_ATTRIBUTE, "true");
        user.setFirstName(firstName);
        user.setLastName(lastName);
        if (email != null) {
            user.setEmail(email);
        }
        LOG.infof("Pre-registered user %s (national number %s) for organisation %s", user.getId(), niss.masked(), org.getId());
        Map<String, Object> rep = events.representation(org);
        rep.put("targetUser", AdminEvents.user(user));
        rep.put("niss", niss.masked());
        rep.put("preregistered", true);
        events.send(OperationType.CREATE, AdminEvents.USER, "users/" + user.getId(), rep);
        return user;
    }

    private static String optional(String value, int max, String field) throws InvalidRequestException {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new InvalidRequestException("FIELD_TOO_LONG", field + " is longer than " + max + " characters");
        }
        return value.strip();
    }
}
