package be.digitalkeys.sms;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Values put into a gateway's body: JSON string content or form encoding. */
final class Escapes {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(to|text|realm)}");

    private Escapes() {
    }

    /**
     * The template with ${to}, ${text} and ${realm} replaced in one pass (a "${realm}" inside the
     * text stays as typed), each value escaped for the content type: JSON string content when
     * it mentions json, URL encoding when it is a form, as is otherwise.
     */
    static String fill(String template, SmsMessage message, String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        UnaryOperator<String> escape = type.contains("json") ? Escapes::json
                : type.contains("x-www-form-urlencoded") ? Escapes::form : UnaryOperator.identity();
        Map<String, String> values = Map.of("to", message.toE164(), "text", message.text(),
                "realm", message.realm() == null ? "" : message.realm());
        Matcher matcher = PLACEHOLDER.matcher(template);
        return matcher.replaceAll(m -> Matcher.quoteReplacement(escape.apply(values.get(m.group(1)))));
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
