package be.digitalkeys.dev.demo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The claims of a verified ID token that matter to a demo, in the order the page shows them,
 * with every national number masked the way our login pages mask it (85.07.30-xxx.xx): the page
 * never shows one in full, even though the token carries it.
 */
public final class ClaimsView {

    /** A shown line: the claim's name (a stable id for tests) and its value as text. */
    public record Line(String claim, String value) {
    }

    /** Kinds of {@code dk_profile} whose id is a person's national number. */
    private static final List<String> PERSON_PROFILES = List.of("self", "child");

    private ClaimsView() {
    }

    /** The lines for these claims; a missing claim gives no line, except the fixed ones (shown as "—"). */
    public static List<Line> lines(Map<String, Object> claims) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("name", text(claims.getOrDefault("name", claims.get("preferred_username")))));
        lines.add(new Line("preferred_username", text(claims.get("preferred_username"))));
        lines.add(new Line("national_number", nationalNumber(claims)));
        lines.add(new Line("acr", text(claims.get("acr"))));
        lines.add(new Line("amr", text(claims.get("amr"))));
        if (claims.get("dk_profile") instanceof Map<?, ?> profile) {
            boolean person = PERSON_PROFILES.contains(String.valueOf(profile.get("type")));
            lines.add(new Line("dk_profile.type", text(profile.get("type"))));
            lines.add(new Line("dk_profile.name", text(profile.get("name"))));
            lines.add(new Line("dk_profile.id", person ? mask(text(profile.get("id"))) : text(profile.get("id"))));
        }
        if (claims.get("dk_org") instanceof Map<?, ?> org) {
            flatten("dk_org", org, lines);
        }
        return lines;
    }

    /** The {@code niss} claim when a mapper adds one, else the id of a person's {@code dk_profile}; masked. */
    static String nationalNumber(Map<String, Object> claims) {
        if (claims.get("niss") instanceof String niss) {
            return mask(niss);
        }
        if (claims.get("dk_profile") instanceof Map<?, ?> profile && PERSON_PROFILES.contains(String.valueOf(profile.get("type")))
                && profile.get("id") instanceof String id) {
            return mask(id);
        }
        return "—";
    }

    /** 85073003328 → 85.07.30-xxx.xx; anything that is not 11 digits is hidden entirely. */
    static String mask(String value) {
        String digits = value == null ? "" : value.replaceAll("[ .\\-]", "");
        if (!digits.matches("[0-9]{11}")) {
            return "•••";
        }
        return digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4, 6) + "-xxx.xx";
    }

    private static void flatten(String prefix, Map<?, ?> map, List<Line> lines) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = prefix + "." + e.getKey();
            if (e.getValue() instanceof Map<?, ?> inner) {
                flatten(key, inner, lines);
            } else {
                lines.add(new Line(key, text(e.getValue())));
            }
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? "—" : String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
