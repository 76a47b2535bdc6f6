package be.digitalkeys.app.credential;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.util.JsonSerialization;

/**
 * A phone with the Digital Keys app: its P-256 public key (base64url SubjectPublicKeyInfo), the
 * E.164 number it was activated for, the name the app gave and its opaque push address. The
 * credential id is the device id the app sends. One device per phone number.
 */
public final class AppDeviceCredentialModel extends CredentialModel {

    public static final String TYPE = "dk-app-device";

    public record Data(String publicKey, String phone, String name, String pushToken) {
    }

    private final Data data;

    private AppDeviceCredentialModel(Data data) {
        this.data = data;
    }

    public static AppDeviceCredentialModel create(Data data, String label) {
        AppDeviceCredentialModel model = new AppDeviceCredentialModel(data);
        model.setType(TYPE);
        model.setUserLabel(label);
        model.setCreatedDate(Time.currentTimeMillis());
        model.setSecretData("{}");
        try {
            model.setCredentialData(JsonSerialization.writeValueAsString(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }

    public static AppDeviceCredentialModel fromModel(CredentialModel stored) {
        Data data;
        try {
            data = JsonSerialization.readValue(stored.getCredentialData(), Data.class);
        } catch (IOException | RuntimeException e) {
            data = new Data("", "", "", null);
        }
        AppDeviceCredentialModel model = new AppDeviceCredentialModel(data);
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
}
