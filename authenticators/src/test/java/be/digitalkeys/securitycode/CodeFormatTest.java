package be.digitalkeys.securitycode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CodeFormatTest {

    final CodeFormat digits = CodeFormat.of(6, CodeFormat.DIGITS);
    final CodeFormat letters = CodeFormat.of(8, "ABCDEFGHJKMNPQRSTVWXYZ23456789");

    @Test
    void generatedCodes_haveTheLengthAndAlphabet_andVary() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = letters.generate(random);
            assertEquals(8, code.length());
            assertTrue(code.chars().allMatch(c -> "ABCDEFGHJKMNPQRSTVWXYZ23456789".indexOf(c) >= 0), code);
            seen.add(code);
        }
        assertTrue(seen.size() > 195, "codes repeat far too often: " + seen.size());
    }

    @Test
    void spacesAndDashes_areIgnored() throws MalformedCodeException {
        assertEquals("123456", digits.normalise(" 123 456 "));
        assertEquals("123456", digits.normalise("123-456"));
    }

    @Test
    void lowerCase_isReadForAnUpperCaseAlphabet() throws MalformedCodeException {
        assertEquals("ABCD2345", letters.normalise("abcd 2345"));
    }

    @Test
    void lettersInADigitCode_areRefusedAsMalformed() {
        MalformedCodeException e = assertThrows(MalformedCodeException.class, () -> digits.normalise("12a456"));
        assertEquals(MalformedCodeException.Reason.WRONG_CHARACTERS, e.reason());
    }

    @Test
    void wrongLength_tooLongInput_andEmpty_areRefusedWithTheirReason() {
        assertEquals(MalformedCodeException.Reason.WRONG_LENGTH,
                assertThrows(MalformedCodeException.class, () -> digits.normalise("12345")).reason());
        assertEquals(MalformedCodeException.Reason.WRONG_LENGTH,
                assertThrows(MalformedCodeException.class, () -> digits.normalise("1".repeat(10_000))).reason());
        assertEquals(MalformedCodeException.Reason.EMPTY,
                assertThrows(MalformedCodeException.class, () -> digits.normalise("   ")).reason());
        assertEquals(MalformedCodeException.Reason.EMPTY,
                assertThrows(MalformedCodeException.class, () -> digits.normalise(null)).reason());
    }

    @Test
    void unusableFormats_areRefusedAtConfiguration() {
        assertThrows(IllegalArgumentException.class, () -> CodeFormat.of(3, CodeFormat.DIGITS));
        assertThrows(IllegalArgumentException.class, () -> CodeFormat.of(13, CodeFormat.DIGITS));
        assertThrows(IllegalArgumentException.class, () -> CodeFormat.of(6, "A"));
        assertThrows(IllegalArgumentException.class, () -> CodeFormat.of(6, "AAB"));
        assertThrows(IllegalArgumentException.class, () -> CodeFormat.of(6, "AB-"));
        assertThrows(IllegalArgumentException.class, () -> CodeFormat.of(6, "AB C"));
    }
}
