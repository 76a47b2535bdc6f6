package be.digitalkeys.totp.remember;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.util.JsonSerialization;

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
        RememberedDeviceCredentialModel model = new RememberedDeviceCredentialModel(new Data(expiresAt, binding));
        model.setType(TYPE);
        model.setUserLabel(label);
        model.setCreatedDate(Time.currentTimeMillis());
        model.setSecretData("{}");
        try {
            model.setCredentialData(JsonSerialization.writeValueAsString(model.data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }

    public static RememberedDeviceCredentialModel fromModel(CredentialModel stored) {
        Data data;
        try {
            data = JsonSerialization.readValue(stored.getCredentialData(), Data.class);
        } catch (IOException | RuntimeException e) {
            data = new Data(0, "");
        }
        RememberedDeviceCredentialModel model = new RememberedDeviceCredentialModel(data);
        model.setId(stored.getId());
        model.setType(stored.getType());
        model.setUserLabel(stored.getUserLabel());
        model.setCreatedDate(stored.getCreatedDate());
        model.setSecretData(stored.getSecretData());
        model.setCredentialData(stored.getCredentialData());
        return model;
    }

    public Data data() {
        return data;
    }

    public boolean isExpired() {
        return data.expiresAt() <= Time.currentTimeMillis();
    }
}
