package be.digitalkeys.organisation.kbo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EnterpriseNumberTest {

    /** Published numbers of well-known Belgian companies (KBO public search), check digits verified by hand. */
    @ParameterizedTest
    @CsvSource({
            "0202239951, 0202.239.951", // Proximus
            "0400378485, 0400.378.485", // Colruyt Group
            "0417497106, 0417.497.106", // Anheuser-Busch InBev
            "0403201185, 0403.201.185", // Belfius Bank
            "0462920226, 0462.920.226", // KBC Bank
            "0403227515, 0403.227.515"  // KBC Groep
    })
    void publishedNumbers_areValid(String digits, String formatted) throws Exception {
        EnterpriseNumber number = EnterpriseNumber.parse(digits);
        assertEquals(digits, number.digits());
        assertEquals(formatted, number.formatted());
        assertEquals(number, EnterpriseNumber.parse(formatted));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0202239952", "0202239950", "0202239915", "0400378458", "0417497160", "1202239951"})
    void wrongCheckDigits_areRejected(String text) {
        InvalidEnterpriseNumberException e = assertThrows(InvalidEnterpriseNumberException.class, () -> EnterpriseNumber.parse(text));
        assertFalse(e.getMessage().contains(text.substring(0, 6)), "message must not echo the number");
        assertFalse(EnterpriseNumber.isValid(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0202.239.951", "0202 239 951", " 0202239951 ", "0202.239 951", "02.02.23.99.51"})
    void dotsAndSpaces_areAccepted(String text) throws Exception {
        assertEquals("0202239951", EnterpriseNumber.parse(text).digits());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"202239951", "00202239951", "020223995", "0202-239-951", "0202/239/951", "BE0202239951",
            "O202239951", "0202239951\n", "0202239951\t", "０２０２２３９９５１", "..........", "abcdefghij",
            "123456789012345678901234567890123"})
    void anythingElse_isRejected(String text) {
        assertThrows(InvalidEnterpriseNumberException.class, () -> EnterpriseNumber.parse(text));
        assertFalse(EnterpriseNumber.isValid(text));
    }

    @Test
    void inputLongerThan32Chars_isRejectedBeforeCleaning() {
        String padded = "0202239951" + " ".repeat(23);
        assertEquals(33, padded.length());
        assertThrows(InvalidEnterpriseNumberException.class, () -> EnterpriseNumber.parse(padded));
        assertTrue(EnterpriseNumber.isValid("0202239951" + " ".repeat(22)));
    }

    @Test
    void firstDigitTwoOrMore_isAnEstablishmentNotAnEnterprise() throws Exception {
        String establishment = withCheck("21234567");
        assertFalse(EnterpriseNumber.isValid(establishment));
        assertTrue(EstablishmentNumber.isValid(establishment));
    }

    @Test
    void firstDigitOne_isAccepted() {
        assertTrue(EnterpriseNumber.isValid(withCheck("10000001")));
    }

    @Test
    void checkDigits97_whenTheBaseIsAMultipleOf97() {
        long base = 3_999_989L; // 97 × 41 237
        assertEquals(0, base % 97);
        assertTrue(EnterpriseNumber.isValid(String.format("%08d", base) + "97"));
        assertFalse(EnterpriseNumber.isValid(String.format("%08d", base) + "00"));
    }

    @Test
    void equalityByDigits_andToStringIsFormatted() throws Exception {
        assertEquals(EnterpriseNumber.parse("0202.239.951").hashCode(), EnterpriseNumber.parse("0202239951").hashCode());
        assertNotEquals(EnterpriseNumber.parse("0202239951"), EnterpriseNumber.parse("0400378485"));
        assertEquals("0202.239.951", EnterpriseNumber.parse("0202239951").toString());
        assertEquals("dk-kbo", EnterpriseNumber.ORGANIZATION_ATTRIBUTE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "5", "8"})
    void establishmentNumbers_startWithTwoToEight(String first) throws Exception {
        String digits = withCheck(first + "1234567");
        EstablishmentNumber number = EstablishmentNumber.parse(digits);
        assertEquals(digits, number.digits());
        assertEquals(digits.charAt(0) + "." + digits.substring(1, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7),
                number.formatted());
        assertEquals(number, EstablishmentNumber.parse(number.formatted()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0202239951", "9123456744", "2123456700", "212345670", "2.123.456.78X"})
    void establishmentNumbers_otherwiseRejected(String text) {
        assertFalse(EstablishmentNumber.isValid(text));
        assertThrows(InvalidEnterpriseNumberException.class, () -> EstablishmentNumber.parse(text));
    }

    private static String withCheck(String eight) {
        return eight + String.format("%02d", 97 - Long.parseLong(eight) % 97);
    }
}
