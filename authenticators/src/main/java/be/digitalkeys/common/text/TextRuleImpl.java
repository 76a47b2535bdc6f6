package be.digitalkeys.common.text;

import java.util.List;
import java.util.Locale;

import be.digitalkeys.common.text.InvalidTextException.Reason;

/** {@link TextRule}: the checks in order, the first broken one reported. */
final class TextRuleImpl implements TextRule {

    private final String field;
    private final int maxLength;
    private final List<String> reserved;

    TextRuleImpl(String field, int maxLength, List<String> reserved) {
        this.field = field;
        this.maxLength = maxLength;
        this.reserved = reserved;
    }

    @Override
    public int maxLength() {
        return maxLength;
    }

    @Override
    public String check(String text) throws InvalidTextException {
        if (text == null || text.isEmpty()) {
            throw fail(Reason.EMPTY_FIELD, "must not be empty");
        }
        if (text.length() > maxLength) {
            throw fail(Reason.FIELD_TOO_LONG, "is longer than " + maxLength + " characters");
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            checkCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (isSpace(text.codePointAt(0)) || isSpace(text.codePointBefore(text.length()))) {
            throw fail(Reason.SURROUNDING_SPACE, "must not start or end with a space");
        }
        if (reserved.contains(text.toLowerCase(Locale.ROOT))) {
            throw fail(Reason.RESERVED_CODE, "is a reserved value");
        }
        return text;
    }

    private void checkCodePoint(int cp) throws InvalidTextException {
        if (isBidiControl(cp)) {
            throw fail(Reason.BIDI_CONTROL, "contains a bidirectional control character");
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR ->
                    throw fail(Reason.CONTROL_CHARACTER, "contains a control character");
            case Character.UNASSIGNED, Character.SURROGATE, Character.PRIVATE_USE ->
                    throw fail(Reason.UNASSIGNED_CHARACTER, "contains an unassigned or private character");
            case Character.FORMAT -> {
                if (cp != 0x200C && cp != 0x200D) {
                    throw fail(Reason.INVISIBLE_CHARACTER, "contains an invisible format character");
                }
            }
            default -> {
                // a visible character or an ordinary space
            }
        }
    }

    /** LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, LRM, RLM, ALM. */
    static boolean isBidiControl(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069 || cp == 0x200E || cp == 0x200F || cp == 0x061C;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private InvalidTextException fail(Reason reason, String what) {
        return new InvalidTextException(reason, field + " " + what);
    }
}
