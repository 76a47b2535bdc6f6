package be.digitalkeys.registry;

import java.util.List;

/**
 * One person as the registry knows them. Absent optional columns are {@code null}; the card
 * list is empty when there is no card table. The password hash never leaves this module.
 */
public record RegistryUser(String id, String username, String email, String firstName, String lastName, String niss,
                           String phone, String locale, boolean enabled, String passwordHash, List<String> cardNumbers) {

    public RegistryUser {
        cardNumbers = cardNumbers == null ? List.of() : List.copyOf(cardNumbers);
    }

    RegistryUser withCards(List<String> cards) {
        return new RegistryUser(id, username, email, firstName, lastName, niss, phone, locale, enabled, passwordHash, cards);
    }

    @Override
    public String toString() {
        return "RegistryUser[id=" + id + ", username=" + username + "]";
    }
}
