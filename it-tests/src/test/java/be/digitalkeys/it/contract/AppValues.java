package be.digitalkeys.it.contract;

import java.security.KeyPair;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;

import be.digitalkeys.appclient.DeviceKeys;
import be.digitalkeys.appclient.Payloads;
import be.digitalkeys.appclient.SignedMessage;

/**
 * The app API's values: well-formed activation tokens and Belgian mobile numbers, real P-256
 * device keys and payloads signed with them (typ, realm, device, ts and request as the document
 * describes), for devices, enrolments and requests the lab realm does not know; no bearer token.
 */
final class AppValues implements ApiValues {

    private static final String TOKEN_ALPHABET = "ACDEFGHJKLMNPQRTUVWXY3479";
    private final String realm;
    private final KeyPair key = DeviceKeys.generate();
    private String device = "device-of-nobody-0000000000";
    private String request = "request-of-nobody-000000000";

    AppValues(String realm) {
        this.realm = realm;
    }

    @Override
    public boolean authenticated() {
        return false;
    }

    @Override
    public Object valid(ContractDocument.Op op, String name, Schema<?> schema, Map<String, Object> siblings, Random random) {
        switch (name) {
            case "device" -> {
                device = SimplePattern.generate("^[A-Za-z0-9_-]{22,64}$", random);
                return device;
            }
            case "request" -> {
                request = SimplePattern.generate(schema.getPattern(), random);
                return request;
            }
            case "activationToken" -> {
                StringBuilder token = new StringBuilder();
                for (int i = 0; i < 6; i++) {
                    token.append(TOKEN_ALPHABET.charAt(random.nextInt(TOKEN_ALPHABET.length())));
                }
                return random.nextBoolean() ? token.toString() : token.substring(0, 3).toLowerCase() + " " + token.substring(3);
            }
            case "phoneNumber" -> {
                String digits = String.format("%06d", random.nextInt(1_000_000));
                return random.nextBoolean() ? "+32470" + digits : "0470 " + digits.substring(0, 2) + " " + digits.substring(2);
            }
            case "publicKey" -> {
                return DeviceKeys.encodePublicKey(key.getPublic());
            }
            case "name" -> {
                return Texts.word(random, 1, 30);
            }
            case "pushToken" -> {
                return Texts.word(random, 1, 60);
            }
            case "payload" -> {
                SignedMessage message = signed(op, random);
                siblings.put("signature", message.signature());
                return message.payload();
            }
            case "signature" -> {
                return siblings.containsKey("signature") ? siblings.get("signature") : "c2lnbmF0dXJl";
            }
            default -> {
                return null;
            }
        }
    }

    /** A payload of the operation's type, signed by a key the realm does not know. */
    private SignedMessage signed(ContractDocument.Op op, Random random) {
        Map<String, Object> payload = new LinkedHashMap<>();
        String typ = switch (op.id()) {
            case "registerDevice" -> "dk-app-enrol";
            case "pendingRequests" -> "dk-app-pending";
            case "viewRequest" -> "dk-app-view";
            default -> "dk-app-answer";
        };
        payload.put("typ", typ);
        payload.put("realm", realm);
        payload.put("device", device);
        payload.put("ts", System.currentTimeMillis());
        if (typ.equals("dk-app-view") || typ.equals("dk-app-answer")) {
            payload.put("request", request);
        }
        if (typ.equals("dk-app-answer")) {
            payload.put("decision", random.nextBoolean() ? "approve" : "deny");
            payload.put("icon", random.nextBoolean() ? null : "sun");
        }
        return DeviceKeys.sign(key.getPrivate(), Payloads.json(payload));
    }

    @Override
    public String token(ContractDocument.Op op, Random random) {
        return null;
    }

    @Override
    public String authorisedToken(ContractDocument.Op op) {
        return null;
    }

    @Override
    public int expectedStatus(ContractDocument.Op op, Mutation mutation) {
        return mutation == Mutation.PARAMETER ? 400 : 0;
    }

    @Override
    public void harvest(ContractDocument.Op op, int status, JsonNode body) {
        // nothing the app API answers here is reused
    }
}
