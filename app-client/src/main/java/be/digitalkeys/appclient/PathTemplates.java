package be.digitalkeys.appclient;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills the {@code {name}} placeholders of an OpenAPI path, percent-encoding each value as one segment. */
final class PathTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^/}]+}");

    private PathTemplates() {
    }

    /** @throws IllegalArgumentException the number of values does not match the placeholders, or one is null */
    static String expand(String template, String... values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder path = new StringBuilder();
        int used = 0;
        while (matcher.find()) {
            if (used >= values.length || values[used] == null) {
                throw new IllegalArgumentException("Missing value for " + matcher.group() + " in " + template);
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(segment(values[used++])));
        }
        if (used != values.length) {
            throw new IllegalArgumentException("Too many values for " + template);
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /** RFC 3986 unreserved characters stay, every other UTF-8 byte becomes %XX; "." and ".." are encoded too. */
    static String segment(String value) {
        if (value.equals(".") || value.equals("..")) {
            return value.replace(".", "%2E");
        }
        StringBuilder encoded = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
