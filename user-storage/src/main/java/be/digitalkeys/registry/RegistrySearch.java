package be.digitalkeys.registry;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import be.digitalkeys.common.UserAttributes;
import be.digitalkeys.registry.RegistryConfig.Field;
import org.keycloak.models.UserModel;

/**
 * The admin console's attribute searches ({@code ?username=}, {@code ?email=},
 * {@code ?q=niss:...}) answered with one indexed look-up, then filtered by the other criteria.
 * Criteria the registry does not know match nobody in it.
 */
final class RegistrySearch {

    private RegistrySearch() {
    }

    static Optional<Stream<RegistryUser>> exact(RegistryDirectory directory, Map<String, String> params) {
        Optional<RegistryUser> found;
        if (params.containsKey(UserAttributes.NISS)) {
            found = directory.findBy(Field.NISS, params.get(UserAttributes.NISS));
        } else if (params.containsKey(UserAttributes.CARD_NUMBER)) {
            found = directory.findByCardNumber(params.get(UserAttributes.CARD_NUMBER));
        } else if (params.containsKey(UserAttributes.PHONE)) {
            found = directory.findBy(Field.PHONE, params.get(UserAttributes.PHONE));
        } else if (params.containsKey(UserModel.USERNAME) && isExact(params)) {
            found = directory.findBy(Field.USERNAME, params.get(UserModel.USERNAME));
        } else if (params.containsKey(UserModel.EMAIL) && isExact(params)) {
            found = directory.findBy(Field.EMAIL, params.get(UserModel.EMAIL));
        } else if (params.containsKey(UserModel.USERNAME)) {
            return Optional.of(directory.search(params.get(UserModel.USERNAME), 0, 100).stream()
                    .filter(p -> matchesAll(p, params)));
        } else if (params.containsKey(UserModel.EMAIL)) {
            return Optional.of(directory.search(params.get(UserModel.EMAIL), 0, 100).stream()
                    .filter(p -> matchesAll(p, params)));
        } else {
            return Optional.empty();
        }
        return Optional.of(found.stream().filter(p -> matchesAll(p, params)));
    }

    /** Only paging/option keys of Keycloak (e.g. include service accounts): a plain listing. */
    static boolean onlySystemKeys(Map<String, String> params) {
        return params.keySet().stream().allMatch(k -> k.startsWith("keycloak.session.") || UserModel.ENABLED.equals(k));
    }

    private static boolean isExact(Map<String, String> params) {
        return Boolean.parseBoolean(params.getOrDefault(UserModel.EXACT, "false"));
    }

    private static boolean matchesAll(RegistryUser person, Map<String, String> params) {
        for (Map.Entry<String, String> criterion : params.entrySet()) {
            String key = criterion.getKey();
            if (key.startsWith("keycloak.session.") || UserModel.ENABLED.equals(key)) {
                continue;
            }
            String wanted = criterion.getValue() == null ? "" : criterion.getValue().strip().toLowerCase(Locale.ROOT);
            String actual = switch (key) {
                case UserModel.USERNAME -> person.username();
                case UserModel.EMAIL -> person.email();
                case UserModel.FIRST_NAME -> person.firstName();
                case UserModel.LAST_NAME -> person.lastName();
                case UserAttributes.NISS -> person.niss();
                case UserAttributes.PHONE -> person.phone();
                case UserAttributes.CARD_NUMBER -> person.cardNumbers().contains(criterion.getValue()) ? criterion.getValue() : null;
                default -> null;
            };
            if (actual == null) {
                return false;
            }
            String value = actual.toLowerCase(Locale.ROOT);
            boolean ok = isExact(params) || isIdentifier(key) ? value.equals(wanted) : value.contains(wanted.replace("*", ""));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIdentifier(String key) {
        return UserAttributes.NISS.equals(key) || UserAttributes.PHONE.equals(key) || UserAttributes.CARD_NUMBER.equals(key);
    }
}
