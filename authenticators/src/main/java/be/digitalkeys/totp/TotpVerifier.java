package be.digitalkeys.totp;

/**
 * Verifies time-based one-time passwords (RFC 6238) without any Keycloak model type.
 *
 * <p>A code is accepted when it matches a time step within the look-around window. A code that
 * only matches further away (up to the diagnosis window) is reported as
 * {@link TotpCodeOutOfWindowException}, so the user can be told to check the device clock or
 * to use the newest code, instead of a plain "invalid code".
 */
public interface TotpVerifier {

    /**
     * @param secret the raw shared secret
     * @param code the code typed by the user (digits only)
     * @param epochSeconds the server time
     * @return the time step the code belongs to
     * @throws TotpCodeOutOfWindowException the code belongs to a step outside the window
     * @throws TotpCodeInvalidException the code matches no step near the server time
     */
    long verify(byte[] secret, String code, long epochSeconds)
            throws TotpCodeOutOfWindowException, TotpCodeInvalidException;

    /** The code for the given time step, e.g. to build test vectors. */
    String codeAt(byte[] secret, long step);

    /** The time step that contains the given second. */
    long stepAt(long epochSeconds);

    static Builder builder() {
        return new Builder();
    }

    final class Builder {
        String algorithm = "HmacSHA1";
        int digits = 6;
        int periodSeconds = 30;
        int lookAround = 1;
        int diagnosisSteps = 20;

        private Builder() {
        }

        /** "HmacSHA1", "HmacSHA256" or "HmacSHA512". */
        public Builder algorithm(String algorithm) {
            this.algorithm = algorithm;
            return this;
        }

        public Builder digits(int digits) {
            this.digits = digits;
            return this;
        }

        public Builder periodSeconds(int periodSeconds) {
            this.periodSeconds = periodSeconds;
            return this;
        }

        /** Steps accepted before and after the current one. */
        public Builder lookAround(int lookAround) {
            this.lookAround = lookAround;
            return this;
        }

        /** Steps searched, beyond the window, to recognise an expired code or a skewed clock. */
        public Builder diagnosisSteps(int diagnosisSteps) {
            this.diagnosisSteps = diagnosisSteps;
            return this;
        }

        public TotpVerifier build() {
            return new TotpVerifierImpl(this);
        }
    }
}
