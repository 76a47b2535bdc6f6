package be.digitalkeys.cardreader.ocra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OcraSuiteTest {

    @Test
    void oneWaySuite_hasOnlyAChallenge() throws Exception {
        OcraSuite suite = OcraSuite.parse("OCRA-1:HOTP-SHA1-6:QN08");
        assertEquals("OCRA-1:HOTP-SHA1-6:QN08", suite.value());
        assertEquals(OcraHash.SHA1, suite.hash());
        assertEquals(6, suite.digits());
        assertFalse(suite.needsCounter());
        assertEquals(ChallengeFormat.NUMERIC, suite.challengeFormat());
        assertEquals(8, suite.challengeLength());
        assertFalse(suite.needsPin());
        assertEquals(Optional.empty(), suite.pinHash());
        assertFalse(suite.needsSession());
        assertEquals(OptionalInt.empty(), suite.sessionLength());
        assertFalse(suite.needsTime());
        assertEquals(OptionalLong.empty(), suite.timeStepSeconds());
    }

    @Test
    void counterAndPinSuite_namesBoth() throws Exception {
        OcraSuite suite = OcraSuite.parse("OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1");
        assertEquals(OcraHash.SHA256, suite.hash());
        assertEquals(8, suite.digits());
        assertTrue(suite.needsCounter());
        assertTrue(suite.needsPin());
        assertEquals(Optional.of(OcraHash.SHA1), suite.pinHash());
    }

    @Test
    void timeSuite_hasItsStepInSeconds() throws Exception {
        OcraSuite suite = OcraSuite.parse("OCRA-1:HOTP-SHA512-8:QN08-T1M");
        assertEquals(OcraHash.SHA512, suite.hash());
        assertTrue(suite.needsTime());
        assertEquals(OptionalLong.of(60), suite.timeStepSeconds());
    }

    @Test
    void hexSessionSuite_hasFormatAndSessionLength() throws Exception {
        OcraSuite suite = OcraSuite.parse("OCRA-1:HOTP-SHA1-6:QH40-S064");
        assertEquals(ChallengeFormat.HEX, suite.challengeFormat());
        assertEquals(40, suite.challengeLength());
        assertEquals(OptionalInt.of(64), suite.sessionLength());
    }

    @Test
    void everyInput_inGrammarOrder() throws Exception {
        OcraSuite suite = OcraSuite.parse("OCRA-1:HOTP-SHA512-10:C-QA64-PSHA512-S512-T48H");
        assertEquals(10, suite.digits());
        assertTrue(suite.needsCounter());
        assertEquals(ChallengeFormat.ALPHANUMERIC, suite.challengeFormat());
        assertEquals(64, suite.challengeLength());
        assertEquals(Optional.of(OcraHash.SHA512), suite.pinHash());
        assertEquals(OptionalInt.of(512), suite.sessionLength());
        assertEquals(OptionalLong.of(48 * 3600), suite.timeStepSeconds());
    }

    @ParameterizedTest(name = "{0} -> {1}s")
    @CsvSource({"T1S, 1", "T30S, 30", "T59S, 59", "T1M, 60", "T59M, 3540", "T1H, 3600", "T24H, 86400", "T48H, 172800"})
    void timeSteps_withinTheRfcRanges(String time, long seconds) throws Exception {
        assertEquals(OptionalLong.of(seconds), OcraSuite.parse("OCRA-1:HOTP-SHA1-6:QN08-" + time).timeStepSeconds());
    }

    @ParameterizedTest
    @ValueSource(strings = {"OCRA-1:HOTP-SHA1-0:QN08", "OCRA-1:HOTP-SHA1-4:QN04", "OCRA-1:HOTP-SHA1-10:QH64"})
    void digitsAndChallengeLengths_atTheirLimits(String text) throws Exception {
        assertEquals(text, OcraSuite.parse(text).toString());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "OCRA-1",                                   // one part
            "OCRA-1:HOTP-SHA1-6",                       // two parts
            "OCRA-1:HOTP-SHA1-6:QN08:QN08",             // four parts
            "OCRA-2:HOTP-SHA1-6:QN08",                  // unknown version
            "ocra-1:hotp-sha1-6:qn08",                  // lower case
            " OCRA-1:HOTP-SHA1-6:QN08",                 // whitespace
            "OCRA-1:TOTP-SHA1-6:QN08",                  // not HOTP
            "OCRA-1:HOTP-MD5-6:QN08",                   // unknown hash
            "OCRA-1:HOTP-SHA224-6:QN08",
            "OCRA-1:HOTP-SHA1-3:QN08",                  // digits 1-3
            "OCRA-1:HOTP-SHA1-11:QN08",                 // digits > 10
            "OCRA-1:HOTP-SHA1-06:QN08",
            "OCRA-1:HOTP-SHA1:QN08",
            "OCRA-1:HOTP-SHA1-6:",                      // no data input
            "OCRA-1:HOTP-SHA1-6:C",                     // no challenge
            "OCRA-1:HOTP-SHA1-6:PSHA1",
            "OCRA-1:HOTP-SHA1-6:QN03",                  // challenge length < 4
            "OCRA-1:HOTP-SHA1-6:QN65",                  // challenge length > 64
            "OCRA-1:HOTP-SHA1-6:QN8",
            "OCRA-1:HOTP-SHA1-6:QN008",
            "OCRA-1:HOTP-SHA1-6:QX08",                  // unknown format
            "OCRA-1:HOTP-SHA1-6:Q08",
            "OCRA-1:HOTP-SHA1-6:QN08-C",                // C after Q
            "OCRA-1:HOTP-SHA1-6:C-C-QN08",
            "OCRA-1:HOTP-SHA1-6:QN08-P",                // hash not named
            "OCRA-1:HOTP-SHA1-6:QN08-PMD5",
            "OCRA-1:HOTP-SHA1-6:QN08-PSHA1-PSHA1",      // repeated
            "OCRA-1:HOTP-SHA1-6:QN08-S064-PSHA1",       // out of order
            "OCRA-1:HOTP-SHA1-6:QN08-T1M-S064",
            "OCRA-1:HOTP-SHA1-6:QN08-S64",              // session not 3 digits
            "OCRA-1:HOTP-SHA1-6:QN08-S000",
            "OCRA-1:HOTP-SHA1-6:QN08-T60S",             // time outside the RFC ranges
            "OCRA-1:HOTP-SHA1-6:QN08-T60M",
            "OCRA-1:HOTP-SHA1-6:QN08-T49H",
            "OCRA-1:HOTP-SHA1-6:QN08-T0H",
            "OCRA-1:HOTP-SHA1-6:QN08-T01M",
            "OCRA-1:HOTP-SHA1-6:QN08-T1D",
            "OCRA-1:HOTP-SHA1-6:QN08-T",
            "OCRA-1:HOTP-SHA1-6:QN08-",                 // empty token
            "OCRA-1:HOTP-SHA1-6:QN08-X"                 // unknown input
    })
    void invalidSuites_areRefused(String text) {
        assertThrows(InvalidOcraSuiteException.class, () -> OcraSuite.parse(text));
    }

    @Test
    void refusal_namesTheWrongPartAndTheExpectation() {
        InvalidOcraSuiteException e = assertThrows(InvalidOcraSuiteException.class,
                () -> OcraSuite.parse("OCRA-1:HOTP-SHA1-6:QN08-T90S"));
        assertTrue(e.getMessage().contains("T90S"), e.getMessage());
        assertTrue(e.getMessage().contains("1-59 S"), e.getMessage());
        e = assertThrows(InvalidOcraSuiteException.class, () -> OcraSuite.parse("OCRA-1:HOTP-SHA1-6:QN08-S064-PSHA1"));
        assertTrue(e.getMessage().contains("out of order"), e.getMessage());
    }

    @Test
    void suites_areEqualByText() throws Exception {
        assertEquals(OcraSuite.parse("OCRA-1:HOTP-SHA1-6:QN08"), OcraSuite.parse("OCRA-1:HOTP-SHA1-6:QN08"));
        assertNotEquals(OcraSuite.parse("OCRA-1:HOTP-SHA1-6:QN08"), OcraSuite.parse("OCRA-1:HOTP-SHA1-8:QN08"));
    }
}
