package be.digitalkeys.sms;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Values put into a gateway's body: JSON string content or form encoding. */
final class Escapes {

    private Escapes() {
    }

    static String json(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
