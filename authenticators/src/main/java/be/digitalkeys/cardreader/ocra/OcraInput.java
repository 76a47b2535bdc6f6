package be.digitalkeys.cardreader.ocra;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

/**
 * The values of one OCRA computation besides the key: counter, challenge(s), PIN or PIN hash,
 * session information and time. Only what the suite names is used; the rest is ignored, so a
 * caller may always pass the card's counter and the server time. Immutable.
 *
 * <p>For mutual challenge-response (RFC 6287 section 7.3) pass both challenges in the order of
 * the computation: {@code challenges(clientChallenge, serverChallenge)} for the server's response,
 * {@code challenges(serverChallenge, clientChallenge)} for the client's. Each is checked against
 * the suite's {@code QFxx}; their concatenation is encoded.
 */
public final class OcraInput {

    private static final long NONE = -1;

    private final long counter;
    private final List<String> challenges;
    private final String pin;
    private final byte[] pinHash;
    private final byte[] session;
    private final long timeStep;
    private final long epochSeconds;

    private OcraInput(Builder builder, long counter, long timeStep) {
        this.counter = counter;
        this.challenges = builder.challenges;
        this.pin = builder.pin;
        this.pinHash = builder.pinHash;
        this.session = builder.session;
        this.timeStep = timeStep;
        this.epochSeconds = builder.epochSeconds;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The same input with another counter; the verifier's look-ahead. */
    OcraInput withCounter(long value) {
        return new OcraInput(toBuilder(), value, timeStep);
    }

    /** The same input with an explicit time step count; the verifier's time window. */
    OcraInput withTimeStep(long value) {
        return new OcraInput(toBuilder(), counter, value);
    }

    private Builder toBuilder() {
        Builder builder = new Builder();
        builder.challenges = challenges;
        builder.pin = pin;
        builder.pinHash = pinHash;
        builder.session = session;
        builder.epochSeconds = epochSeconds;
        return builder;
    }

    List<String> challenges() {
        return challenges;
    }

    long counterFor(OcraSuite suite) throws InvalidOcraInputException {
        if (counter == NONE) {
            throw new InvalidOcraInputException("Suite " + suite + " needs a counter (C) and none was given");
        }
        return counter;
    }

    /** The T value: the given step count, or the given time divided by the suite's step. */
    long timeStepFor(OcraSuite suite) throws InvalidOcraInputException {
        if (timeStep != NONE) {
            return timeStep;
        }
        if (epochSeconds == NONE || suite.timeStepSeconds().isEmpty()) {
            throw new InvalidOcraInputException("Suite " + suite + " needs a time (T) and none was given");
        }
        return Math.floorDiv(epochSeconds, suite.timeStepSeconds().getAsLong());
    }

    byte[] pinHashFor(OcraSuite suite) throws InvalidOcraInputException {
        OcraHash hash = suite.pinHash().orElseThrow(() -> new IllegalStateException("Suite has no PIN"));
        if (pinHash != null) {
            if (pinHash.length != hash.length()) {
                throw new InvalidOcraInputException("Suite " + suite + " needs a " + hash.suiteName()
                        + " PIN hash of " + hash.length() + " bytes, got " + pinHash.length);
            }
            return pinHash.clone();
        }
        if (pin == null) {
            throw new InvalidOcraInputException("Suite " + suite + " needs a PIN (P) and none was given");
        }
        try {
            return MessageDigest.getInstance(hash.digestAlgorithm()).digest(pin.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java SE provides " + hash.digestAlgorithm(), e);
        }
    }

    /** The session bytes, right-aligned in the suite's nnn bytes like the RFC's own layout. */
    byte[] sessionFor(OcraSuite suite) throws InvalidOcraInputException {
        int length = suite.sessionLength().orElseThrow();
        if (session == null) {
            throw new InvalidOcraInputException("Suite " + suite + " needs session information (S) and none was given");
        }
        if (session.length > length) {
            throw new InvalidOcraInputException("Suite " + suite + " takes at most " + length
                    + " bytes of session information, got " + session.length);
        }
        byte[] field = new byte[length];
        System.arraycopy(session, 0, field, length - session.length, session.length);
        return field;
    }

    /** Collects the inputs; nothing is checked against a suite until the computation. */
    public static final class Builder {
        private long counter = NONE;
        private List<String> challenges = List.of();
        private String pin;
        private byte[] pinHash;
        private byte[] session;
        private long timeStep = NONE;
        private long epochSeconds = NONE;

        private Builder() {
        }

        /** The card's counter (suites with {@code C}), 0 or more. */
        public Builder counter(long counter) {
            if (counter < 0) {
                throw new IllegalArgumentException("OCRA counter must be 0 or more");
            }
            this.counter = counter;
            return this;
        }

        /** The challenge shown to the user (one-way challenge-response and signature). */
        public Builder challenge(String challenge) {
            this.challenges = Arrays.asList(challenge);
            return this;
        }

        /** Both challenges of mutual challenge-response, in the order they are concatenated. */
        public Builder challenges(String first, String second) {
            this.challenges = Arrays.asList(first, second);
            return this;
        }

        /** The PIN in clear, hashed with the suite's {@code PH}; prefer {@link #pinHash(byte[])}. */
        public Builder pin(String pin) {
            this.pin = pin;
            return this;
        }

        /** The PIN already hashed with the suite's {@code PH}, as a card credential stores it. */
        public Builder pinHash(byte[] pinHash) {
            this.pinHash = pinHash == null ? null : pinHash.clone();
            return this;
        }

        /** Session information (suites with {@code Snnn}), at most nnn bytes. */
        public Builder session(byte[] session) {
            this.session = session == null ? null : session.clone();
            return this;
        }

        /** The T value itself: time steps since the Unix epoch (e.g. 0x132d0b6 in RFC 6287). */
        public Builder timeStep(long timeStep) {
            if (timeStep < 0) {
                throw new IllegalArgumentException("OCRA time step must be 0 or more");
            }
            this.timeStep = timeStep;
            return this;
        }

        /** The current time, divided by the suite's step {@code G} when computing. */
        public Builder epochSeconds(long epochSeconds) {
            if (epochSeconds < 0) {
                throw new IllegalArgumentException("Time must be 0 or more seconds since the epoch");
            }
            this.epochSeconds = epochSeconds;
            return this;
        }

        public OcraInput build() {
            return new OcraInput(this, counter, timeStep);
        }
    }
}
