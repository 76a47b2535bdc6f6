package be.digitalkeys.appclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivationTokensTest {

    @Test
    void tenThousandTokens_areAllValid_andUseTheWholeAlphabet() throws Exception {
        SecureRandom random = new SecureRandom();
        Set<Character> seen = new HashSet<>();
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String token = ActivationTokens.generate(random);
            assertEquals(token, ActivationTokens.normalise(token));
            assertTrue(token.matches("[" + ActivationTokens.ALPHABET + "]{6}"), token);
            token.chars().forEach(c -> seen.add((char) c));
            tokens.add(token);
        }
        assertEquals(ActivationTokens.ALPHABET.length(), seen.size());
        assertTrue(tokens.size() > 9_900, "25^6 = 244 million tokens: few repeats in 10,000");
    }

    @Test
    void alphabet_leavesOutLookAlikes() {
        // G and L stay: the OpenAPI document fixes the alphabet (its example token is CMWGT7).
        for (char c : "0O1IB8S5Z26".toCharArray()) {
            assertFalse(ActivationTokens.ALPHABET.indexOf(c) >= 0, "look-alike " + c);
        }
        assertEquals(25, ActivationTokens.ALPHABET.chars().distinct().count());
        assertEquals("ACDEFGHJKLMNPQRTUVWXY3479", ActivationTokens.ALPHABET);
    }

    @ParameterizedTest
    @CsvSource({"'cmw gt7', CMWGT7", "'CMW-GT7', CMWGT7", "'  cmwgt7  ', CMWGT7", "'c m w-g t 7', CMWGT7", "'Cmw--Gt7', CMWGT7"})
    void whatAPersonTypes_isNormalised(String typed, String token) throws Exception {
        assertEquals(token, ActivationTokens.normalise(typed));
    }

    @Test
    void wrongInput_givesItsReason() {
        assertReason(MalformedActivationTokenException.Reason.EMPTY, null);
        assertReason(MalformedActivationTokenException.Reason.EMPTY, "   ");
        assertReason(MalformedActivationTokenException.Reason.WRONG_CHARACTERS, "CMWGT0");
        assertReason(MalformedActivationTokenException.Reason.WRONG_CHARACTERS, "CMWGTO");
        assertReason(MalformedActivationTokenException.Reason.WRONG_CHARACTERS, "CMW.T7");
        assertReason(MalformedActivationTokenException.Reason.WRONG_CHARACTERS, "CMWGT\u0667");
        assertReason(MalformedActivationTokenException.Reason.WRONG_LENGTH, "CMWGT");
        assertReason(MalformedActivationTokenException.Reason.WRONG_LENGTH, "CMWGT77");
        assertReason(MalformedActivationTokenException.Reason.WRONG_LENGTH, "CMW\tGT7");
        assertReason(MalformedActivationTokenException.Reason.TOO_LONG, "C" + " ".repeat(30) + "MWGT7");
        assertReason(MalformedActivationTokenException.Reason.TOO_LONG, "A".repeat(100_000));
    }

    private static void assertReason(MalformedActivationTokenException.Reason reason, String typed) {
        assertEquals(reason, assertThrows(MalformedActivationTokenException.class, () -> ActivationTokens.normalise(typed)).reason());
    }
}
