package be.digitalkeys.eid.testing;

import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import be.digitalkeys.eid.dev.WebEidTokens;

/** Web eID tokens for tests, and surgery on their JSON. */
public final class Tokens {

    public static final String ORIGIN = "https://login.example.be";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** A fresh 32-byte base64 challenge nonce, as the server issues. */
    public static String nonce() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    public static String sign(X509Certificate certificate, PrivateKey key, String algorithm, String nonce) {
        return WebEidTokens.sign(certificate, key, algorithm, ORIGIN, nonce);
    }

    /** The token with one field replaced: a String, a JsonNode, or {@code REMOVE}. */
    public static String with(String token, String field, Object value) {
        try {
            ObjectNode node = (ObjectNode) MAPPER.readTree(token);
            if (value == REMOVE) {
                node.remove(field);
            } else if (value instanceof JsonNode json) {
                node.set(field, json);
            } else {
                node.put(field, (String) value);
            }
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String field(String token, String field) {
        try {
            return MAPPER.readTree(token).get(field).textValue();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] signature(String token) {
        return Base64.getDecoder().decode(field(token, "signature"));
    }

    public static String withSignature(String token, byte[] signature) {
        return with(token, "signature", Base64.getEncoder().encodeToString(signature));
    }

    public static final Object REMOVE = new Object();
}
