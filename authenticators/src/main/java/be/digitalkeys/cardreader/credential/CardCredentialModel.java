package be.digitalkeys.cardreader.credential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.Locale;

import be.digitalkeys.cardreader.CardNumber;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.util.JsonSerialization;

/**
 * One bank card of a user (a user may hold several): its number, holder name, OCRA suite, the
 * counter the next response must use, its status and the wrong responses in a row. The OCRA key
 * (and, for suites with a PIN, the PIN hash) are the secret data. Stored by Keycloak, so the
 * status and counter hold across restarts and cluster nodes.
 */
public final class CardCredentialModel extends CredentialModel {

    public static final String TYPE = "dk-card";

    public enum Status {
        ACTIVE, BLOCKED, REPLACED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Status fromId(String id) {
            for (Status status : values()) {
                if (status.id().equals(id)) {
                    return status;
                }
            }
            return BLOCKED;
        }
    }

    /**
     * @param counter the counter the next response must use (suites with {@code C})
     * @param wrongResponses wrong responses since the last right one
     * @param demo a demonstration card: the development reader simulator may compute its responses
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Data(String cardNumber, String holderName, String suite, long counter, String status,
            int wrongResponses, boolean demo) {

        Data with(long newCounter, Status newStatus, int newWrongResponses) {
            return new Data(cardNumber, holderName, suite, newCounter, newStatus.id(), newWrongResponses, demo);
        }
    }

    /**
     * @param key the OCRA key, hex
     * @param pinHash the PIN hashed as the suite says (hex), for suites with {@code P}
     * @param demoPinSha256 SHA-256 of a demonstration card's PIN (hex), checked by the simulator only
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Secret(String key, String pinHash, String demoPinSha256) {

        public byte[] keyBytes() {
            return HexFormat.of().parseHex(key);
        }
    }

    private final Data data;
    private final Secret secret;

    private CardCredentialModel(Data data, Secret secret) {
        this.data = data;
        this.secret = secret;
    }

    public static CardCredentialModel create(Data data, Secret secret) {
        CardCredentialModel model = new CardCredentialModel(data, secret);
        model.setType(TYPE);
        model.setCreatedDate(Time.currentTimeMillis());
        model.setUserLabel(label(data));
        model.setCredentialData(json(data));
        model.setSecretData(json(secret));
        return model;
    }

    public static CardCredentialModel fromModel(CredentialModel stored) {
        Data data;
        Secret secret;
        try {
            data = JsonSerialization.readValue(stored.getCredentialData(), Data.class);
            secret = JsonSerialization.readValue(stored.getSecretData(), Secret.class);
        } catch (IOException | RuntimeException e) {
            // Unreadable data never logs in: an empty, blocked card.
            data = new Data("", "", "", 0, Status.BLOCKED.id(), 0, false);
            secret = new Secret("", null, null);
        }
        return be.digitalkeys.common.StoredCredentials.copyOf(stored, new CardCredentialModel(data, secret));
    }

    /** A copy with a new counter, status and wrong-response count, to store with updateStoredCredential. */
    public CardCredentialModel with(long counter, Status status, int wrongResponses) {
        CardCredentialModel updated = new CardCredentialModel(data.with(counter, status, wrongResponses), secret);
        updated.setId(getId());
        updated.setType(TYPE);
        updated.setUserLabel(label(updated.data));
        updated.setCreatedDate(getCreatedDate());
        updated.setSecretData(getSecretData());
        updated.setCredentialData(json(updated.data));
        return updated;
    }

    public Data data() {
        return data;
    }

    public Secret secret() {
        return secret;
    }

    public Status status() {
        return Status.fromId(data.status());
    }

    /** "6703 •••• •••• •••2 1", for pages and events; never the whole number. */
    public String maskedNumber() {
        return CardNumber.masked(data.cardNumber());
    }

    private static String label(Data data) {
        String label = CardNumber.masked(data.cardNumber()) + " " + data.holderName();
        return Status.fromId(data.status()) == Status.ACTIVE ? label : label + " (" + data.status() + ")";
    }

    private static String json(Object value) {
        try {
            return JsonSerialization.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
