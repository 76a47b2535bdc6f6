package be.digitalkeys.common;

/**
 * Whether a value typed into a one-line login field (username, phone number, card number) is
 * clean text: no control characters (C0, DEL, C1: tab, newline, NUL, escape...), no format
 * characters (the bidirectional overrides and isolates U+202A-U+202E and U+2066-U+2069, the
 * direction marks, zero-width characters, the BOM), no line or paragraph separators, and no
 * unpaired surrogate halves. Such characters are never part of a username, a phone number or a
 * card number; echoed back into a field they let a value look other than it is (U+202E turns
 * "1234" around on screen), so the forms refuse them with the field's own message and echo
 * nothing. Stored text of the organisations API has its own rules; this class is for the login
 * forms only.
 */
public final class SingleLineText {

    private SingleLineText() {
    }

    /** True when every code point of {@code value} may be shown back in a one-line field; null counts as clean (empty). */
    public static boolean isClean(CharSequence value) {
        if (value == null) {
            return true;
        }
        return value.codePoints().noneMatch(SingleLineText::refused);
    }

    private static boolean refused(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SURROGATE -> true;
            default -> false;
        };
    }
}
