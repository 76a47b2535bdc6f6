package be.digitalkeys.dev;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTML escaping and the link extraction that makes the set-password links one click away. */
public final class Html {

    private static final Pattern HREF = Pattern.compile(
            "\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("\\bhttps?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00a0");
    private static final Pattern HEAD = Pattern.compile("<head(?:\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);

    private Html() {
    }

    /** Escapes text for an element body or a quoted attribute value. {@code null} becomes "". */
    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The distinct http(s) links of a message: the {@code href}s of the HTML body first (entities
     * decoded, so {@code &amp;} in a query string becomes {@code &}), then the URLs of the text body.
     */
    static List<String> links(String text, String html) {
        Set<String> links = new LinkedHashSet<>();
        if (html != null) {
            Matcher m = HREF.matcher(html);
            while (m.find()) {
                String raw = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                String href = decodeEntities(raw).trim();
                if (isHttp(href)) {
                    links.add(href);
                }
            }
        }
        if (text != null) {
            Matcher m = URL.matcher(text);
            while (m.find()) {
                links.add(trimTrailingPunctuation(m.group()));
            }
        }
        return new ArrayList<>(links);
    }

    private static boolean isHttp(String url) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && url.length() > 8
                && url.chars().noneMatch(Character::isWhitespace);
    }

    /** Drops sentence punctuation and unbalanced closing brackets a URL in running text ends with. */
    private static String trimTrailingPunctuation(String url) {
        int end = url.length();
        while (end > 0) {
            char c = url.charAt(end - 1);
            boolean unbalanced = (c == ')' && count(url, '(', end) < count(url, ')', end))
                    || (c == ']' && count(url, '[', end) < count(url, ']', end));
            if (".,;:!?".indexOf(c) >= 0 || unbalanced) {
                end--;
            } else {
                break;
            }
        }
        return url.substring(0, end);
    }

    private static long count(String s, char c, int end) {
        return s.substring(0, end).chars().filter(x -> x == c).count();
    }

    /** Decodes numeric character references and the common named entities; leaves others as they are. */
    static String decodeEntities(String value) {
        Matcher m = ENTITY.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(3) != null) {
                replacement = NAMED.getOrDefault(m.group(3).toLowerCase(java.util.Locale.ROOT), m.group());
            } else {
                int code = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
                replacement = Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The HTML body prepared for a sandboxed {@code srcdoc} iframe: a {@code <base target="_blank">}
     * makes every link open in a new, normal tab instead of inside the sandbox.
     */
    static String forIframe(String html) {
        String base = "<base target=\"_blank\">";
        Matcher head = HEAD.matcher(html);
        if (head.find()) {
            return html.substring(0, head.end()) + base + html.substring(head.end());
        }
        return base + html;
    }
}
