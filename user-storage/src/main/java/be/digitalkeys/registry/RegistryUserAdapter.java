package be.digitalkeys.registry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.keycloak.component.ComponentModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.storage.ReadOnlyException;
import org.keycloak.storage.StorageId;
import org.keycloak.storage.adapter.AbstractUserAdapterFederatedStorage;

/**
 * Read-only mode: a registry person served live. The registry's values (names, e-mail, NISS,
 * phone, cards, language, enabled) cannot be changed from Keycloak; everything else Keycloak keeps
 * about the person (required actions, authenticator-app and other credentials, consents, extra
 * attributes) lives in Keycloak's federated storage.
 */
final class RegistryUserAdapter extends AbstractUserAdapterFederatedStorage {

    private final RegistryUser person;
    private final Map<String, List<String>> registryValues;
    private final String id;

    RegistryUserAdapter(KeycloakSession session, RealmModel realm, ComponentModel model, RegistryUser person) {
        super(session, realm, model);
        this.person = person;
        this.registryValues = RegistryAttributes.of(person);
        this.id = StorageId.keycloakId(model, person.id());
    }

    RegistryUser person() {
        return person;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getUsername() {
        return registryValues.get(UserModel.USERNAME).get(0);
    }

    @Override
    public void setUsername(String username) {
        refuseChange(UserModel.USERNAME, username);
    }

    @Override
    public String getEmail() {
        return getFirstAttribute(UserModel.EMAIL);
    }

    @Override
    public void setEmail(String email) {
        refuseChange(UserModel.EMAIL, email);
    }

    @Override
    public String getFirstName() {
        return getFirstAttribute(UserModel.FIRST_NAME);
    }

    @Override
    public void setFirstName(String firstName) {
        refuseChange(UserModel.FIRST_NAME, firstName);
    }

    @Override
    public String getLastName() {
        return getFirstAttribute(UserModel.LAST_NAME);
    }

    @Override
    public void setLastName(String lastName) {
        refuseChange(UserModel.LAST_NAME, lastName);
    }

    @Override
    public boolean isEnabled() {
        return person.enabled();
    }

    @Override
    public void setEnabled(boolean enabled) {
        if (enabled != person.enabled()) {
            throw new ReadOnlyException("The registry decides whether this person may log in");
        }
    }

    @Override
    public String getFirstAttribute(String name) {
        if (RegistryAttributes.isMapped(name)) {
            List<String> values = registryValues.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
        return super.getFirstAttribute(name);
    }

    @Override
    public Stream<String> getAttributeStream(String name) {
        if (RegistryAttributes.isMapped(name)) {
            return registryValues.getOrDefault(name, List.of()).stream();
        }
        return super.getAttributeStream(name);
    }

    @Override
    public Map<String, List<String>> getAttributes() {
        Map<String, List<String>> all = new HashMap<>(super.getAttributes());
        all.keySet().removeIf(RegistryAttributes::isMapped);
        all.putAll(registryValues);
        return all;
    }

    @Override
    public void setSingleAttribute(String name, String value) {
        if (RegistryAttributes.isMapped(name)) {
            refuseChange(name, value);
        } else {
            super.setSingleAttribute(name, value);
        }
    }

    @Override
    public void setAttribute(String name, List<String> values) {
        if (RegistryAttributes.isMapped(name)) {
            if (!Objects.equals(registryValues.getOrDefault(name, List.of()), values == null ? List.of() : values)) {
                throw new ReadOnlyException("'" + name + "' comes from the registry and cannot be changed here");
            }
        } else {
            super.setAttribute(name, values);
        }
    }

    @Override
    public void removeAttribute(String name) {
        if (RegistryAttributes.isMapped(name)) {
            if (registryValues.containsKey(name)) {
                throw new ReadOnlyException("'" + name + "' comes from the registry and cannot be changed here");
            }
        } else {
            super.removeAttribute(name);
        }
    }

    /** Writing back the same value (Keycloak's profile forms do) is fine; a different one is refused. */
    private void refuseChange(String name, String value) {
        String current = getFirstAttribute(name);
        boolean same = Objects.equals(current, value)
                || (current != null && value != null && current.equalsIgnoreCase(value) && UserModel.USERNAME.equals(name))
                || (current == null && (value == null || value.isEmpty()));
        if (!same) {
            throw new ReadOnlyException("'" + name + "' comes from the registry and cannot be changed here");
        }
    }
}
