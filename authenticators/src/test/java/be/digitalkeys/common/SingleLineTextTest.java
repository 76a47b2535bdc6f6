package be.digitalkeys.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SingleLineTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "marie.dupont", "+32 470 12 34 56", "0470/12.34.56", "6703 1234 5678 9012 1", "Zoë Ñúñez-O'Brien",
            "مريم", "١٢٣٤", "１２３４", "田中", "😀", "a\u00a0b", "pass word"})
    void ordinaryText_isClean(String value) {
        assertTrue(SingleLineText.isClean(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\tb", "a\nb", "a\rb", "\u001b[31m", "a\u007fb", "a\u0085b", "a\u009bb",
            "1234\u202e5678", "\u202aab", "\u202bab", "\u202cab", "\u202dab", "\u2066ab", "\u2067ab", "\u2068ab", "\u2069ab",
            "a\u200eb", "a\u200fb", "a\u061cb", "a\u200bb", "a\u200db", "\ufeffab", "a\u2028b", "a\u2029b", "a\ud800b", "a\udc00"})
    void controlFormatAndSeparatorCharacters_areRefused(String value) {
        assertFalse(SingleLineText.isClean(value), value.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList().toString());
    }

    @org.junit.jupiter.api.Test
    void nothingTyped_isClean() {
        assertTrue(SingleLineText.isClean(null));
    }
}
