package be.digitalkeys.totp.remember;

import org.keycloak.common.util.Time;
import be.digitalkeys.common.StoredCredentials;
import org.keycloak.credential.CredentialModel;

/**
 * Server-side record of a browser on which the user ticked "Remember this device". The browser
 * holds a signed cookie naming this record; deleting the record (user, admin, password change,
 * authenticator reset) revokes the cookie.
 */
public final class RememberedDeviceCredentialModel extends CredentialModel {

    public static final String TYPE = "dk-remembered-device";

    /** What the record stores: when it ends and which credentials it was granted against. */
    public record Data(long expiresAt, String binding) {
    }

    private final Data data;

    private RememberedDeviceCredentialModel(Data data) {
        this.data = data;
    }

    public static RememberedDeviceCredentialModel create(String label, long expiresAt, String binding) {
        Data data = new Data(expiresAt, binding);
        return StoredCredentials.withPublicData(new RememberedDeviceCredentialModel(data), TYPE, label, data);
    }

    public static RememberedDeviceCredentialModel fromModel(CredentialModel stored) {
        Data data = StoredCredentials.read(stored.getCredentialData(), Data.class, new Data(0, ""));
        return StoredCredentials.copyOf(stored, new RememberedDeviceCredentialModel(data));
    }

    public Data data() {
        return data;
    }

    public boolean isExpired() {
        return data.expiresAt() <= Time.currentTimeMillis();
    }
}
