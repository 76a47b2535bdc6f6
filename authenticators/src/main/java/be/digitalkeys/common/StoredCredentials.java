package be.digitalkeys.common;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.util.JsonSerialization;

/** What our credential models share: JSON data in and out, and a typed copy of a stored credential. */
public final class StoredCredentials {

    private StoredCredentials() {
    }

    /** Fills a new credential with no secret: its type, label, creation time and public data as JSON. */
    public static <M extends CredentialModel> M withPublicData(M model, String type, String label, Object data) {
        model.setType(type);
        model.setUserLabel(label);
        model.setCreatedDate(Time.currentTimeMillis());
        model.setSecretData("{}");
        model.setCredentialData(json(data));
        return model;
    }

    public static String json(Object data) {
        try {
            return JsonSerialization.writeValueAsString(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored JSON as {@code type}; {@code unreadable} when it cannot be read (never an exception at login). */
    public static <T> T read(String json, Class<T> type, T unreadable) {
        try {
            T value = JsonSerialization.readValue(json, type);
            return value == null ? unreadable : value;
        } catch (IOException | RuntimeException e) {
            return unreadable;
        }
    }

    /** Copies what Keycloak stored into the typed model. */
    public static <M extends CredentialModel> M copyOf(CredentialModel stored, M model) {
        model.setId(stored.getId());
        model.setType(stored.getType());
        model.setUserLabel(stored.getUserLabel());
        model.setCreatedDate(stored.getCreatedDate());
        model.setSecretData(stored.getSecretData());
        model.setCredentialData(stored.getCredentialData());
        return model;
    }
}
