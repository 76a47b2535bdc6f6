package be.digitalkeys.password;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.policy.PasswordPolicyManagerProvider;
import org.keycloak.policy.PolicyError;
import org.keycloak.services.messages.Messages;

/** Why a new password (and its confirmation) is refused, as a message tied to its field; null when it is fine. */
public final class PasswordChoice {

    /** Longest input read at all (the realm's maxLength policy gives the real limit). */
    public static final int MAX_INPUT_LENGTH = 1024;

    private PasswordChoice() {
    }

    public static FormMessage refusal(KeycloakSession session, RealmModel realm, UserModel user, String password,
            String confirm, String passwordField, String confirmField) {
        if (password == null || password.isEmpty()) {
            return new FormMessage(passwordField, Messages.MISSING_PASSWORD);
        }
        if (password.length() > MAX_INPUT_LENGTH) {
            return new FormMessage(passwordField, "invalidPasswordMaxLengthMessage", MAX_INPUT_LENGTH);
        }
        if (!password.equals(confirm)) {
            return new FormMessage(confirmField, Messages.NOTMATCH_PASSWORD);
        }
        PolicyError refusal = session.getProvider(PasswordPolicyManagerProvider.class).validate(realm, user, password);
        return refusal == null ? null : new FormMessage(passwordField, refusal.getMessage(), refusal.getParameters());
    }
}
