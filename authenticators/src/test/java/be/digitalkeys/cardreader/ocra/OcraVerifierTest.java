package be.digitalkeys.cardreader.ocra;

import static be.digitalkeys.cardreader.ocra.OcraRfc6287VectorsTest.KEY20;
import static be.digitalkeys.cardreader.ocra.OcraRfc6287VectorsTest.KEY32;
import static be.digitalkeys.cardreader.ocra.OcraRfc6287VectorsTest.KEY64;
import static be.digitalkeys.cardreader.ocra.OcraRfc6287VectorsTest.PIN_1234_SHA1;
import static be.digitalkeys.cardreader.ocra.OcraRfc6287VectorsTest.T;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcraVerifierTest {

    private static final String COUNTER_SUITE = "OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1";
    private static final String TIME_SUITE = "OCRA-1:HOTP-SHA512-8:QN08-T1M";

    private static OcraSuite suite(String text) throws InvalidOcraSuiteException {
        return OcraSuite.parse(text);
    }

    /** The card's state as stored on the server: next counter expected, PIN hash. */
    private static OcraInput cardAt(long counter) {
        return OcraInput.builder().counter(counter).challenge("12345678").pinHash(PIN_1234_SHA1).build();
    }

    @Test
    void responseForTheExpectedCounter_returnsThatCounter() throws Exception {
        OcraMatch match = OcraVerifier.builder(suite(COUNTER_SUITE)).build().verify(KEY32, cardAt(3), "71565254");
        assertEquals(OptionalLong.of(3), match.counter());
        assertEquals(OptionalLong.of(4), match.nextCounter());
        assertEquals(OptionalLong.empty(), match.timeStep());
    }

    @Test
    void cardAhead_withinLookAhead_returnsTheCardsCounter() throws Exception {
        // RFC 6287 C.1: counter 7 gives 91771096; the server still expects 0.
        OcraMatch match = OcraVerifier.builder(suite(COUNTER_SUITE)).build().verify(KEY32, cardAt(0), "91771096");
        assertEquals(OptionalLong.of(7), match.counter());
        assertEquals(OptionalLong.of(8), match.nextCounter());
    }

    @Test
    void cardAhead_beyondLookAhead_isWrong() throws Exception {
        OcraVerifier verifier = OcraVerifier.builder(suite(COUNTER_SUITE)).counterLookAhead(6).build();
        assertThrows(WrongResponseException.class, () -> verifier.verify(KEY32, cardAt(0), "91771096"));
    }

    @Test
    void defaultLookAhead_isTen() throws Exception {
        Ocra ocra = Ocra.forSuite(suite(COUNTER_SUITE));
        OcraVerifier verifier = OcraVerifier.builder(suite(COUNTER_SUITE)).build();
        assertEquals(OptionalLong.of(60), verifier.verify(KEY32, cardAt(50), ocra.compute(KEY32, cardAt(60))).counter());
        String eleventhAhead = ocra.compute(KEY32, cardAt(61));
        assertThrows(WrongResponseException.class, () -> verifier.verify(KEY32, cardAt(50), eleventhAhead));
    }

    @Test
    void responseForAnOldCounter_isWrong_soItCannotBeReplayed() throws Exception {
        OcraVerifier verifier = OcraVerifier.builder(suite(COUNTER_SUITE)).build();
        // 71565254 is the response for counter 3; the server has moved on to 4.
        assertThrows(WrongResponseException.class, () -> verifier.verify(KEY32, cardAt(4), "71565254"));
    }

    @Test
    void wrongPin_isWrong() throws Exception {
        OcraInput otherPin = OcraInput.builder().counter(0).challenge("12345678").pin("4321").build();
        assertThrows(WrongResponseException.class,
                () -> OcraVerifier.builder(suite(COUNTER_SUITE)).build().verify(KEY32, otherPin, "65347737"));
    }

    @Test
    void rfcTimeVector_isAcceptedAnySecondOfItsMinute() throws Exception {
        OcraVerifier verifier = OcraVerifier.builder(suite(TIME_SUITE)).build();
        OcraInput now = OcraInput.builder().challenge("00000000").epochSeconds(T * 60 + 42).build();
        OcraMatch match = verifier.verify(KEY64, now, "95209754");
        assertEquals(OptionalLong.of(T), match.timeStep());
        assertEquals(OptionalLong.empty(), match.counter());
    }

    @ParameterizedTest(name = "reader {0} steps off, window {1}: accepted={2}")
    @CsvSource({"-1, 1, true", "1, 1, true", "-2, 1, false", "2, 1, false", "-2, 2, true", "1, 0, false", "0, 0, true"})
    void readerClockOff_isAcceptedOnlyWithinTheTimeWindow(int offset, int window, boolean accepted) throws Exception {
        OcraSuite suite = suite(TIME_SUITE);
        String response = Ocra.forSuite(suite).compute(KEY64,
                OcraInput.builder().challenge("11111111").timeStep(T + offset).build());
        OcraVerifier verifier = OcraVerifier.builder(suite).timeWindow(window).build();
        OcraInput server = OcraInput.builder().challenge("11111111").epochSeconds(T * 60).build();
        if (accepted) {
            assertEquals(OptionalLong.of(T + offset), verifier.verify(KEY64, server, response).timeStep());
        } else {
            assertThrows(WrongResponseException.class, () -> verifier.verify(KEY64, server, response));
        }
    }

    @Test
    void counterAndTimeSuite_returnsBoth() throws Exception {
        OcraSuite suite = suite("OCRA-1:HOTP-SHA1-6:C-QN08-T30S");
        String response = Ocra.forSuite(suite).compute(KEY20,
                OcraInput.builder().counter(12).challenge("12345678").timeStep(1000).build());
        OcraMatch match = OcraVerifier.builder(suite).build().verify(KEY20,
                OcraInput.builder().counter(10).challenge("12345678").epochSeconds(1001 * 30).build(), response);
        assertEquals(OptionalLong.of(12), match.counter());
        assertEquals(OptionalLong.of(1000), match.timeStep());
    }

    @Test
    void wrongButWellFormedResponse_isWrong() throws Exception {
        OcraVerifier verifier = OcraVerifier.builder(suite("OCRA-1:HOTP-SHA1-6:QN08")).build();
        assertThrows(WrongResponseException.class,
                () -> verifier.verify(KEY20, OcraInput.builder().challenge("00000000").build(), "237654"));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "'', EMPTY",
            "1234567, WRONG_LENGTH",
            "123456789, WRONG_LENGTH",
            "'6534 7737', WRONG_LENGTH",
            "6534773a, NOT_DIGITS",
            "' 5347737', NOT_DIGITS",
            "-5347737, NOT_DIGITS",
            "６５３４７７３７, NOT_DIGITS"
    })
    void malformedResponse_isRefusedBeforeAnyComputation(String response, MalformedResponseException.Reason reason)
            throws Exception {
        OcraVerifier verifier = OcraVerifier.builder(suite(COUNTER_SUITE)).build();
        MalformedResponseException e = assertThrows(MalformedResponseException.class,
                () -> verifier.verify(KEY32, cardAt(0), response));
        assertEquals(reason, e.reason());
    }

    @Test
    void nullResponse_isEmpty() throws Exception {
        OcraVerifier verifier = OcraVerifier.builder(suite(COUNTER_SUITE)).build();
        assertEquals(MalformedResponseException.Reason.EMPTY,
                assertThrows(MalformedResponseException.class, () -> verifier.verify(KEY32, cardAt(0), null)).reason());
    }

    @Test
    void zeroDigitSuite_acceptsUpToTenDigits() throws Exception {
        OcraSuite suite = suite("OCRA-1:HOTP-SHA1-0:QN08");
        OcraInput input = OcraInput.builder().challenge("12345678").build();
        String whole = Ocra.forSuite(suite).compute(KEY20, input);
        OcraVerifier verifier = OcraVerifier.builder(suite).build();
        verifier.verify(KEY20, input, whole);
        assertThrows(MalformedResponseException.class, () -> verifier.verify(KEY20, input, "12345678901"));
    }

    @Test
    void counterSuite_withoutStoredCounter_isAnInputError() throws Exception {
        OcraVerifier verifier = OcraVerifier.builder(suite(COUNTER_SUITE)).build();
        OcraInput noCounter = OcraInput.builder().challenge("12345678").pinHash(PIN_1234_SHA1).build();
        assertThrows(InvalidOcraInputException.class, () -> verifier.verify(KEY32, noCounter, "65347737"));
    }

    @Test
    void windowsOutsideTheirRange_areRefused() throws Exception {
        OcraSuite suite = suite(COUNTER_SUITE);
        assertThrows(IllegalArgumentException.class, () -> OcraVerifier.builder(suite).counterLookAhead(-1).build());
        assertThrows(IllegalArgumentException.class, () -> OcraVerifier.builder(suite).timeWindow(101).build());
    }
}
