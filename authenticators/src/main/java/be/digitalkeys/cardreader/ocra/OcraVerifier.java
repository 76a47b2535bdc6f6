package be.digitalkeys.cardreader.ocra;

/**
 * Verifies the response a user copied from the card reader.
 *
 * <p>For suites with {@code C} the card may have computed responses the server never saw (the user
 * pressed the reader's button without logging in): counters from the expected one up to
 * {@code counterLookAhead} beyond it are tried, as RFC 4226 section 7.4 advises. For suites with
 * {@code T} the reader's clock may be off: time steps {@code timeWindow} before and after the
 * server's are tried. Every candidate is computed and compared in constant time, whatever matches;
 * the smallest matching counter and the time step nearest the server's win.
 */
public interface OcraVerifier {

    /**
     * @param key the card's secret key
     * @param expected the challenge(s), PIN hash and session as for {@link Ocra#compute}, with the
     *                 card's stored counter (the next one expected) and the server time
     * @param response what the user typed, digits only
     * @return the counter and time step the response belongs to
     * @throws MalformedResponseException the response cannot be one of this suite (length, characters)
     * @throws WrongResponseException the response matches no counter and time step of the windows
     * @throws InvalidChallengeException a challenge does not fit the suite
     * @throws InvalidOcraInputException a value the suite needs is missing or has the wrong size
     */
    OcraMatch verify(byte[] key, OcraInput expected, String response) throws MalformedResponseException,
            WrongResponseException, InvalidChallengeException, InvalidOcraInputException;

    static Builder builder(OcraSuite suite) {
        return new Builder(suite);
    }

    /** Window sizes; the defaults suit a card reader. */
    final class Builder {
        /** RFC 4226 section 7.4 suggests a small look-ahead; 10 counters beyond the expected one. */
        public static final int DEFAULT_COUNTER_LOOK_AHEAD = 10;
        /** One time step either side of the server's. */
        public static final int DEFAULT_TIME_WINDOW = 1;

        final OcraSuite suite;
        int counterLookAhead = DEFAULT_COUNTER_LOOK_AHEAD;
        int timeWindow = DEFAULT_TIME_WINDOW;

        private Builder(OcraSuite suite) {
            this.suite = suite;
        }

        /** Counters tried beyond the expected one; 0 accepts only the expected counter. */
        public Builder counterLookAhead(int counterLookAhead) {
            this.counterLookAhead = counterLookAhead;
            return this;
        }

        /** Time steps tried before and after the server's; 0 accepts only the current step. */
        public Builder timeWindow(int timeWindow) {
            this.timeWindow = timeWindow;
            return this;
        }

        public OcraVerifier build() {
            return new OcraVerifierImpl(this);
        }
    }
}
