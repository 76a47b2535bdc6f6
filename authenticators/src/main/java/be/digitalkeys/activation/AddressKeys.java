package be.digitalkeys.activation;

import java.util.List;

import be.digitalkeys.app.credential.AppDeviceCredentialProvider;
import be.digitalkeys.common.UserAttributes;
import org.jboss.logging.Logger;
import org.keycloak.models.FederatedIdentityModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.storage.ReadOnlyException;

/**
 * "The keys of this address are deactivated": everything that lets someone log in as the person
 * an officer is re-activating goes, whoever set it up. Every stored credential (password, security
 * codes, TOTP and remembered browsers, phone-app devices, bank cards, WebAuthn, recovery codes,
 * an older paper code), the bindings our methods find the person by (the phone app's number, the
 * bank card numbers, the national register number the eID finds the account by, and its
 * first-eID-login mark), links to outside identity providers, and every session. The person then
 * sets up keys again at activation; their eID works again once the national number is bound
 * again by an administrator (the card itself cannot be taken from them).
 */
final class AddressKeys {

    static final List<String> BINDINGS = List.of(AppDeviceCredentialProvider.PHONE_ATTRIBUTE, UserAttributes.CARD_NUMBER,
            UserAttributes.NISS, UserAttributes.EID_LINKED_AT);
    private static final Logger LOG = Logger.getLogger(AddressKeys.class);

    private AddressKeys() {
    }

    /** Removes every key and binding of {@code person}; true when there was at least one. */
    static boolean deactivate(KeycloakSession session, RealmModel realm, UserModel person) {
        boolean any = false;
        for (var credential : person.credentialManager().getStoredCredentialsStream().toList()) {
            person.credentialManager().removeStoredCredentialById(credential.getId());
            any = true;
        }
        for (String attribute : BINDINGS) {
            if (person.getFirstAttribute(attribute) == null) {
                continue;
            }
            any = true;
            try {
                person.removeAttribute(attribute);
            } catch (ReadOnlyException | ModelException | UnsupportedOperationException e) {
                // A read-only registry keeps this binding; its operator must change it there.
                LOG.warnf("Binding %s of user %s kept: its user storage is read-only", attribute, person.getId());
            }
        }
        for (FederatedIdentityModel link : session.users().getFederatedIdentitiesStream(realm, person).toList()) {
            session.users().removeFederatedIdentity(realm, person, link.getIdentityProvider());
            any = true;
        }
        session.sessions().getUserSessionsStream(realm, person).toList().forEach(s -> session.sessions().removeUserSession(realm, s));
        session.sessions().getOfflineUserSessionsStream(realm, person).toList()
                .forEach(s -> session.sessions().removeOfflineUserSession(realm, s));
        return any;
    }
}
