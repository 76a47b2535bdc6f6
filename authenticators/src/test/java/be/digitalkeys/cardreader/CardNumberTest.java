package be.digitalkeys.cardreader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link CardNumber} and {@link CardNumberParser}. Luhn-valid numbers were checked independently. */
class CardNumberTest {

    /** 6703 1234 5678 9012 with its Luhn check digit 1. */
    private static final String VALID = "67031234567890121";

    @ParameterizedTest
    @ValueSource(strings = {
            "67031234567890121",
            "6703 1234 5678 9012 1",
            "6703-1234-5678-9012-1",
            "  6703 1234-5678 9012 1 ",
            "6703\u00a01234\u00a05678\u00a09012\u00a01",
            "67 03 12 34 56 78 90 12 1"
    })
    void typedWithSpacesOrDashes_givesTheDigits(String typed) throws Exception {
        assertEquals(VALID, CardNumber.parse(typed).digits());
    }

    @Test
    void grouped_isAsPrintedOnTheCard() throws Exception {
        assertEquals("6703 1234 5678 9012 1", CardNumber.parse(VALID).grouped());
    }

    @Test
    void masked_keepsThePrefixAndTheLastTwoDigits() throws Exception {
        assertEquals("6703 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 \u2022\u2022\u20222 1",
                CardNumber.parse(VALID).masked());
    }

    @Test
    void toString_isMasked_soLogsNeverHoldTheNumber() throws Exception {
        CardNumber card = CardNumber.parse(VALID);
        assertEquals(card.masked(), card.toString());
        assertFalse(card.toString().contains("1234"));
    }

    @Test
    void sameDigits_areEqual() throws Exception {
        assertEquals(CardNumber.parse(VALID), CardNumber.parse("6703 1234 5678 9012 1"));
        assertEquals(CardNumber.parse(VALID).hashCode(), CardNumber.parse("6703-1234-5678-9012-1").hashCode());
        assertNotEquals(CardNumber.parse(VALID), CardNumber.parse("67030000000000003"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"6703 1234 5678 9012", "6703123456789012", "670312345678901210", "6703", "   ", ""})
    void notSeventeenDigits_isAWrongLength(String typed) {
        assertThrows(WrongCardNumberLengthException.class, () -> CardNumber.parse(typed));
    }

    @Test
    void wrongLength_saysHowManyDigitsWereTyped() {
        assertEquals(16, assertThrows(WrongCardNumberLengthException.class,
                () -> CardNumber.parse("6703 1234 5678 9012")).digitCount());
        assertEquals(0, assertThrows(WrongCardNumberLengthException.class, () -> CardNumber.parse(null)).digitCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"6703.1234.5678.9012.1", "6703 1234 5678 9012 I", "6703/1234/5678/9012/1",
            "\u0666\u0667\u0660\u0663 1234 5678 9012 1", "6703 1234 5678 9012 1\n<script>"})
    void otherCharacters_areMalformed(String typed) {
        assertThrows(MalformedCardNumberException.class, () -> CardNumber.parse(typed));
    }

    @Test
    void anotherIssuersCard_isRefusedWithTheExpectedPrefix() {
        // 4871 0499 9999 9999 2 has a valid check digit but another prefix.
        WrongIssuerPrefixException e = assertThrows(WrongIssuerPrefixException.class,
                () -> CardNumber.parse("4871 0499 9999 9999 2"));
        assertEquals("6703", e.expectedPrefix());
    }

    @Test
    void configuredPrefix_replacesTheDefault() throws Exception {
        CardNumberParser parser = CardNumberParser.builder().issuerPrefix("4871").build();
        assertEquals("48710499999999992", parser.parse("4871 0499 9999 9999 2").digits());
        assertThrows(WrongIssuerPrefixException.class, () -> parser.parse(VALID));
    }

    @Test
    void emptyPrefix_acceptsAnyIssuer() throws Exception {
        CardNumberParser parser = CardNumberParser.builder().issuerPrefix("").build();
        assertEquals("48710499999999992", parser.parse("48710499999999992").digits());
    }

    @ParameterizedTest
    @ValueSource(strings = {"67031234567890120", "67031234567890122", "67031234567890112", "67032134567890121"})
    void typingMistake_failsTheCheckDigit(String typed) {
        assertThrows(WrongCheckDigitException.class, () -> CardNumber.parse(typed));
    }

    @Test
    void checkDigitOff_acceptsAnyLastDigit() throws Exception {
        CardNumberParser parser = CardNumberParser.builder().checkDigit(false).build();
        assertEquals("67031234567890120", parser.parse("6703 1234 5678 9012 0").digits());
    }

    @Test
    void checksRunInOrder_charactersLengthPrefixCheckDigit() {
        assertThrows(MalformedCardNumberException.class, () -> CardNumber.parse("4871 x"));
        assertThrows(WrongCardNumberLengthException.class, () -> CardNumber.parse("4871 0499"));
        assertThrows(WrongIssuerPrefixException.class, () -> CardNumber.parse("48710499999999990"));
    }

    @Test
    void everyRefusal_isAnInvalidCardNumber() {
        assertTrue(InvalidCardNumberException.class.isAssignableFrom(WrongCheckDigitException.class));
        assertThrows(InvalidCardNumberException.class, () -> CardNumber.parse("67031234567890120"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"67a3", "67030000000000000", " 6703"})
    void invalidPrefixConfiguration_isRefused(String prefix) {
        assertThrows(IllegalArgumentException.class, () -> CardNumberParser.builder().issuerPrefix(prefix).build());
    }

    @Test
    void luhn_knownNumbers() {
        assertTrue(CardNumber.luhnValid("67030000000000003"));
        assertTrue(CardNumber.luhnValid("67039876543210980"));
        assertTrue(CardNumber.luhnValid("79927398713"));
        assertFalse(CardNumber.luhnValid("79927398710"));
    }
}
