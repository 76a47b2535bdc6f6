package be.digitalkeys.app;

import java.io.IOException;
import java.security.PublicKey;

import be.digitalkeys.appclient.BadSignatureException;
import be.digitalkeys.appclient.DeviceKeys;
import be.digitalkeys.appclient.InvalidDeviceKeyException;
import be.digitalkeys.appclient.SignedMessage;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.util.JsonSerialization;

/**
 * Checks a device-signed call: the body's shape and sizes, the payload's type, realm, device and
 * freshness (±{@value #MAX_SKEW_MILLIS} ms), the device (unknown → 401) and the ECDSA P-256
 * signature with its registered key. The payload is read only after the signature verifies, apart
 * from the device id needed to find the key.
 */
final class AppSignedCalls {

    static final long MAX_SKEW_MILLIS = 60_000;
    static final int MAX_PAYLOAD_CHARS = 12_000;
    static final int MAX_SIGNATURE_CHARS = 200;
    private static final ObjectReader STRICT = JsonSerialization.mapper.reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** A verified call: who signed it and what. */
    record Call(AppDevices.Located device, JsonNode payload) {
        String text(String field) {
            JsonNode node = payload.get(field);
            return node != null && node.isTextual() ? node.asText() : null;
        }
    }

    private final KeycloakSession session;
    private final RealmModel realm;

    AppSignedCalls(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** The signed message in a JSON body {payload, signature}. */
    static SignedMessage message(JsonNode body) throws AppApiError {
        if (body == null || !body.isObject() || !body.path("payload").isTextual() || !body.path("signature").isTextual()) {
            throw AppApiError.invalidRequest();
        }
        String payload = body.get("payload").asText();
        String signature = body.get("signature").asText();
        if (payload.length() > MAX_PAYLOAD_CHARS || signature.length() > MAX_SIGNATURE_CHARS) {
            throw AppApiError.invalidRequest();
        }
        return new SignedMessage(payload, signature);
    }

    /** Verifies a call of type {@code typ}; {@code pathDevice} (may be null) must equal the payload's device. */
    Call verify(JsonNode body, String typ, String pathDevice) throws AppApiError {
        SignedMessage message = message(body);
        JsonNode unverified = parse(message);
        JsonNode device = unverified.get("device");
        if (device == null || !device.isTextual() || (pathDevice != null && !pathDevice.equals(device.asText()))) {
            throw AppApiError.invalidRequest();
        }
        AppDevices.Located located = AppDevices.locate(session, realm, device.asText())
                .orElseThrow(() -> new AppApiError(401, "unknown_device"));
        checkSignature(located.device().data().publicKey(), message);
        checkEnvelope(unverified, typ);
        return new Call(located, unverified);
    }

    /** The signature of {@code message} by {@code encodedKey}; 401 bad_signature otherwise. */
    static void checkSignature(String encodedKey, SignedMessage message) throws AppApiError {
        try {
            PublicKey key = DeviceKeys.decodePublicKey(encodedKey);
            DeviceKeys.verify(key, message);
        } catch (InvalidDeviceKeyException | BadSignatureException e) {
            throw new AppApiError(401, "bad_signature");
        }
    }

    /** Type, realm and freshness of a verified payload. */
    void checkEnvelope(JsonNode payload, String typ) throws AppApiError {
        if (!typ.equals(payload.path("typ").asText(null)) || !realm.getName().equals(payload.path("realm").asText(null))
                || !payload.path("ts").canConvertToLong() || !payload.path("ts").isIntegralNumber()) {
            throw AppApiError.invalidRequest();
        }
        if (Math.abs(Time.currentTimeMillis() - payload.get("ts").asLong()) > MAX_SKEW_MILLIS) {
            throw new AppApiError(401, "stale");
        }
    }

    static JsonNode parse(SignedMessage message) throws AppApiError {
        JsonNode node;
        try {
            node = STRICT.readTree(message.payloadBytes());
        } catch (IOException | IllegalArgumentException e) {
            throw AppApiError.invalidRequest();
        }
        if (node == null || !node.isObject()) {
            throw AppApiError.invalidRequest();
        }
        return node;
    }
}
