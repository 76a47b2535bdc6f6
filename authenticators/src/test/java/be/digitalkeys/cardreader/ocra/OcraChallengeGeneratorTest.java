package be.digitalkeys.cardreader.ocra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link ChallengeGenerator}: every challenge fits its suite. */
class OcraChallengeGeneratorTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "OCRA-1:HOTP-SHA256-8:QN08, '[0-9]{8}'",
            "OCRA-1:HOTP-SHA512-8:QA10-T1M, '[0-9A-Z]{10}'",
            "OCRA-1:HOTP-SHA1-6:QH40-S064, '[0-9A-F]{40}'",
            "OCRA-1:HOTP-SHA1-6:QN64, '[0-9]{64}'"
    })
    void fullLengthChallenges_matchTheFormat_andPassTheChallengeCheck(String suiteText, String pattern)
            throws Exception {
        OcraSuite suite = OcraSuite.parse(suiteText);
        ChallengeGenerator generator = ChallengeGenerator.forSuite(suite);
        for (int i = 0; i < 50; i++) {
            String challenge = generator.generate();
            assertTrue(challenge.matches(pattern), challenge);
            ChallengeEncoder.check(suite, challenge);
        }
    }

    @Test
    void requestedLength_withinTheSuitesRange_isHonoured() throws Exception {
        ChallengeGenerator generator = ChallengeGenerator.forSuite(OcraSuite.parse("OCRA-1:HOTP-SHA256-8:QN08"));
        assertEquals(4, generator.generate(4).length());
        assertEquals(6, generator.generate(6).length());
        assertEquals(8, generator.generate(8).length());
    }

    @Test
    void requestedLength_outsideTheSuitesRange_isAConfigurationError() throws Exception {
        ChallengeGenerator generator = ChallengeGenerator.forSuite(OcraSuite.parse("OCRA-1:HOTP-SHA256-8:QN08"));
        assertThrows(IllegalArgumentException.class, () -> generator.generate(3));
        assertThrows(IllegalArgumentException.class, () -> generator.generate(9));
    }

    @Test
    void challenges_vary() throws Exception {
        ChallengeGenerator generator = ChallengeGenerator.forSuite(OcraSuite.parse("OCRA-1:HOTP-SHA256-8:QN08"));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            seen.add(generator.generate());
        }
        // 200 draws from 10^8: a repeat has odds of about 2 in 10,000.
        assertTrue(seen.size() >= 199, "only " + seen.size() + " distinct challenges");
    }

    @Test
    void everyDigit_appearsInNumericChallenges() throws Exception {
        ChallengeGenerator generator = ChallengeGenerator.forSuite(OcraSuite.parse("OCRA-1:HOTP-SHA1-6:QN64"));
        Set<Character> digits = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            for (char c : generator.generate().toCharArray()) {
                digits.add(c);
            }
        }
        assertEquals(10, digits.size());
    }
}
