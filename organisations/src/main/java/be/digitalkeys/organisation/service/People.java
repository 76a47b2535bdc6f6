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

/**
 * Finding people by national register number and pre-registering the unknown.
 *
 * <p>Security (issue 22): finding someone proves only that the manager knows a national number.
 * So the answer says no more than the manager needs to grant a right (the user id; names only of
 * people already tied to this organisation, or what this organisation typed for its own
 * placeholder; never the username), the person does not become a member of the organisation
 * (that happens with the first right or appointment), and the organisation may then act on that
 * person for {@link #FOUND_SECONDS} ({@link #wasFound}). An unknown number gets a placeholder, not
 * an account: a disabled user without credentials, e-mail or names, so it cannot log in, reset a
 * password, receive e-mails or enrol a key; the names the manager typed are kept in untrusted
 * attributes of that organisation only ({@code dk-preregistered-first-name.<orgId>}). It becomes an
 * account when the person proves the number with their eID (the eID step's first-login rule
 * "link" enables it and drops what the manager typed).
 */
public final class People {

    /** User attribute: {@code true} on a placeholder registered by an access manager, not yet linked. */
    public static final String PREREGISTERED_ATTRIBUTE = UserAttributes.PREREGISTERED;
    /** Usernames of pre-registered users: this prefix and a random id, never anything about the person. */
    public static final String USERNAME_PREFIX = "niss-";
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_EMAIL_LENGTH = 254;
    /** How long an organisation may grant a right to (or appoint) a person it found by national number. */
    public static final int FOUND_SECONDS = 3600;
    static final String FIRST_NAME = UserAttributes.PREREGISTERED_PREFIX + "first-name.";
    static final String LAST_NAME = UserAttributes.PREREGISTERED_PREFIX + "last-name.";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Logger LOG = Logger.getLogger(People.class);

    /**
     * What a manager types: the national number, and optionally names for a pre-registration (kept
     * for this organisation's lists only) and an e-mail address (checked, never stored: a placeholder
     * receives no e-mail).
     */
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

    /**
     * The person as the organisation {@code orgId} sees them: a placeholder's names are those this
     * organisation typed (nobody else's), an account's are its own.
     */
    static Views.Person view(UserModel user, String orgId) {
        boolean placeholder = "true".equals(user.getFirstAttribute(PREREGISTERED_ATTRIBUTE));
        if (placeholder && !user.isEnabled()) {
            return new Views.Person(user.getId(), user.getUsername(), user.getFirstAttribute(FIRST_NAME + orgId),
                    user.getFirstAttribute(LAST_NAME + orgId), true);
        }
        return new Views.Person(user.getId(), user.getUsername(), user.getFirstName(), user.getLastName(), placeholder);
    }

    /** Whether a manager of {@code org} found this person by national number within {@link #FOUND_SECONDS}. */
    static boolean wasFound(KeycloakSession session, OrganizationModel org, String userId) {
        // The single-use store is written when the request's transaction commits: a finding made in
        // this very request (the management page's find, then its page) is the session's attribute.
        return session.getAttribute(foundKey(org, userId)) != null || session.singleUseObjects().contains(foundKey(org, userId));
    }

    private static String foundKey(OrganizationModel org, String userId) {
        return "dk-org-found." + org.getId() + "." + userId;
    }

    Views.PersonLink find(OrganizationModel org, NewPerson person) throws OrganisationServiceException {
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
        UserModel user = existing.orElseGet(() -> preRegister(niss, org));
        if ("true".equals(user.getFirstAttribute(PREREGISTERED_ATTRIBUTE)) && !user.isEnabled()) {
            remember(user, FIRST_NAME + org.getId(), firstName);
            remember(user, LAST_NAME + org.getId(), lastName);
        }
        boolean tied = organisations.isPerson(org, user);
        session.singleUseObjects().put(foundKey(org, user.getId()), FOUND_SECONDS, Map.of());
        session.setAttribute(foundKey(org, user.getId()), Boolean.TRUE);
        return new Views.PersonLink(found(org, user, tied), created, tied);
    }

    /**
     * A found person as the finder may see them: never the username; names only of one of the
     * organisation's people, or of a placeholder (then what this organisation typed).
     */
    static Views.Person found(OrganizationModel org, UserModel user, boolean tied) {
        Views.Person seen = view(user, org.getId());
        return tied || seen.preregistered()
                ? new Views.Person(seen.userId(), null, seen.firstName(), seen.lastName(), seen.preregistered())
                : new Views.Person(seen.userId(), null, null, null, false);
    }

    private static void remember(UserModel user, String attribute, String value) {
        if (value != null) {
            user.setSingleAttribute(attribute, value);
        }
    }

    /** A placeholder: disabled, no e-mail, no names, no credentials (see the class comment). */
    private UserModel preRegister(Niss niss, OrganizationModel org) {
        UserModel user = session.users().addUser(realm, USERNAME_PREFIX + UUID.randomUUID());
        user.setEnabled(false);
        user.setSingleAttribute(UserAttributes.NISS, niss.digits());
        user.setSingleAttribute(PREREGISTERED_ATTRIBUTE, "true");
        LOG.infof("Pre-registered user %s (national number %s) for organisation %s", user.getId(), niss.masked(), org.getId());
        Map<String, Object> rep = events.representation(org);
        rep.put("targetUser", AdminEvents.user(user));
        rep.put("niss", niss.masked());
        rep.put("preregistered", true);
        events.send(OperationType.CREATE, AdminEvents.USER, "users/" + user.getId(), rep);
        return user;
    }

    /** The organisation's first right or appointment of a person makes them a member (with an event). */
    void joinOnFirstRight(OrganizationModel org, UserModel user) throws ConflictException {
        if (organisations.isMember(org, user)) {
            return;
        }
        organisations.addMember(org, user);
        Map<String, Object> rep = events.representation(org);
        rep.put("targetUser", AdminEvents.user(user));
        events.send(OperationType.CREATE, AdminEvents.MEMBERSHIP, "organizations/" + org.getId() + "/members/" + user.getId(), rep);
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
