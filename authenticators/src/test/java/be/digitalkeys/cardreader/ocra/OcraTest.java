package be.digitalkeys.cardreader.ocra;

import static be.digitalkeys.cardreader.ocra.OcraRfc6287VectorsTest.KEY20;
import static be.digitalkeys.cardreader.ocra.OcraRfc6287VectorsTest.KEY32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcraTest {

    private static Ocra ocra(String suite) throws InvalidOcraSuiteException {
        return Ocra.forSuite(OcraSuite.parse(suite));
    }

    private static String compute(String suite, String challenge) throws Exception {
        return ocra(suite).compute(KEY20, OcraInput.builder().challenge(challenge).build());
    }

    @ParameterizedTest(name = "{0} refuses \"{1}\": {2}")
    @CsvSource({
            "OCRA-1:HOTP-SHA1-6:QN08, '', EMPTY",
            "OCRA-1:HOTP-SHA1-6:QN08, 123, TOO_SHORT",
            "OCRA-1:HOTP-SHA1-6:QN08, 123456789, TOO_LONG",
            "OCRA-1:HOTP-SHA1-6:QN08, 1234567A, WRONG_CHARACTERS",
            "OCRA-1:HOTP-SHA1-6:QN08, '1234 5678', TOO_LONG",
            "OCRA-1:HOTP-SHA1-6:QN08, '1234 567', WRONG_CHARACTERS",
            "OCRA-1:HOTP-SHA1-6:QN08, -1234567, WRONG_CHARACTERS",
            "OCRA-1:HOTP-SHA1-6:QN08, １２３４５６７８, WRONG_CHARACTERS",
            "OCRA-1:HOTP-SHA1-6:QA08, SIG-1000, WRONG_CHARACTERS",
            "OCRA-1:HOTP-SHA1-6:QA08, SIGé1000, WRONG_CHARACTERS",
            "OCRA-1:HOTP-SHA1-6:QA08, SIG100000, TOO_LONG",
            "OCRA-1:HOTP-SHA1-6:QH08, 0123456G, WRONG_CHARACTERS",
            "OCRA-1:HOTP-SHA1-6:QH08, 0x123456, WRONG_CHARACTERS"
    })
    void challengeNotFittingTheSuite_isRefusedWithItsReason(String suite, String challenge,
                                                          InvalidChallengeException.Reason reason) {
        InvalidChallengeException e = assertThrows(InvalidChallengeException.class, () -> compute(suite, challenge));
        assertEquals(reason, e.reason());
        assertFalse(challenge.length() >= 4 && e.getMessage().contains(challenge), "message repeats the challenge");
    }

    @Test
    void missingChallenge_isRefusedAsEmpty() {
        InvalidChallengeException e = assertThrows(InvalidChallengeException.class,
                () -> ocra("OCRA-1:HOTP-SHA1-6:QN08").compute(KEY20, OcraInput.builder().build()));
        assertEquals(InvalidChallengeException.Reason.EMPTY, e.reason());
        e = assertThrows(InvalidChallengeException.class,
                () -> ocra("OCRA-1:HOTP-SHA1-6:QN08").compute(KEY20, OcraInput.builder().challenge(null).build()));
        assertEquals(InvalidChallengeException.Reason.EMPTY, e.reason());
    }

    @Test
    void eachMutualChallenge_isCheckedOnItsOwn() {
        assertThrows(InvalidChallengeException.class, () -> ocra("OCRA-1:HOTP-SHA256-8:QA08")
                .compute(KEY32, OcraInput.builder().challenges("CLI22220", "SRV111100").build()));
    }

    @Test
    void challengesFromFourToMaxLength_areAccepted() throws Exception {
        assertEquals(6, compute("OCRA-1:HOTP-SHA1-6:QN08", "1234").length());
        assertEquals(6, compute("OCRA-1:HOTP-SHA1-6:QH64", "ab".repeat(32)).length());
        assertEquals(6, compute("OCRA-1:HOTP-SHA1-6:QA64", "Az09".repeat(16)).length());
    }

    @Test
    void numericChallenge_isANumber_soLeadingZerosDoNotCount() throws Exception {
        assertEquals(compute("OCRA-1:HOTP-SHA1-6:QN08", "00001234"), compute("OCRA-1:HOTP-SHA1-6:QN08", "1234"));
        assertNotEquals(compute("OCRA-1:HOTP-SHA1-6:QN08", "12340000"), compute("OCRA-1:HOTP-SHA1-6:QN08", "1234"));
    }

    @Test
    void hexChallenge_ignoresCase_alphanumericDoesNot() throws Exception {
        assertEquals(compute("OCRA-1:HOTP-SHA1-6:QH08", "ABCDEF01"), compute("OCRA-1:HOTP-SHA1-6:QH08", "abcdef01"));
        assertNotEquals(compute("OCRA-1:HOTP-SHA1-6:QA08", "ABCDEF01"), compute("OCRA-1:HOTP-SHA1-6:QA08", "abcdef01"));
    }

    @Test
    void zeroDigits_givesTheWholeTruncatedValue() throws Exception {
        String whole = compute("OCRA-1:HOTP-SHA1-0:QN08", "12345678");
        assertTrue(whole.matches("[1-9][0-9]{0,9}|0"), whole);
        assertTrue(Long.parseLong(whole) <= Integer.MAX_VALUE);
        // The suite text is part of the HMAC input, so a 10-digit suite gives another value.
        assertEquals(10, compute("OCRA-1:HOTP-SHA1-10:QN08", "12345678").length());
    }

    @Test
    void counterSuite_withoutCounter_isAnInputError() {
        assertThrows(InvalidOcraInputException.class, () -> compute("OCRA-1:HOTP-SHA1-6:C-QN08", "12345678"));
    }

    @Test
    void timeSuite_withoutTime_isAnInputError() {
        assertThrows(InvalidOcraInputException.class, () -> compute("OCRA-1:HOTP-SHA1-6:QN08-T1M", "12345678"));
    }

    @Test
    void pinSuite_withoutPin_orWithAHashOfTheWrongSize_isAnInputError() {
        assertThrows(InvalidOcraInputException.class, () -> compute("OCRA-1:HOTP-SHA1-6:QN08-PSHA1", "12345678"));
        assertThrows(InvalidOcraInputException.class, () -> ocra("OCRA-1:HOTP-SHA1-6:QN08-PSHA256")
                .compute(KEY20, OcraInput.builder().challenge("12345678").pinHash(new byte[20]).build()));
    }

    @Test
    void sessionSuite_withoutSession_orWithTooMuch_isAnInputError() {
        assertThrows(InvalidOcraInputException.class, () -> compute("OCRA-1:HOTP-SHA1-6:QH40-S064", "12345678"));
        assertThrows(InvalidOcraInputException.class, () -> ocra("OCRA-1:HOTP-SHA1-6:QH40-S064")
                .compute(KEY20, OcraInput.builder().challenge("12345678").session(new byte[65]).build()));
    }

    @Test
    void shortSession_isRightAlignedInItsField_likeTheRfcReferenceLayout() throws Exception {
        Ocra ocra = ocra("OCRA-1:HOTP-SHA1-6:QH40-S064");
        byte[] full = new byte[64];
        full[62] = 0x12;
        full[63] = 0x34;
        String padded = ocra.compute(KEY20, OcraInput.builder().challenge("ABCD1234").session(full).build());
        String shortOne = ocra.compute(KEY20, OcraInput.builder().challenge("ABCD1234")
                .session(new byte[] {0x12, 0x34}).build());
        assertEquals(padded, shortOne);
    }

    @Test
    void unusedInputs_areIgnored() throws Exception {
        OcraInput everything = OcraInput.builder().challenge("12345678").counter(5).pin("1234")
                .session(new byte[] {1}).epochSeconds(1_700_000_000L).build();
        assertEquals("237653", ocra("OCRA-1:HOTP-SHA1-6:QN08")
                .compute(KEY20, OcraInput.builder().challenge("00000000").build()));
        assertEquals(compute("OCRA-1:HOTP-SHA1-6:QN08", "12345678"), ocra("OCRA-1:HOTP-SHA1-6:QN08").compute(KEY20, everything));
    }

    @Test
    void emptyKey_isAnInputError() {
        assertThrows(InvalidOcraInputException.class, () -> ocra("OCRA-1:HOTP-SHA1-6:QN08")
                .compute(new byte[0], OcraInput.builder().challenge("12345678").build()));
    }

    @Test
    void negativeCounterOrTime_isRefusedByTheBuilder() {
        assertThrows(IllegalArgumentException.class, () -> OcraInput.builder().counter(-1));
        assertThrows(IllegalArgumentException.class, () -> OcraInput.builder().timeStep(-1));
        assertThrows(IllegalArgumentException.class, () -> OcraInput.builder().epochSeconds(-1));
    }

    @Test
    void builderCopiesArrays_soLaterChangesDoNotLeakIn() throws Exception {
        byte[] pinHash = OcraRfc6287VectorsTest.PIN_1234_SHA1.clone();
        OcraInput input = OcraInput.builder().challenge("12345678").counter(0).pinHash(pinHash).build();
        Arrays.fill(pinHash, (byte) 0);
        assertEquals("65347737", ocra("OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1").compute(KEY32, input));
    }
}
