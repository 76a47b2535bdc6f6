package be.digitalkeys.cardreader.ocra;

import java.security.SecureRandom;

/** Picks each character uniformly from the format's alphabet. */
final class ChallengeGeneratorImpl implements ChallengeGenerator {

    private static final String DIGITS = "0123456789";
    private static final String HEX_DIGITS = "0123456789ABCDEF";
    private static final String ALPHANUMERICS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final OcraSuite suite;
    private final SecureRandom random;
    private final String alphabet;

    ChallengeGeneratorImpl(OcraSuite suite, SecureRandom random) {
        if (suite == null || random == null) {
            throw new IllegalArgumentException("Suite and random source are required");
        }
        this.suite = suite;
        this.random = random;
        switch (suite.challengeFormat()) {
            case NUMERIC:
                this.alphabet = DIGITS;
                break;
            case HEX:
                this.alphabet = HEX_DIGITS;
                break;
            default:
                this.alphabet = ALPHANUMERICS;
        }
    }

    @Override
    public String generate() {
        return generate(suite.challengeLength());
    }

    @Override
    public String generate(int length) {
        if (length < OcraSuite.MIN_CHALLENGE_LENGTH || length > suite.challengeLength()) {
            throw new IllegalArgumentException("Challenge length for " + suite + " must be "
                    + OcraSuite.MIN_CHALLENGE_LENGTH + " to " + suite.challengeLength() + ", not " + length);
        }
        char[] challenge = new char[length];
        for (int i = 0; i < length; i++) {
            challenge[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(challenge);
    }
}
