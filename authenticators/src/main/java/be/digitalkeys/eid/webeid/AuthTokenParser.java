package be.digitalkeys.eid.webeid;

import java.util.Base64;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Steps 1 and 2: the token is a JSON object of bounded size whose known fields are strings
 * (unknown fields are tolerated), with standard base64 certificate and signature, and a Web eID
 * 1.x format.
 */
final class AuthTokenParser {

    static final int MAX_SIGNATURE_BYTES = 1024;
    static final int MAX_CERTIFICATE_BYTES = 8 * 1024;
    static final String FORMAT_PREFIX = "web-eid:1.";
    private static final int MAX_FORMAT_LENGTH = 32;
    private static final int MAX_FIELD_CHARS = 16 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final int maxTokenLength;

    AuthTokenParser(int maxTokenLength) {
        this.maxTokenLength = maxTokenLength;
    }

    WebEidAuthToken parse(String tokenJson) throws MalformedTokenException, UnsupportedFormatException {
        if (tokenJson == null || tokenJson.isBlank()) {
            throw new MalformedTokenException("The token is empty");
        }
        if (tokenJson.length() > maxTokenLength) {
            throw new MalformedTokenException("The token is longer than " + maxTokenLength + " characters");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(tokenJson);
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the input: do not pass it on.
            throw new MalformedTokenException("The token is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedTokenException("The token is not a JSON object");
        }
        String certificate = requiredString(root, "unverifiedCertificate");
        String algorithm = requiredString(root, "algorithm");
        String signature = requiredString(root, "signature");
        String format = optionalString(root, "format");
        String appVersion = optionalString(root, "appVersion");
        byte[] certificateDer = base64(certificate, "unverifiedCertificate", MAX_CERTIFICATE_BYTES);
        byte[] signatureBytes = base64(signature, "signature", MAX_SIGNATURE_BYTES);
        checkFormat(format);
        return new WebEidAuthToken(certificateDer, algorithm, signatureBytes, format, appVersion);
    }

    /** Step 2: "web-eid:1.0", or another 1.x minor version. */
    static void checkFormat(String format) throws UnsupportedFormatException {
        if (format == null || format.isEmpty()) {
            throw new UnsupportedFormatException("The token has no format");
        }
        if (format.length() > MAX_FORMAT_LENGTH || !format.startsWith(FORMAT_PREFIX)
                || format.length() == FORMAT_PREFIX.length()) {
            throw new UnsupportedFormatException("Only Web eID token format 1.x is supported");
        }
    }

    private static String requiredString(JsonNode root, String field) throws MalformedTokenException {
        String value = optionalString(root, field);
        if (value == null || value.isEmpty()) {
            throw new MalformedTokenException("The token field '" + field + "' is missing or empty");
        }
        return value;
    }

    private static String optionalString(JsonNode root, String field) throws MalformedTokenException {
        JsonNode node = root.get(field);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            throw new MalformedTokenException("The token field '" + field + "' is not a string");
        }
        String value = node.textValue();
        if (value.length() > MAX_FIELD_CHARS) {
            throw new MalformedTokenException("The token field '" + field + "' is too long");
        }
        return value;
    }

    private static byte[] base64(String value, String field, int maxBytes) throws MalformedTokenException {
        if (value.length() > (maxBytes + 2) / 3 * 4) {
            throw new MalformedTokenException("The token field '" + field + "' is larger than " + maxBytes + " bytes");
        }
        if (value.length() % 4 != 0) {
            throw new MalformedTokenException("The token field '" + field + "' is not padded base64");
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedTokenException("The token field '" + field + "' is not valid base64");
        }
        if (decoded.length == 0 || decoded.length > maxBytes) {
            throw new MalformedTokenException("The token field '" + field + "' is empty or larger than "
                    + maxBytes + " bytes");
        }
        return decoded;
    }
}
