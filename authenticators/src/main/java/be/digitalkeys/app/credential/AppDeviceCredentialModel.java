package be.digitalkeys.app.credential;

import be.digitalkeys.common.StoredCredentials;
import org.keycloak.credential.CredentialModel;

/**
 * A phone with the Digital Keys app: its P-256 public key (base64url SubjectPublicKeyInfo), the
 * E.164 number it was activated for, the name the app gave, its opaque push address, and how it
 * was bound (the level and key of the login that activated it, the address and the time: "how did
 * this phone get here?"). The credential id is the device id the app sends. One device per phone number.
 */
public final class AppDeviceCredentialModel extends CredentialModel {

    public static final String TYPE = "dk-app-device";

    public record Data(String publicKey, String phone, String name, String pushToken, String bound) {

        public Data(String publicKey, String phone, String name, String pushToken) {
            this(publicKey, phone, name, pushToken, null);
        }
    }

    private final Data data;

    private AppDeviceCredentialModel(Data data) {
        this.data = data;
    }

    public static AppDeviceCredentialModel create(Data data, String label) {
        return StoredCredentials.withPublicData(new AppDeviceCredentialModel(data), TYPE, label, data);
    }

    public static AppDeviceCredentialModel fromModel(CredentialModel stored) {
        Data data = StoredCredentials.read(stored.getCredentialData(), Data.class, new Data("", "", "", null));
        return StoredCredentials.copyOf(stored, new AppDeviceCredentialModel(data));
    }

    public Data data() {
        return data;
    }
}
