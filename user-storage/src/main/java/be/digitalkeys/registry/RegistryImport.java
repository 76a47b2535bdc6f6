package be.digitalkeys.registry;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import be.digitalkeys.common.UserAttributes;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserProvider;
import org.keycloak.storage.UserStoragePrivateUtil;
import org.keycloak.storage.UserStorageProviderModel;

/**
 * Import mode: a registry person copied into Keycloak's own users (linked to the registry entry,
 * keyed by the registry id) and brought up to date. A Keycloak user of the same name that does
 * not come from this registry is never taken over.
 */
final class RegistryImport {

    private static final Logger LOG = Logger.getLogger(RegistryImport.class);

    enum Outcome { ADDED, UPDATED, UNCHANGED, CONFLICT }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final UserStorageProviderModel model;

    RegistryImport(KeycloakSession session, RealmModel realm, UserStorageProviderModel model) {
        this.session = session;
        this.realm = realm;
        this.model = model;
    }

    /** The Keycloak user for this person, created on first sight; {@code null} on a name conflict. */
    UserModel localUser(RegistryUser person) {
        UserModel user = find(person);
        if (user == null) {
            user = local().addUser(realm, person.username());
            user.setFederationLink(model.getId());
            apply(person, user);
            return user;
        }
        return isOurs(user, person) ? user : null;
    }

    Outcome upsert(RegistryUser person) {
        UserModel user = find(person);
        if (user == null) {
            user = local().addUser(realm, person.username());
            user.setFederationLink(model.getId());
            apply(person, user);
            return Outcome.ADDED;
        }
        if (!isOurs(user, person)) {
            LOG.warnf("Registry '%s': a Keycloak user named like registry entry %s exists and does not come from this registry; left alone",
                    model.getName(), person.id());
            return Outcome.CONFLICT;
        }
        return apply(person, user) ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    private UserModel find(RegistryUser person) {
        UserModel byId = local().searchForUserByUserAttributeStream(realm, RegistryAttributes.REGISTRY_ID, person.id())
                .filter(u -> model.getId().equals(u.getFederationLink())).findFirst().orElse(null);
        return byId != null ? byId : local().getUserByUsername(realm, person.username());
    }

    private boolean isOurs(UserModel user, RegistryUser person) {
        return model.getId().equals(user.getFederationLink())
                && person.id().equals(user.getFirstAttribute(RegistryAttributes.REGISTRY_ID));
    }

    /** Copies the registry values; true when something changed. */
    private boolean apply(RegistryUser person, UserModel user) {
        boolean changed = false;
        Map<String, List<String>> values = RegistryAttributes.of(person);
        String username = first(values, UserModel.USERNAME);
        if (username != null && !username.equals(user.getUsername())) {
            user.setUsername(username);
            changed = true;
        }
        if (!Objects.equals(first(values, UserModel.EMAIL), user.getEmail())) {
            user.setEmail(first(values, UserModel.EMAIL));
            changed = true;
        }
        if (!Objects.equals(first(values, UserModel.FIRST_NAME), user.getFirstName())) {
            user.setFirstName(first(values, UserModel.FIRST_NAME));
            changed = true;
        }
        if (!Objects.equals(first(values, UserModel.LAST_NAME), user.getLastName())) {
            user.setLastName(first(values, UserModel.LAST_NAME));
            changed = true;
        }
        if (user.isEnabled() != person.enabled()) {
            user.setEnabled(person.enabled());
            changed = true;
        }
        for (String name : List.of(UserModel.LOCALE, UserAttributes.NISS, UserAttributes.PHONE, UserAttributes.CARD_NUMBER)) {
            List<String> wanted = values.getOrDefault(name, List.of());
            if (!wanted.equals(user.getAttributeStream(name).toList())) {
                if (wanted.isEmpty()) {
                    user.removeAttribute(name);
                } else {
                    user.setAttribute(name, wanted);
                }
                changed = true;
            }
        }
        if (!person.id().equals(user.getFirstAttribute(RegistryAttributes.REGISTRY_ID))) {
            user.setSingleAttribute(RegistryAttributes.REGISTRY_ID, person.id());
            changed = true;
        }
        return changed;
    }

    private static String first(Map<String, List<String>> values, String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    private UserProvider local() {
        return UserStoragePrivateUtil.userLocalStorage(session);
    }
}
