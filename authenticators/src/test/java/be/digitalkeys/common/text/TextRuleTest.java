package be.digitalkeys.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import be.digitalkeys.common.text.InvalidTextException.Reason;

class TextRuleTest {

    private final TextRule code = TextRule.named("code").maxLength(10).reserved("root").build();

    private Reason reasonOf(String text) {
        return assertThrows(InvalidTextException.class, () -> code.check(text)).reason();
    }

    @ParameterizedTest
    @ValueSource(strings = {"U1", "Liège", "Ünit 7", "Namur-Sud", "ناحية", "נתניה", "東京", "a\u200Db", "Gent 2.0", "rooted"})
    void ordinaryText_isReturnedUnchanged(String text) throws InvalidTextException {
        assertEquals(text, code.check(text));
    }

    @Test
    void emptyAndTooLong() {
        assertEquals(Reason.EMPTY_FIELD, reasonOf(""));
        assertEquals(Reason.EMPTY_FIELD, reasonOf(null));
        assertEquals(Reason.FIELD_TOO_LONG, reasonOf("x".repeat(11)));
    }

    @ParameterizedTest
    @ValueSource(strings = {" U1", "U1 ", "\u00A0U1", "U1\u3000", " "})
    void leadingOrTrailingSpace(String text) {
        assertEquals(Reason.SURROUNDING_SPACE, reasonOf(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\rrL@", "\u000F", "a\tb", "a\nb", "a\u007Fb", "a\u0085b", "a\u2028b", "a\u2029b", "U1\n"})
    void controlCharacters(String text) {
        assertEquals(Reason.CONTROL_CHARACTER, reasonOf(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0378b", "a\uFFFEb", "a\uD800b", "a\uDC00", "a\uE000b", "a\uDB80\uDC00"})
    void unassignedSurrogateOrPrivateUse(String text) {
        assertEquals(Reason.UNASSIGNED_CHARACTER, reasonOf(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u202Eb", "a\u202Ab", "a\u2066b", "a\u2069b", "a\u200Eb", "a\u200Fb", "a\u061Cb"})
    void bidirectionalControls(String text) {
        assertEquals(Reason.BIDI_CONTROL, reasonOf(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u200Bb", "\uFEFFab", "a\u00ADb", "a\u2060b"})
    void invisibleFormatCharacters(String text) {
        assertEquals(Reason.INVISIBLE_CHARACTER, reasonOf(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"root", "ROOT", "Root"})
    void reservedValues_whateverTheCase(String text) {
        assertEquals(Reason.RESERVED_CODE, reasonOf(text));
    }

    @Test
    void theMessageNamesTheFieldAndNeverEchoesTheText() {
        InvalidTextException e = assertThrows(InvalidTextException.class, () -> code.check("secret\u0007"));
        assertEquals("code contains a control character", e.getMessage());
        assertFalse(e.getMessage().contains("secret"));
    }

    @Test
    void maxLengthMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> TextRule.named("x").maxLength(0));
        assertEquals(64, TextRule.named("x").maxLength(64).build().maxLength());
    }
}
