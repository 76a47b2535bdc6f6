package be.digitalkeys.cardreader.ocra;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.OptionalLong;

/** Tries every counter and time step of the windows; see {@link OcraVerifier}. */
final class OcraVerifierImpl implements OcraVerifier {

    /** Limits the work one attempt can cause, whatever the configuration says. */
    static final int MAX_WINDOW = 100;

    private final Ocra ocra;
    private final OcraSuite suite;
    private final int counterLookAhead;
    private final int timeWindow;

    OcraVerifierImpl(Builder builder) {
        if (builder.suite == null) {
            throw new IllegalArgumentException("OCRA suite is required");
        }
        if (builder.counterLookAhead < 0 || builder.counterLookAhead > MAX_WINDOW
                || builder.timeWindow < 0 || builder.timeWindow > MAX_WINDOW) {
            throw new IllegalArgumentException("OCRA windows must be 0 to " + MAX_WINDOW);
        }
        this.ocra = Ocra.forSuite(builder.suite);
        this.suite = builder.suite;
        this.counterLookAhead = suite.needsCounter() ? builder.counterLookAhead : 0;
        this.timeWindow = suite.needsTime() ? builder.timeWindow : 0;
    }

    @Override
    public OcraMatch verify(byte[] key, OcraInput expected, String response) throws MalformedResponseException,
            WrongResponseException, InvalidChallengeException, InvalidOcraInputException {
        byte[] typed = checkFormat(response);
        long firstCounter = suite.needsCounter() ? expected.counterFor(suite) : 0;
        long currentStep = suite.needsTime() ? expected.timeStepFor(suite) : 0;
        OcraMatch match = null;
        for (int ahead = 0; ahead <= counterLookAhead; ahead++) {
            long counter = firstCounter + ahead;
            if (counter < 0) {
                break;
            }
            // Offsets 0, -1, +1, -2, +2...: the first match is the step nearest the server's.
            for (int i = 0; i <= 2 * timeWindow; i++) {
                long step = currentStep + (i % 2 == 0 ? i / 2 : -(i + 1) / 2);
                if (step < 0) {
                    continue;
                }
                OcraInput candidate = candidate(expected, counter, step);
                byte[] computed = ocra.compute(key, candidate).getBytes(StandardCharsets.US_ASCII);
                if (MessageDigest.isEqual(computed, typed) && match == null) {
                    match = new OcraMatch(
                            suite.needsCounter() ? OptionalLong.of(counter) : OptionalLong.empty(),
                            suite.needsTime() ? OptionalLong.of(step) : OptionalLong.empty());
                }
            }
        }
        if (match == null) {
            throw new WrongResponseException();
        }
        return match;
    }

    private OcraInput candidate(OcraInput expected, long counter, long step) {
        OcraInput candidate = suite.needsCounter() ? expected.withCounter(counter) : expected;
        return suite.needsTime() ? candidate.withTimeStep(step) : candidate;
    }

    private byte[] checkFormat(String response) throws MalformedResponseException {
        if (response == null || response.isEmpty()) {
            throw new MalformedResponseException(MalformedResponseException.Reason.EMPTY);
        }
        int digits = suite.digits();
        boolean lengthOk = digits == 0 ? response.length() <= 10 : response.length() == digits;
        if (!lengthOk) {
            throw new MalformedResponseException(MalformedResponseException.Reason.WRONG_LENGTH);
        }
        for (int i = 0; i < response.length(); i++) {
            char c = response.charAt(i);
            if (c < '0' || c > '9') {
                throw new MalformedResponseException(MalformedResponseException.Reason.NOT_DIGITS);
            }
        }
        return response.getBytes(StandardCharsets.US_ASCII);
    }
}
