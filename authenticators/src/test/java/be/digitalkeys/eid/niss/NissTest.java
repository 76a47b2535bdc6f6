package be.digitalkeys.eid.niss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NissTest {

    @Test
    void bornBefore2000_checksumOverNineDigits() throws Exception {
        Niss niss = Niss.parse("85073003328");
        assertEquals("85073003328", niss.digits());
        assertEquals(Optional.of(LocalDate.of(1985, 7, 30)), niss.birthDate());
        assertFalse(niss.isBis());
    }

    @Test
    void bornFrom2000_checksumWithLeadingTwo() throws Exception {
        Niss niss = Niss.parse("17073003384");
        assertEquals(Optional.of(LocalDate.of(2017, 7, 30)), niss.birthDate());
    }

    @Test
    void realEidHolder_isValid() throws Exception {
        assertEquals(Optional.of(LocalDate.of(1979, 2, 18)), Niss.parse("79021802145").birthDate());
    }

    @Test
    void wrongCheckDigits_isRejected() {
        InvalidNissException e = assertThrows(InvalidNissException.class, () -> Niss.parse("85073003327"));
        assertFalse(e.getMessage().contains("850730"), "message must not echo the number");
        assertFalse(Niss.isValid("85073003327"));
    }

    @Test
    void bisNumberGenderKnown_monthPlus40() throws Exception {
        Niss niss = Niss.parse("83492416240");
        assertTrue(niss.isBis());
        assertEquals(Optional.of(LocalDate.of(1983, 9, 24)), niss.birthDate());
    }

    @Test
    void bisNumberGenderUnknown_monthPlus20() throws Exception {
        String base = "832924162";
        String niss = base + String.format("%02d", 97 - Long.parseLong(base) % 97);
        assertTrue(Niss.parse(niss).isBis());
        assertEquals(Optional.of(LocalDate.of(1983, 9, 24)), Niss.parse(niss).birthDate());
    }

    @Test
    void unknownMonthOrDay_hasNoBirthDate() throws Exception {
        assertEquals(Optional.empty(), Niss.parse(withCheck("400000123")).birthDate());
        assertEquals(Optional.empty(), Niss.parse(withCheck("852000123")).birthDate());
        assertTrue(Niss.parse(withCheck("852000123")).isBis());
        assertEquals(Optional.empty(), Niss.parse(withCheck("850700123")).birthDate());
    }

    @Test
    void impossibleDate_isAcceptedWithoutBirthDate() throws Exception {
        assertEquals(Optional.empty(), Niss.parse(withCheck("850230123")).birthDate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"851300123", "851900123", "853300123", "853900123", "855300123", "859900123", "850732123"})
    void monthOrDayOutOfRange_isRejected(String nine) {
        assertFalse(Niss.isValid(withCheck(nine)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"85.07.30-033.28", "85 07 30 033 28", "850730-03328", "85-07-30.033.28", " 85073003328 "})
    void separators_areAccepted(String text) throws Exception {
        assertEquals("85073003328", Niss.parse(text).digits());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"8507300332", "850730033288", "8507300332A", "ABCDEFGHIJK", "85/07/30-033.28",
            "85_07_30_033_28", "85073003328\n", "85073003328\t", "８５０７３００３３２８", "٨٥٠٧٣٠٠٣٣٢٨",
            "+85073003328", "..........", "1234567890123456789012345678901234"})
    void anythingElse_isRejected(String text) {
        assertThrows(InvalidNissException.class, () -> Niss.parse(text));
        assertFalse(Niss.isValid(text));
    }

    @Test
    void inputLongerThan32Chars_isRejectedBeforeCleaning() {
        String padded = "85073003328" + " ".repeat(22);
        assertEquals(33, padded.length());
        assertThrows(InvalidNissException.class, () -> Niss.parse(padded));
        assertTrue(Niss.isValid("85073003328" + " ".repeat(21)));
    }

    @Test
    void formattedAndMasked() throws Exception {
        Niss niss = Niss.parse("85073003328");
        assertEquals("85.07.30-033.28", niss.formatted());
        assertEquals("85.07.30-xxx.xx", niss.masked());
        assertEquals("85.07.30-xxx.xx", niss.toString());
    }

    @Test
    void equality_byDigits() throws Exception {
        assertEquals(Niss.parse("85.07.30-033.28"), Niss.parse("85073003328"));
        assertEquals(Niss.parse("85.07.30-033.28").hashCode(), Niss.parse("85073003328").hashCode());
        assertNotEquals(Niss.parse("85073003328"), Niss.parse("79021802145"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"88051204622", "17042118188", "76061528134", "83492416240", "90120709916", "92110312845"})
    void testCitizens_areValid(String text) {
        assertTrue(Niss.isValid(text));
    }

    @Test
    void checkDigits97_whenRemainderIsZero() throws Exception {
        long base = 850_730_061L; // a multiple of 97: check digits 97, not 00
        assertEquals(0, base % 97);
        assertTrue(Niss.isValid(base + "97"));
        assertFalse(Niss.isValid(base + "00"));
    }

    @Test
    void lucas_bornIn2017() throws Exception {
        assertEquals(Optional.of(LocalDate.of(2017, 4, 21)), Niss.parse("17042118188").birthDate());
    }

    private static String withCheck(String nine) {
        return nine + String.format("%02d", 97 - Long.parseLong(nine) % 97);
    }
}
