package be.digitalkeys.securitycode.credential;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.util.JsonSerialization;

/**
 * A digital key "security code by e-mail" or "by SMS": the channel and the address codes go to.
 * One key per user and channel (the seed: one cannot choose at each login). The authenticator
 * app key is Keycloak's own OTP credential.
 */
public final class SecurityCodeKeyCredentialModel extends CredentialModel {

    public static final String TYPE = "dk-security-code-key";

    public enum Channel {
        EMAIL, SMS;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Channel fromId(String id) {
            for (Channel channel : values()) {
                if (channel.id().equals(id)) {
                    return channel;
                }
            }
            throw new IllegalArgumentException("Unknown channel " + id);
        }
    }

    /** Channel id ("email", "sms") and the e-mail address or E.164 phone number. */
    public record Data(String channel, String address) {
    }

    private final Data data;

    private SecurityCodeKeyCredentialModel(Data data) {
        this.data = data;
    }

    public static SecurityCodeKeyCredentialModel create(Channel channel, String address, String label) {
        SecurityCodeKeyCredentialModel model = new SecurityCodeKeyCredentialModel(new Data(channel.id(), address));
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

    public static SecurityCodeKeyCredentialModel fromModel(CredentialModel stored) {
        Data data;
        try {
            data = JsonSerialization.readValue(stored.getCredentialData(), Data.class);
        } catch (IOException | RuntimeException e) {
            data = new Data("", "");
        }
        SecurityCodeKeyCredentialModel model = new SecurityCodeKeyCredentialModel(data);
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

    public boolean isFor(Channel channel) {
        return channel.id().equals(data.channel());
    }
}
