package be.digitalkeys.organisation.login;

import java.util.Set;
import java.util.TreeSet;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import be.digitalkeys.common.UserAttributes;

import be.digitalkeys.organisation.store.Appointment;
import be.digitalkeys.organisation.store.Grant;
import be.digitalkeys.organisation.store.HistoryAction;
import be.digitalkeys.organisation.store.OrganisationStore;

/**
 * A person an access manager registered by national number before they ever logged in: a disabled
 * placeholder with the attributes {@code niss} and {@link #ATTRIBUTE} = {@code true} and no
 * credentials. Only the eID step (first-login rule "link") turns it into an account, the card
 * proving the number; the first login that then reaches the context step removes the mark and
 * writes {@link HistoryAction#LINKED} in the history of every organisation where they hold a right
 * or an appointment.
 */
final class PreRegistration {

    /** User attribute set by the organisations API on people registered by national number. */
    static final String ATTRIBUTE = UserAttributes.PREREGISTERED;

    private PreRegistration() {
    }

    /** Links a pre-registered user at their first login; false when there was nothing to link. */
    static boolean linkIfPreRegistered(KeycloakSession session, RealmModel realm, UserModel user) {
        if (!"true".equalsIgnoreCase(user.getFirstAttribute(ATTRIBUTE)) || !user.isEnabled()) {
            return false;
        }
        user.removeAttribute(ATTRIBUTE);
        user.getAttributes().keySet().stream().filter(k -> k.startsWith(UserAttributes.PREREGISTERED_PREFIX)).toList()
                .forEach(user::removeAttribute);
        OrganisationStore store = OrganisationStore.of(session);
        Set<String> organisations = new TreeSet<>();
        store.grants().ofUserInRealm(realm.getId(), user.getId()).stream().map(Grant::organizationId).forEach(organisations::add);
        store.appointments().ofUserInRealm(realm.getId(), user.getId()).stream().map(Appointment::organizationId)
                .forEach(organisations::add);
        for (String organisation : organisations) {
            store.history().append(realm.getId(), organisation, user.getId(), HistoryAction.LINKED, user.getId(), null, null,
                    "first login");
        }
        return true;
    }
}
