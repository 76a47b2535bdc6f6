package be.digitalkeys.it.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Strings matching the simple patterns of our documents: a sequence of character classes
 * ({@code [A-Za-z0-9_-]}, {@code [^@\s]}) or literals, each with an optional quantifier
 * ({@code {m,n}}, {@code {n}}, {@code +}, {@code *}, {@code ?}), between {@code ^} and {@code $}.
 * Anything else (groups, alternation) is not generated here (null).
 */
final class SimplePattern {

    private static final String DEFAULT_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private SimplePattern() {
    }

    static String generate(String pattern, Random random) {
        String p = pattern;
        if (p.startsWith("^")) {
            p = p.substring(1);
        }
        if (p.endsWith("$")) {
            p = p.substring(0, p.length() - 1);
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            List<Character> choices;
            if (c == '[') {
                int end = p.indexOf(']', i + 2);
                if (end < 0) {
                    return null;
                }
                choices = charClass(p.substring(i + 1, end));
                i = end + 1;
            } else if (c == '\\' && i + 1 < p.length()) {
                char e = p.charAt(i + 1);
                if (Character.isLetterOrDigit(e)) {
                    return null;
                }
                choices = List.of(e);
                i += 2;
            } else if ("()|.".indexOf(c) >= 0) {
                return null;
            } else {
                choices = List.of(c);
                i++;
            }
            int min = 1;
            int max = 1;
            if (i < p.length()) {
                char q = p.charAt(i);
                if (q == '{') {
                    int end = p.indexOf('}', i);
                    String[] bounds = p.substring(i + 1, end).split(",", -1);
                    min = Integer.parseInt(bounds[0]);
                    max = bounds.length == 1 ? min : bounds[1].isEmpty() ? min + 10 : Integer.parseInt(bounds[1]);
                    i = end + 1;
                } else if (q == '+' || q == '*' || q == '?') {
                    min = q == '+' ? 1 : 0;
                    max = q == '?' ? 1 : 8;
                    i++;
                }
            }
            if (choices.isEmpty()) {
                return null;
            }
            int n = min + random.nextInt(Math.max(1, Math.min(max, min + 12) - min + 1));
            for (int k = 0; k < n; k++) {
                out.append(choices.get(random.nextInt(choices.size())));
            }
        }
        return out.toString();
    }

    /** The characters of a class body such as {@code A-Za-z0-9_.:-} or {@code ^@\s} (negated: from a plain alphabet). */
    private static List<Character> charClass(String body) {
        boolean negated = body.startsWith("^");
        String b = negated ? body.substring(1) : body;
        List<Character> members = new ArrayList<>();
        boolean space = false;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == '\\' && i + 1 < b.length()) {
                char e = b.charAt(++i);
                if (e == 's') {
                    space = true;
                } else if (e == 'd') {
                    for (char d = '0'; d <= '9'; d++) {
                        members.add(d);
                    }
                } else {
                    members.add(e);
                }
            } else if (i + 2 < b.length() && b.charAt(i + 1) == '-') {
                for (char r = c; r <= b.charAt(i + 2); r++) {
                    members.add(r);
                }
                i += 2;
            } else {
                members.add(c);
            }
        }
        if (!negated) {
            if (space) {
                members.add(' ');
            }
            return members;
        }
        List<Character> rest = new ArrayList<>();
        for (char c : DEFAULT_ALPHABET.toCharArray()) {
            if (!members.contains(c)) {
                rest.add(c);
            }
        }
        return rest;
    }
}
