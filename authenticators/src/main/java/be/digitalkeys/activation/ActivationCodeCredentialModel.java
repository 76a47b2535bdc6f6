package be.digitalkeys.activation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.util.JsonSerialization;

/**
 * A pending activation by a registration office: the paper code's salted SHA-256 (the code has
 * about 90 bits, so a slow hash adds nothing), its end and the wrong tries so far.
 */
public final class ActivationCodeCredentialModel extends CredentialModel {

    public static final String TYPE = "dk-activation-code";

    public record Data(long expiresAt, int wrongTries, String officer) {
    }

    public record Secret(String salt, String hash) {
    }

    private final Data data;
    private final Secret secret;

    private ActivationCodeCredentialModel(Data data, Secret secret) {
        this.data = data;
        this.secret = secret;
    }

    public static ActivationCodeCredentialModel create(PaperActivationCode code, long expiresAt, String officer) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        String saltText = Base64.getEncoder().encodeToString(salt);
        return build(new Data(expiresAt, 0, officer), new Secret(saltText, hash(saltText, code.value())), null);
    }

    public static ActivationCodeCredentialModel fromModel(CredentialModel stored) {
        try {
            Data data = JsonSerialization.readValue(stored.getCredentialData(), Data.class);
            Secret secret = JsonSerialization.readValue(stored.getSecretData(), Secret.class);
            ActivationCodeCredentialModel model = build(data, secret, stored.getId());
            model.setCreatedDate(stored.getCreatedDate());
            return model;
        } catch (IOException | RuntimeException e) {
            return build(new Data(0, Integer.MAX_VALUE, ""), new Secret("", ""), stored.getId());
        }
    }

    private static ActivationCodeCredentialModel build(Data data, Secret secret, String id) {
        ActivationCodeCredentialModel model = new ActivationCodeCredentialModel(data, secret);
        model.setId(id);
        model.setType(TYPE);
        model.setUserLabel("Registration office");
        model.setCreatedDate(Time.currentTimeMillis());
        try {
            model.setCredentialData(JsonSerialization.writeValueAsString(data));
            model.setSecretData(JsonSerialization.writeValueAsString(secret));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }

    /** The same record with one more wrong try. */
    public ActivationCodeCredentialModel withWrongTry() {
        ActivationCodeCredentialModel next = build(new Data(data.expiresAt(), data.wrongTries() + 1, data.officer()), secret, getId());
        next.setCreatedDate(getCreatedDate());
        return next;
    }

    public boolean matches(PaperActivationCode code) {
        return !secret.salt().isEmpty() && MessageDigest.isEqual(
                hash(secret.salt(), code.value()).getBytes(StandardCharsets.US_ASCII), secret.hash().getBytes(StandardCharsets.US_ASCII));
    }

    public boolean isExpired() {
        return data.expiresAt() <= Time.currentTimeMillis();
    }

    public Data data() {
        return data;
    }

    private static String hash(String salt, String code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest.digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
