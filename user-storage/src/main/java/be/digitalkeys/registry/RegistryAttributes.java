package be.digitalkeys.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.digitalkeys.common.UserAttributes;
import org.keycloak.models.UserModel;

/**
 * A registry person as Keycloak user attributes: the standard ones (username, e-mail, names,
 * locale) and the ones our login methods look people up by (NISS, phone, card numbers), plus the
 * registry's own key. Only mapped, non-empty values appear.
 */
final class RegistryAttributes {

    /** The registry's key of an imported person (survives a username change in the registry). */
    static final String REGISTRY_ID = "dk.registry.id";

    private RegistryAttributes() {
    }

    static Map<String, List<String>> of(RegistryUser person) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        put(attributes, UserModel.USERNAME, person.username() == null ? null : person.username().toLowerCase(java.util.Locale.ROOT));
        put(attributes, UserModel.EMAIL, person.email());
        put(attributes, UserModel.FIRST_NAME, person.firstName());
        put(attributes, UserModel.LAST_NAME, person.lastName());
        put(attributes, UserModel.LOCALE, person.locale());
        put(attributes, UserAttributes.NISS, person.niss());
        put(attributes, UserAttributes.PHONE, person.phone());
        if (!person.cardNumbers().isEmpty()) {
            attributes.put(UserAttributes.CARD_NUMBER, person.cardNumbers());
        }
        return attributes;
    }

    /** Attributes that come from the registry (read-only in read-only mode, overwritten by the sync in import mode). */
    static boolean isMapped(String name) {
        return List.of(UserModel.USERNAME, UserModel.EMAIL, UserModel.FIRST_NAME, UserModel.LAST_NAME, UserModel.LOCALE,
                UserAttributes.NISS, UserAttributes.PHONE, UserAttributes.CARD_NUMBER, REGISTRY_ID).contains(name);
    }

    private static void put(Map<String, List<String>> attributes, String name, String value) {
        if (value != null && !value.isBlank()) {
            attributes.put(name, List.of(value.strip()));
        }
    }
}
