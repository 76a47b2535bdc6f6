package be.digitalkeys.totp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpVerifierTest {

    private static final byte[] SEED_SHA1 = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED_SHA256 = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED_SHA512 =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238, Appendix B: every published vector. */
    @ParameterizedTest(name = "{0}s {2} -> {1}")
    @CsvSource({
            "59,          94287082, HmacSHA1",
            "59,          46119246, HmacSHA256",
            "59,          90693936, HmacSHA512",
            "1111111109,  07081804, HmacSHA1",
            "1111111109,  68084774, HmacSHA256",
            "1111111109,  25091201, HmacSHA512",
            "1111111111,  14050471, HmacSHA1",
            "1111111111,  67062674, HmacSHA256",
            "1111111111,  99943326, HmacSHA512",
            "1234567890,  89005924, HmacSHA1",
            "1234567890,  91819424, HmacSHA256",
            "1234567890,  93441116, HmacSHA512",
            "2000000000,  69279037, HmacSHA1",
            "2000000000,  90698825, HmacSHA256",
            "2000000000,  38618901, HmacSHA512",
            "20000000000, 65353130, HmacSHA1",
            "20000000000, 77737706, HmacSHA256",
            "20000000000, 47863826, HmacSHA512"
    })
    void rfc6238AppendixBVectors(long time, String code, String algorithm) throws Exception {
        TotpVerifier verifier = TotpVerifier.builder().algorithm(algorithm).digits(8).periodSeconds(30).lookAround(0).build();
        byte[] seed = seedFor(algorithm);
        assertEquals(code, verifier.codeAt(seed, verifier.stepAt(time)));
        assertEquals(time / 30, verifier.verify(seed, code, time));
    }

    @Test
    void codeOfThePreviousStep_isAcceptedWithinLookAround() throws Exception {
        TotpVerifier verifier = sixDigits(1);
        String previous = verifier.codeAt(SEED_SHA1, verifier.stepAt(1_000_000) - 1);
        assertEquals(verifier.stepAt(1_000_000) - 1, verifier.verify(SEED_SHA1, previous, 1_000_000));
    }

    @Test
    void codeTwoStepsOld_isOutOfWindowWithItsOffset() {
        TotpVerifier verifier = sixDigits(1);
        String old = verifier.codeAt(SEED_SHA1, verifier.stepAt(1_000_000) - 2);
        TotpCodeOutOfWindowException e = assertThrows(TotpCodeOutOfWindowException.class,
                () -> verifier.verify(SEED_SHA1, old, 1_000_000));
        assertEquals(-2, e.stepOffset());
    }

    @Test
    void codeFromAClockFiveMinutesAhead_isOutOfWindow() {
        TotpVerifier verifier = sixDigits(1);
        String ahead = verifier.codeAt(SEED_SHA1, verifier.stepAt(1_000_000 + 300));
        TotpCodeOutOfWindowException e = assertThrows(TotpCodeOutOfWindowException.class,
                () -> verifier.verify(SEED_SHA1, ahead, 1_000_000));
        assertEquals(10, e.stepOffset());
    }

    @Test
    void codeFromFarAway_isInvalid() {
        TotpVerifier verifier = sixDigits(1);
        String far = verifier.codeAt(SEED_SHA1, verifier.stepAt(1_000_000) - 500);
        // A code that far back cannot be told apart from a random guess (unless it collides).
        if (!far.equals(verifier.codeAt(SEED_SHA1, verifier.stepAt(1_000_000)))) {
            assertThrows(Exception.class, () -> verifier.verify(SEED_SHA1, far, 1_000_000));
        }
    }

    @Test
    void malformedCodes_areInvalid() {
        TotpVerifier verifier = sixDigits(1);
        for (String code : new String[] {null, "", "12345", "1234567", "12a456", "١٢٣٤٥٦"}) {
            assertThrows(TotpCodeInvalidException.class, () -> verifier.verify(SEED_SHA1, code, 1_000_000), String.valueOf(code));
        }
    }

    @Test
    void unsupportedSettings_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> TotpVerifier.builder().algorithm("HmacMD5").build());
        assertThrows(IllegalArgumentException.class, () -> TotpVerifier.builder().digits(4).build());
    }

    private static TotpVerifier sixDigits(int lookAround) {
        return TotpVerifier.builder().digits(6).periodSeconds(30).lookAround(lookAround).diagnosisSteps(20).build();
    }

    private static byte[] seedFor(String algorithm) {
        return switch (algorithm) {
            case "HmacSHA256" -> SEED_SHA256;
            case "HmacSHA512" -> SEED_SHA512;
            default -> SEED_SHA1;
        };
    }
}
