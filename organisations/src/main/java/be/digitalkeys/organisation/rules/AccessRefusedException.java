package be.digitalkeys.organisation.rules;

/** Thrown by {@link Decision#orThrow()}: carries the {@link Refusal} for the API to map to a response. */
public final class AccessRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Refusal refusal;

    public AccessRefusedException(Refusal refusal) {
        super("Refused: " + refusal);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
