package be.digitalkeys.common;

import java.util.List;
import java.util.Optional;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Finds the one person a national register number, card number or phone number belongs to, in
 * Keycloak's own users and in every user storage of the realm (the registry among them). Two
 * people with the same identifier is a data error, never a guess.
 */
public final class UserLookup {

    private UserLookup() {
    }

    public static Optional<UserModel> byNiss(KeycloakSession session, RealmModel realm, String niss) {
        return single(session, realm, UserAttributes.NISS, niss);
    }

    public static Optional<UserModel> byCardNumber(KeycloakSession session, RealmModel realm, String cardNumber) {
        return single(session, realm, UserAttributes.CARD_NUMBER, cardNumber);
    }

    public static Optional<UserModel> byPhone(KeycloakSession session, RealmModel realm, String e164) {
        return single(session, realm, UserAttributes.PHONE, e164);
    }

    private static Optional<UserModel> single(KeycloakSession session, RealmModel realm, String attribute, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        List<UserModel> found = session.users().searchForUserByUserAttributeStream(realm, attribute, value).limit(2).toList();
        if (found.size() > 1) {
            throw new ModelDuplicateException("More than one user has the same " + attribute);
        }
        return found.stream().findFirst();
    }
}
