package be.digitalkeys.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** The operator's side, through the admin API: users as the insurer creates them. */
public final class Accounts {

    private final RealmResource realm;

    public Accounts(TestEnvironment env, String realmName) {
        this.realm = env.realm(realmName);
    }

    /** A unique e-mail address per test, so tests never share a user. */
    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@insurance.example";
    }

    /** Creates a user the way an operator does: no password, optional required actions. */
    public String create(String email, String locale, String... requiredActions) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setFirstName("Test");
        user.setLastName(email.substring(0, email.indexOf('-')));
        user.setEnabled(true);
        user.setAttributes(Map.of("locale", List.of(locale)));
        user.setRequiredActions(new ArrayList<>(List.of(requiredActions)));
        try (Response response = realm.users().create(user)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("User not created: HTTP " + response.getStatus());
            }
            String location = response.getLocation().getPath();
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }

    /** A user who already went through setup: password and an authenticator app with a raw secret. */
    public String createEnrolled(String email, String locale, String password, String rawOtpSecret) {
        String id = create(email, locale);
        UserResource user = realm.users().get(id);
        CredentialRepresentation pw = new CredentialRepresentation();
        pw.setType(CredentialRepresentation.PASSWORD);
        pw.setValue(password);
        pw.setTemporary(false);
        user.resetPassword(pw);
        UserRepresentation rep = user.toRepresentation();
        CredentialRepresentation otp = new CredentialRepresentation();
        otp.setType("otp");
        otp.setUserLabel("Test phone");
        otp.setSecretData("{\"value\":\"" + rawOtpSecret + "\"}");
        otp.setCredentialData("{\"subType\":\"totp\",\"digits\":6,\"counter\":0,\"period\":30,\"algorithm\":\"HmacSHA1\"}");
        rep.setCredentials(List.of(otp));
        user.update(rep);
        return id;
    }

    /** A public-services user with a username, a password and no key yet. */
    public String createWithPassword(String username, String email, String locale, String password) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setFirstName("Test");
        user.setLastName(username);
        user.setEnabled(true);
        user.setAttributes(Map.of("locale", List.of(locale)));
        CredentialRepresentation pw = new CredentialRepresentation();
        pw.setType(CredentialRepresentation.PASSWORD);
        pw.setValue(password);
        pw.setTemporary(false);
        user.setCredentials(List.of(pw));
        try (Response response = realm.users().create(user)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("User not created: HTTP " + response.getStatus());
            }
            String location = response.getLocation().getPath();
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }

    /** Gives the user a digital key "security code" for a channel ("email" or "sms"). */
    public void addSecurityCodeKey(String id, String channel, String address) {
        UserRepresentation rep = user(id).toRepresentation();
        CredentialRepresentation key = new CredentialRepresentation();
        key.setType("dk-security-code-key");
        key.setUserLabel(channel);
        key.setSecretData("{}");
        key.setCredentialData("{\"channel\":\"" + channel + "\",\"address\":\"" + address + "\"}");
        rep.setCredentials(List.of(key));
        user(id).update(rep);
    }

    public UserResource user(String id) {
        return realm.users().get(id);
    }

    public List<CredentialRepresentation> credentials(String id, String type) {
        return user(id).credentials().stream().filter(c -> type.equals(c.getType())).toList();
    }

    /** The "send e-mail" button of the admin console: a link to perform the given actions. */
    public void sendActionsEmail(String id, String clientId, String redirectUri, String... actions) {
        user(id).executeActionsEmail(clientId, redirectUri, 43_200, List.of(actions));
    }

    public Map<String, Object> bruteForceStatus(String id) {
        return realm.attackDetection().bruteForceUserStatus(id);
    }
}
