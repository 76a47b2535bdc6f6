package be.digitalkeys.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import be.digitalkeys.appclient.ActivationTokens;
import be.digitalkeys.appclient.MalformedActivationTokenException;
import be.digitalkeys.common.Values;
import be.digitalkeys.sms.InvalidPhoneNumberException;
import be.digitalkeys.sms.PhoneNumbers;
import org.keycloak.common.util.Time;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.UserModel;

/**
 * The enrolment's short-lived state in the single-use-object store: the activation token the PC
 * shows (6 characters, 5 minutes, taken once), then the enrolment the app carries on with (the
 * 5-digit SMS code, hashed, 3 attempts, 5 minutes, and once confirmed the right to register one
 * device key).
 */
final class AppEnrolments {

    static final int SECONDS = 300;
    static final int SMS_CODE_LENGTH = 5;
    static final int MAX_CODE_ATTEMPTS = 3;
    static final String ACTIVATION = "dk-app.act.";
    static final String ENROLMENT = "dk-app.enr.";
    static final String ACTIVATION_QUOTA = "dk-app.actquota.";
    /** Activation tokens (and so watch handles) a user may make per window: enough for mistakes, not for a flood. */
    static final int MAX_ACTIVATIONS = 10;
    static final int ACTIVATION_WINDOW_SECONDS = 3600;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An activation shown on the PC. */
    record Activation(String token, String phone, String watch, long expiresAt) {
    }

    /** An enrolment under way (after the token was used). */
    record Enrolment(String id, String realmId, String userId, String phone, String watch, long expiresAt, boolean confirmed,
            int attempts, String codeHash, String bound) {

        Map<String, String> notes() {
            Map<String, String> notes = new HashMap<>();
            notes.put("realm", realmId);
            notes.put("user", userId);
            notes.put("phone", phone);
            notes.put("watch", watch);
            notes.put("expires", Long.toString(expiresAt));
            notes.put("confirmed", Boolean.toString(confirmed));
            notes.put("attempts", Integer.toString(attempts));
            notes.put("code", codeHash);
            notes.put("bound", bound);
            return notes;
        }
    }

    private final SingleUseObjectProvider store;

    AppEnrolments(SingleUseObjectProvider store) {
        this.store = store;
    }

    /** Takes one of the user's {@value #MAX_ACTIVATIONS} activations per hour (cluster-wide); false when all are used. */
    boolean takeActivationQuota(RealmModel realm, UserModel user) {
        return be.digitalkeys.common.SlotQuota.take(store, ACTIVATION_QUOTA + realm.getId() + "." + user.getId(), MAX_ACTIVATIONS,
                ACTIVATION_WINDOW_SECONDS);
    }

    /**
     * A new activation token for the user and phone number, and the handle the PC page watches.
     * {@code bound} says how the login that asked for it was made (level, key, address, time:
     * {@link be.digitalkeys.loa.Binding#describe}); the device registered with the token keeps it.
     */
    Activation activate(RealmModel realm, UserModel user, String phone, String bound) {
        long expiresAt = Time.currentTimeMillis() + SECONDS * 1000L;
        String watch = new AppWatches(store).watchEnrolment(expiresAt, SECONDS);
        String token;
        do {
            token = ActivationTokens.generate(RANDOM);
        } while (!store.putIfAbsent(ACTIVATION + realm.getId() + "." + token + ".taken", SECONDS));
        store.put(ACTIVATION + realm.getId() + "." + token, SECONDS,
                Map.of("user", user.getId(), "phone", phone, "watch", watch, "expires", Long.toString(expiresAt), "bound", bound));
        return new Activation(token, phone, watch, expiresAt);
    }

    /**
     * Uses the token (whatever follows, it is gone) and starts the enrolment with a new SMS code.
     * Returns the enrolment and the code to send.
     */
    Map.Entry<Enrolment, String> start(RealmModel realm, String typedToken, String typedPhone) throws AppApiError {
        String token;
        String phone;
        try {
            token = ActivationTokens.normalise(typedToken);
        } catch (MalformedActivationTokenException e) {
            throw new AppApiError(400, "invalid_activation_token");
        }
        try {
            phone = PhoneNumbers.toE164(typedPhone);
        } catch (InvalidPhoneNumberException e) {
            throw new AppApiError(400, "invalid_phone");
        }
        Map<String, String> activation = store.remove(ACTIVATION + realm.getId() + "." + token);
        if (activation == null || Time.currentTimeMillis() >= Values.millisNote(activation.get("expires"))) {
            throw new AppApiError(400, "invalid_activation_token");
        }
        if (!phone.equals(activation.get("phone"))) {
            throw new AppApiError(400, "phone_mismatch");
        }
        String id = AppRequests.newId();
        String code = code();
        Enrolment enrolment = new Enrolment(id, realm.getId(), activation.get("user"), phone, activation.get("watch"),
                Time.currentTimeMillis() + SECONDS * 1000L, false, 0, hash(id, code), activation.getOrDefault("bound", ""));
        store.put(ENROLMENT + id, SECONDS, enrolment.notes());
        return Map.entry(enrolment, code);
    }

    /** The enrolment if it exists in this realm and is not over. */
    Optional<Enrolment> get(RealmModel realm, String id) {
        if (id == null || !id.matches("[A-Za-z0-9_-]{22,64}")) {
            return Optional.empty();
        }
        Map<String, String> n = store.get(ENROLMENT + id);
        if (n == null || !realm.getId().equals(n.get("realm")) || Time.currentTimeMillis() >= Values.millisNote(n.get("expires"))) {
            return Optional.empty();
        }
        return Optional.of(new Enrolment(id, n.get("realm"), n.get("user"), n.get("phone"), n.get("watch"), Values.millisNote(n.get("expires")),
                Boolean.parseBoolean(n.get("confirmed")), Values.note(n.get("attempts")), n.getOrDefault("code", ""),
                n.getOrDefault("bound", "")));
    }

    /**
     * Checks the SMS code: confirmed, or one attempt fewer; the third wrong code ends the
     * enrolment. Each attempt takes a slot first ({@code putIfAbsent}), so parallel guesses
     * cannot exceed the limit on any node.
     */
    void confirm(Enrolment enrolment, String code) throws AppApiError {
        if (code == null || !code.matches("[0-9]{" + SMS_CODE_LENGTH + "}")) {
            throw AppApiError.invalidRequest();
        }
        int attempt = 0;
        while (attempt < MAX_CODE_ATTEMPTS && !store.putIfAbsent(ENROLMENT + enrolment.id() + ".try." + attempt, SECONDS)) {
            attempt++;
        }
        if (attempt == MAX_CODE_ATTEMPTS) {
            store.remove(ENROLMENT + enrolment.id());
            throw new AppApiError(410, "expired");
        }
        if (MessageDigest.isEqual(hash(enrolment.id(), code).getBytes(StandardCharsets.UTF_8),
                enrolment.codeHash().getBytes(StandardCharsets.UTF_8))) {
            store.replace(ENROLMENT + enrolment.id(), new Enrolment(enrolment.id(), enrolment.realmId(), enrolment.userId(),
                    enrolment.phone(), enrolment.watch(), enrolment.expiresAt(), true, attempt + 1, "", enrolment.bound()).notes());
            return;
        }
        int left = MAX_CODE_ATTEMPTS - attempt - 1;
        if (left == 0) {
            store.remove(ENROLMENT + enrolment.id());
            throw new AppApiError(410, "expired");
        }
        throw new AppApiError(400, "wrong_code", left);
    }

    /** Ends the enrolment once (cluster-wide): false when another call already ended it. */
    boolean finish(Enrolment enrolment) {
        return store.remove(ENROLMENT + enrolment.id()) != null;
    }

    private static String code() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < SMS_CODE_LENGTH; i++) {
            code.append(RANDOM.nextInt(10));
        }
        return code.toString();
    }

    static String hash(String id, String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((id + ":" + code).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
