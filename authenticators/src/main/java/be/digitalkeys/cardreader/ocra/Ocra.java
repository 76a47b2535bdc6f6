package be.digitalkeys.cardreader.ocra;

/**
 * Computes OCRA responses (RFC 6287): the HMAC of the suite's data input with the card's key,
 * dynamically truncated to the suite's digits. The same computation serves the card side (to
 * build test vectors, simulators and mutual-mode server responses) and the verifier.
 *
 * <pre>{@code
 * Ocra ocra = Ocra.forSuite(OcraSuite.parse("OCRA-1:HOTP-SHA256-8:QN08"));
 * String response = ocra.compute(key, OcraInput.builder().challenge("12345678").build());
 * }</pre>
 */
public interface Ocra {

    /** A computation for the suite; thread-safe. */
    static Ocra forSuite(OcraSuite suite) {
        return new OcraImpl(suite);
    }

    OcraSuite suite();

    /**
     * @param key the card's secret key (any non-empty length)
     * @param input counter, challenge(s), PIN, session, time as the suite needs them
     * @return the response: exactly {@code digits} digits, or the whole truncated value for 0 digits
     * @throws InvalidChallengeException a challenge does not fit the suite's {@code QFxx}
     * @throws InvalidOcraInputException a value the suite needs is missing or has the wrong size
     */
    String compute(byte[] key, OcraInput input) throws InvalidChallengeException, InvalidOcraInputException;
}
