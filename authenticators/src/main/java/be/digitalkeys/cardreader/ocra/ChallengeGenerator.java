package be.digitalkeys.cardreader.ocra;

import java.security.SecureRandom;

/**
 * Draws random challenges that fit a suite's {@code QFxx}: decimal digits for {@code QN},
 * upper-case letters and digits for {@code QA} (no case to get wrong when keying it in),
 * upper-case hexadecimal digits for {@code QH}. Every character is uniformly random.
 */
public interface ChallengeGenerator {

    /** A generator backed by a new {@link SecureRandom}. */
    static ChallengeGenerator forSuite(OcraSuite suite) {
        return forSuite(suite, new SecureRandom());
    }

    static ChallengeGenerator forSuite(OcraSuite suite, SecureRandom random) {
        return new ChallengeGeneratorImpl(suite, random);
    }

    /** A challenge of the suite's full length {@code xx}. */
    String generate();

    /**
     * @param length from {@value OcraSuite#MIN_CHALLENGE_LENGTH} to the suite's {@code xx}
     * @throws IllegalArgumentException the length is outside that range (a configuration error)
     */
    String generate(int length);
}
