package be.digitalkeys.appclient;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes the JSON payload a device signs, without any JSON library, so the app side of the
 * shared jar stays dependency-free: a flat object of strings, numbers, booleans and nulls.
 */
public final class Payloads {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Payloads() {
    }

    /**
     * The UTF-8 bytes of a JSON object with the map's entries, in its iteration order.
     *
     * @throws IllegalArgumentException a key is null, or a value is not a String, Number,
     *         Boolean or null (or is a non-finite number)
     */
    public static byte[] json(Map<String, Object> values) {
        StringBuilder json = new StringBuilder(128).append('{');
        String separator = "";
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            if (entry.getKey() == null) {
                throw new IllegalArgumentException("Null key");
            }
            json.append(separator);
            string(json, entry.getKey());
            json.append(':');
            value(json, entry.getValue());
            separator = ",";
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void value(StringBuilder json, Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof String text) {
            string(json, text);
        } else if (value instanceof Boolean flag) {
            json.append(flag.booleanValue());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            json.append(value);
        } else if (value instanceof BigDecimal decimal) {
            json.append(decimal.toString());
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                throw new IllegalArgumentException("JSON has no NaN or infinity");
            }
            json.append(value);
        } else {
            throw new IllegalArgumentException("Not a flat JSON value: " + value.getClass().getName());
        }
    }

    /** A JSON string: quote and backslash escaped, controls and lone surrogates as {@code \\uXXXX}. */
    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || isLoneSurrogate(text, i)) {
                json.append("\\u").append(HEX[c >> 12]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
