package be.digitalkeys.organisation.rules;

import java.util.Objects;
import java.util.Optional;

/** The answer of {@link AccessRules}: allowed, or refused with a {@link Refusal}. */
public final class Decision {

    private static final Decision ALLOWED = new Decision(null);

    private final Refusal refusal;

    private Decision(Refusal refusal) {
        this.refusal = refusal;
    }

    public static Decision allowed() {
        return ALLOWED;
    }

    public static Decision refused(Refusal refusal) {
        return new Decision(Objects.requireNonNull(refusal, "refusal"));
    }

    public boolean isAllowed() {
        return refusal == null;
    }

    /** Empty when allowed. */
    public Optional<Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** For callers that prefer an exception: returns normally only when allowed. */
    public void orThrow() throws AccessRefusedException {
        if (refusal != null) {
            throw new AccessRefusedException(refusal);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Decision other && other.refusal == refusal;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(refusal);
    }

    @Override
    public String toString() {
        return refusal == null ? "ALLOWED" : "REFUSED(" + refusal + ")";
    }
}
