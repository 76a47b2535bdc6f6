package be.digitalkeys.activation;

import java.util.function.Consumer;
import java.util.regex.Pattern;

import be.digitalkeys.password.PasswordChoice;
import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;

/** Step 3: the username and password the person will log in with. */
final class ActivationCredentials {

    /** Lower-case letters, digits, dots, dashes and underscores; 3 to 64 characters. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private ActivationCredentials() {
    }

    static void process(RequiredActionContext context, MultivaluedMap<String, String> input, Consumer<RequiredActionContext> next) {
        String username = input.getFirst("username") == null ? "" : input.getFirst("username").strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            refuse(context, new FormMessage("username", "dkActivationUsernameInvalid"));
            return;
        }
        UserModel user = context.getUser();
        UserModel holder = context.getSession().users().getUserByUsername(context.getRealm(), username);
        if (holder != null && !holder.getId().equals(user.getId())) {
            refuse(context, new FormMessage("username", "dkActivationUsernameTaken"));
            return;
        }
        // The policy compares the password with the username the person just chose.
        user.setUsername(username);
        FormMessage refusal = PasswordChoice.refusal(context.getSession(), context.getRealm(), user,
                input.getFirst("password-new"), input.getFirst("password-confirm"), "password-new", "password-confirm");
        if (refusal != null) {
            refuse(context, refusal);
            return;
        }
        user.credentialManager().updateCredential(UserCredentialModel.password(input.getFirst("password-new"), false));
        next.accept(context);
    }

    private static void refuse(RequiredActionContext context, FormMessage message) {
        context.challenge(ActivationPage.of(context, ActivationStep.CREDENTIALS).error(message).render());
    }
}
