package be.digitalkeys.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PaperActivationCodeTest {

    @Test
    void printedCode_isFourGroupsOfFive_fromTheUnambiguousAlphabet() {
        PaperActivationCode code = PaperActivationCode.generate(new SecureRandom());
        assertTrue(code.printed().matches("[" + PaperActivationCode.ALPHABET + "]{5}(-[" + PaperActivationCode.ALPHABET + "]{5}){3}"),
                code.printed());
    }

    @Test
    void alphabet_hasNoLookAlikes() {
        for (char c : "0O1IL2Z5S8BUV".toCharArray()) {
            assertFalse(PaperActivationCode.ALPHABET.indexOf(c) >= 0, "look-alike " + c);
        }
        assertEquals(PaperActivationCode.ALPHABET.length(), PaperActivationCode.ALPHABET.chars().distinct().count());
    }

    @Test
    void whatAPersonTypes_isRead_lowerCaseSpacesDashesDots() throws MalformedActivationCodeException {
        PaperActivationCode code = PaperActivationCode.generate(new SecureRandom());
        String printed = code.printed();
        assertEquals(code.value(), PaperActivationCode.parse(printed).value());
        assertEquals(code.value(), PaperActivationCode.parse(printed.toLowerCase()).value());
        assertEquals(code.value(), PaperActivationCode.parse(" " + printed.replace('-', ' ') + " ").value());
        assertEquals(code.value(), PaperActivationCode.parse(printed.replace('-', '.')).value());
        assertEquals(code.value(), PaperActivationCode.parse(code.value()).value());
    }

    @Test
    void wrongInput_givesItsReason() {
        assertEquals(MalformedActivationCodeException.Reason.EMPTY,
                assertThrows(MalformedActivationCodeException.class, () -> PaperActivationCode.parse("  ")).reason());
        assertEquals(MalformedActivationCodeException.Reason.WRONG_LENGTH,
                assertThrows(MalformedActivationCodeException.class, () -> PaperActivationCode.parse("ACDEF-GHJKM-NPQRT")).reason());
        assertEquals(MalformedActivationCodeException.Reason.WRONG_LENGTH,
                assertThrows(MalformedActivationCodeException.class, () -> PaperActivationCode.parse("A".repeat(1000))).reason());
        assertEquals(MalformedActivationCodeException.Reason.WRONG_CHARACTERS,
                assertThrows(MalformedActivationCodeException.class, () -> PaperActivationCode.parse("ACDEF-GHJKM-NPQRT-WXY30")).reason());
    }

    @Test
    void codes_doNotRepeat_andNeverShowInToString() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            PaperActivationCode code = PaperActivationCode.generate(random);
            assertFalse(code.toString().contains(code.value()));
            seen.add(code.value());
        }
        assertEquals(1000, seen.size());
    }
}
