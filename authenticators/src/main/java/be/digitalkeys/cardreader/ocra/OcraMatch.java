package be.digitalkeys.cardreader.ocra;

import java.util.OptionalLong;

/**
 * Which counter and which time step an accepted response was computed with. The caller stores
 * {@link #nextCounter()} as the card's counter, and only after this success (RFC 6287 section 7.1).
 *
 * @param counter the matched counter, for suites with {@code C}
 * @param timeStep the matched time step count, for suites with {@code T}
 */
public record OcraMatch(OptionalLong counter, OptionalLong timeStep) {

    /** The counter the next response of this card must use: the matched one plus 1. */
    public OptionalLong nextCounter() {
        return counter.isPresent() ? OptionalLong.of(counter.getAsLong() + 1) : OptionalLong.empty();
    }
}
