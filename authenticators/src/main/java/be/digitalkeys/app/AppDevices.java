package be.digitalkeys.app;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import be.digitalkeys.app.credential.AppDeviceCredentialModel;
import be.digitalkeys.app.credential.AppDeviceCredentialProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Device ids as the app knows them: the user's id (base64url) and the device credential's id,
 * so a call naming a device finds its key without any index; still opaque to the app.
 */
public final class AppDevices {

    public static final int MAX_ID = 200;

    /** A device and its holder. */
    public record Located(UserModel user, AppDeviceCredentialModel device) {
        public String id() {
            return idOf(user, device.getId());
        }
    }

    private AppDevices() {
    }

    public static String idOf(UserModel user, String credentialId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(user.getId().getBytes(StandardCharsets.UTF_8)) + "." + credentialId;
    }

    public static Optional<Located> locate(KeycloakSession session, RealmModel realm, String deviceId) {
        if (deviceId == null || deviceId.length() > MAX_ID || !deviceId.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9-]+")) {
            return Optional.empty();
        }
        int dot = deviceId.indexOf('.');
        String userId;
        try {
            userId = new String(Base64.getUrlDecoder().decode(deviceId.substring(0, dot)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        UserModel user = session.users().getUserById(realm, userId);
        if (user == null) {
            return Optional.empty();
        }
        return AppDeviceCredentialProvider.device(user, deviceId.substring(dot + 1)).map(d -> new Located(user, d));
    }
}
