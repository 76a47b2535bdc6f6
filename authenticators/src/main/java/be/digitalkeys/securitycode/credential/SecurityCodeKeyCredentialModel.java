package be.digitalkeys.securitycode.credential;

import be.digitalkeys.common.StoredCredentials;
import org.keycloak.credential.CredentialModel;

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
        Data data = new Data(channel.id(), address);
        return StoredCredentials.withPublicData(new SecurityCodeKeyCredentialModel(data), TYPE, label, data);
    }

    public static SecurityCodeKeyCredentialModel fromModel(CredentialModel stored) {
        Data data = StoredCredentials.read(stored.getCredentialData(), Data.class, new Data("", ""));
        return StoredCredentials.copyOf(stored, new SecurityCodeKeyCredentialModel(data));
    }

    public Data data() {
        return data;
    }

    public boolean isFor(Channel channel) {
        return channel.id().equals(data.channel());
    }
}
