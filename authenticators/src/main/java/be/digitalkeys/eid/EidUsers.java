package be.digitalkeys.eid;

import java.util.Optional;

import be.digitalkeys.common.UserAttributes;
import be.digitalkeys.common.UserLookup;
import be.digitalkeys.eid.webeid.ValidatedEid;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.storage.ReadOnlyException;

/**
 * The account of a validated card, found by the national register number (never by name), and
 * what a first login does with a number no account has used with its eID yet.
 */
final class EidUsers {

    /** User attribute: when the account first logged in with its eID (epoch seconds). */
    static final String LINKED = UserAttributes.EID_LINKED_AT;

    private EidUsers() {
    }

    /** The account, or empty when the first-login rule refuses this card. */
    static Optional<UserModel> accountOf(KeycloakSession session, RealmModel realm, ValidatedEid eid, EidConfig.FirstLogin rule,
            String locale) {
        Optional<UserModel> found = UserLookup.byNiss(session, realm, eid.niss());
        if (found.isPresent()) {
            UserModel user = found.get();
            if (user.getFirstAttribute(LINKED) != null) {
                return found;
            }
            if (rule == EidConfig.FirstLogin.REFUSE) {
                return Optional.empty();
            }
            link(user, eid);
            return found;
        }
        if (rule != EidConfig.FirstLogin.CREATE) {
            return Optional.empty();
        }
        UserModel user = session.users().addUser(realm, "eid-" + KeycloakModelUtils.generateId());
        user.setEnabled(true);
        user.setSingleAttribute(UserAttributes.NISS, eid.niss());
        if (locale != null) {
            user.setSingleAttribute(UserModel.LOCALE, locale);
        }
        user.grantRole(realm.getDefaultRole());
        link(user, eid);
        return Optional.of(user);
    }

    /**
     * First eID login of an account: names as printed on the card (NFC), and the link date. A
     * placeholder an organisation pre-registered with this number becomes an account here, and only
     * here: the card proves the number; what the manager typed is dropped.
     */
    private static void link(UserModel user, ValidatedEid eid) {
        try {
            if ("true".equals(user.getFirstAttribute(UserAttributes.PREREGISTERED))) {
                user.getAttributes().keySet().stream().filter(k -> k.startsWith(UserAttributes.PREREGISTERED_PREFIX)).toList()
                        .forEach(user::removeAttribute);
                user.setEnabled(true);
            }
            if (user.getFirstName() == null || user.getFirstName().isBlank()) {
                user.setFirstName(eid.givenNames());
            }
            if (user.getLastName() == null || user.getLastName().isBlank()) {
                user.setLastName(eid.surname());
            }
            user.setSingleAttribute(LINKED, String.valueOf(Time.currentTime()));
        } catch (ModelException | ReadOnlyException | UnsupportedOperationException e) {
            // A read-only user storage (the registry) keeps its own names; the login goes on.
        }
    }
}
