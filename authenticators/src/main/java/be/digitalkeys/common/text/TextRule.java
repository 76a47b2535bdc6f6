package be.digitalkeys.common.text;

import java.util.List;
import java.util.Locale;

/**
 * The rules for a text field a client sets (a name, a code, free text): not empty, at most
 * {@code maxLength} UTF-16 characters, no leading or trailing white space, and none of the
 * characters that make stored text lie about itself: control characters (C0, C1, line and
 * paragraph separators), code points Unicode does not assign (or lone surrogates, private use),
 * bidirectional overrides and isolates (U+202A-202E, U+2066-2069, LRM/RLM/ALM: "Trojan source"),
 * and other invisible format characters (zero-width space, BOM, ...); zero-width (non-)joiners
 * stay allowed, since Persian and Indic names need them. A field may also reserve some values
 * (compared without case), such as the context code {@code root}.
 *
 * <pre>{@code
 * TextRule code = TextRule.named("code").maxLength(64).reserved("root").build();
 * code.check(input); // returns the input, or throws InvalidTextException with a Reason
 * }</pre>
 */
public interface TextRule {

    /** The text unchanged when it follows every rule. */
    String check(String text) throws InvalidTextException;

    /** The largest length accepted. */
    int maxLength();

    static Builder named(String field) {
        return new Builder(field);
    }

    final class Builder {
        private final String field;
        private int maxLength = 255;
        private List<String> reserved = List.of();

        private Builder(String field) {
            this.field = field;
        }

        public Builder maxLength(int maxLength) {
            if (maxLength < 1) {
                throw new IllegalArgumentException("maxLength must be positive");
            }
            this.maxLength = maxLength;
            return this;
        }

        /** Values refused whatever their case. */
        public Builder reserved(String... values) {
            this.reserved = java.util.Arrays.stream(values).map(v -> v.toLowerCase(Locale.ROOT)).toList();
            return this;
        }

        public TextRule build() {
            return new TextRuleImpl(field, maxLength, reserved);
        }
    }
}
