package be.digitalkeys.organisation.login;

import java.util.Optional;

import org.keycloak.models.ClientModel;
import org.keycloak.models.UserModel;

/**
 * Where the chosen context lives: per client, in a user-session note (what the token mapper reads
 * for this login) and in a user attribute (what the next login uses without asking). A remembered
 * context that no longer gives a right of the client is dropped by the authenticator.
 */
final class RememberedContexts {

    /** User attribute {@code dk-org-context.<clientId>}: the context id last chosen for that client. */
    static final String ATTRIBUTE_PREFIX = "dk-org-context.";
    /** User-session note {@code dk.org.context.<clientId>}: the context chosen at this login for that client. */
    static final String NOTE_PREFIX = "dk.org.context.";

    private RememberedContexts() {
    }

    static String attribute(ClientModel client) {
        return ATTRIBUTE_PREFIX + client.getClientId();
    }

    static String note(ClientModel client) {
        return NOTE_PREFIX + client.getClientId();
    }

    static Optional<String> remembered(UserModel user, ClientModel client) {
        return Optional.ofNullable(user.getFirstAttribute(attribute(client))).filter(v -> !v.isBlank());
    }

    static void remember(UserModel user, ClientModel client, String contextId) {
        if (!contextId.equals(user.getFirstAttribute(attribute(client)))) {
            user.setSingleAttribute(attribute(client), contextId);
        }
    }

    static void forget(UserModel user, ClientModel client) {
        if (user.getFirstAttribute(attribute(client)) != null) {
            user.removeAttribute(attribute(client));
        }
    }
}
