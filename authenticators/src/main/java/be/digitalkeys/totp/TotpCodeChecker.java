package be.digitalkeys.totp;

import java.util.Locale;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OTPPolicy;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Checks a typed TOTP code against a secret with the realm's OTP policy and guards replays
 * cluster-wide with the single-use-object store (first writer wins).
 */
public final class TotpCodeChecker {

    /** Longest input looked at; anything longer is refused before any work. */
    static final int MAX_INPUT_LENGTH = 32;
    /** Steps searched beyond the window to recognise an expired code or a wrong clock (10 min). */
    private static final int DIAGNOSIS_SECONDS = 600;

    public enum Outcome { ACCEPTED, MALFORMED, INVALID, OUT_OF_WINDOW, REPLAYED }

    private final KeycloakSession session;
    private final OTPPolicy policy;
    private final TotpVerifier verifier;

    public TotpCodeChecker(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.policy = realm.getOTPPolicy();
        int period = Math.max(1, policy.getPeriod());
        this.verifier = TotpVerifier.builder()
                .algorithm(policy.getAlgorithm())
                .digits(policy.getDigits())
                .periodSeconds(period)
                .lookAround(policy.getLookAheadWindow())
                .diagnosisSteps(Math.max(policy.getLookAheadWindow(), DIAGNOSIS_SECONDS / period))
                .build();
    }

    public int digits() {
        return policy.getDigits();
    }

    /** Spaces and dashes that apps show for readability are ignored; null when not a code. */
    public String normalise(String typed) {
        if (typed == null || typed.length() > MAX_INPUT_LENGTH) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        boolean digitsOnly = code.chars().allMatch(c -> c >= '0' && c <= '9');
        return digitsOnly && code.length() == policy.getDigits() ? code : null;
    }

    /**
     * Verifies the code for a secret, and when it is right claims it for the credential so that
     * it cannot be used a second time, on this node or another.
     */
    public Outcome check(String credentialId, byte[] secret, String typed) {
        String code = normalise(typed);
        if (code == null) {
            return Outcome.MALFORMED;
        }
        try {
            long step = verifier.verify(secret, code, Time.currentTimeSeconds());
            return claim(credentialId, code, step) ? Outcome.ACCEPTED : Outcome.REPLAYED;
        } catch (TotpCodeOutOfWindowException e) {
            return Outcome.OUT_OF_WINDOW;
        } catch (TotpCodeInvalidException e) {
            return Outcome.INVALID;
        }
    }

    /** Marks a code as used for a credential; false when it already was. */
    public boolean claim(String credentialId, String code, long step) {
        if (policy.isCodeReusable()) {
            return true;
        }
        long lifespan = (2L * policy.getLookAheadWindow() + 2) * Math.max(1, policy.getPeriod());
        return session.getProvider(SingleUseObjectProvider.class)
                .putIfAbsent("dk-totp." + credentialId + "." + code, lifespan);
    }

    /** The step of the current time, used when claiming the code that confirmed an enrolment. */
    public long currentStep() {
        return verifier.stepAt(Time.currentTimeSeconds());
    }
}
