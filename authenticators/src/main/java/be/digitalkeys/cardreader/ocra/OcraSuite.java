package be.digitalkeys.cardreader.ocra;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A parsed OCRA suite (RFC 6287 section 6), e.g. {@code OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1}:
 * {@code Algorithm:CryptoFunction:DataInput} where the crypto function is
 * {@code HOTP-<hash>-<digits>} and the data input is {@code [C-]QFxx[-PH][-Snnn][-TG]}, in that
 * order. Immutable; equal when the suite texts are equal.
 *
 * <p>Read strictly: upper case, {@code OCRA-1} only, digits 0 or 4-10, challenge length 04-64
 * written with two digits, the PIN hash always named ({@code PSHA1}, not {@code P}), session
 * length written with three digits (001-999), time step 1-59 S, 1-59 M or 1-48 H (the RFC's
 * table allows {@code 0H}, a zero step that cannot work, so it is refused).
 */
public final class OcraSuite {

    /** Shortest challenge accepted for any suite: the smallest {@code xx} the RFC allows. */
    public static final int MIN_CHALLENGE_LENGTH = 4;
    /** Longest challenge length a suite may declare. */
    public static final int MAX_CHALLENGE_LENGTH = 64;

    private final String value;
    private final OcraHash hash;
    private final int digits;
    private final boolean counter;
    private final ChallengeFormat challengeFormat;
    private final int challengeLength;
    private final OcraHash pinHash;
    private final int sessionLength;
    private final long timeStepSeconds;

    OcraSuite(String value, OcraHash hash, int digits, boolean counter, ChallengeFormat challengeFormat,
              int challengeLength, OcraHash pinHash, int sessionLength, long timeStepSeconds) {
        this.value = value;
        this.hash = hash;
        this.digits = digits;
        this.counter = counter;
        this.challengeFormat = challengeFormat;
        this.challengeLength = challengeLength;
        this.pinHash = pinHash;
        this.sessionLength = sessionLength;
        this.timeStepSeconds = timeStepSeconds;
    }

    /**
     * @param suite the suite text, e.g. {@code OCRA-1:HOTP-SHA1-6:QN08}
     * @throws InvalidOcraSuiteException the text is not a valid suite; the message says why
     */
    public static OcraSuite parse(String suite) throws InvalidOcraSuiteException {
        return OcraSuiteParser.parse(suite);
    }

    /** The suite text exactly as parsed; it is the first part of every HMAC input. */
    public String value() {
        return value;
    }

    /** The hash of the HMAC. */
    public OcraHash hash() {
        return hash;
    }

    /** Digits of a response, 4 to 10; 0 means the whole 31-bit truncated value, unpadded. */
    public int digits() {
        return digits;
    }

    /** Whether the suite has {@code C}: the card's counter goes into every response. */
    public boolean needsCounter() {
        return counter;
    }

    public ChallengeFormat challengeFormat() {
        return challengeFormat;
    }

    /** The {@code xx} of {@code QFxx}: the longest challenge, 4 to 64 characters. */
    public int challengeLength() {
        return challengeLength;
    }

    /** Whether the suite has {@code PH}: the hash of the card's PIN goes into every response. */
    public boolean needsPin() {
        return pinHash != null;
    }

    /** The hash applied to the PIN, when the suite has {@code PH}. */
    public Optional<OcraHash> pinHash() {
        return Optional.ofNullable(pinHash);
    }

    /** Whether the suite has {@code Snnn}: session information goes into every response. */
    public boolean needsSession() {
        return sessionLength > 0;
    }

    /** The {@code nnn} of {@code Snnn}, in bytes. */
    public OptionalInt sessionLength() {
        return needsSession() ? OptionalInt.of(sessionLength) : OptionalInt.empty();
    }

    /** Whether the suite has {@code TG}: the time step count goes into every response. */
    public boolean needsTime() {
        return timeStepSeconds > 0;
    }

    /** The size of a time step {@code G} in seconds, e.g. 60 for {@code T1M}. */
    public OptionalLong timeStepSeconds() {
        return needsTime() ? OptionalLong.of(timeStepSeconds) : OptionalLong.empty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OcraSuite && ((OcraSuite) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
