package be.digitalkeys.totp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import org.keycloak.models.utils.HmacOTP;

/** RFC 6238 on top of Keycloak's own HOTP generator ({@link HmacOTP}). */
final class TotpVerifierImpl implements TotpVerifier {

    private static final Set<String> ALGORITHMS = Set.of(
            HmacOTP.HMAC_SHA1, HmacOTP.HMAC_SHA256, HmacOTP.HMAC_SHA512);

    private final String algorithm;
    private final int digits;
    private final int periodSeconds;
    private final int lookAround;
    private final int diagnosisSteps;
    private final HmacOTP hotp;

    TotpVerifierImpl(Builder builder) {
        if (!ALGORITHMS.contains(builder.algorithm)) {
            throw new IllegalArgumentException("Unsupported TOTP algorithm: " + builder.algorithm);
        }
        if (builder.digits < 6 || builder.digits > 10) {
            throw new IllegalArgumentException("TOTP digits must be 6 to 10");
        }
        if (builder.periodSeconds < 1 || builder.lookAround < 0 || builder.diagnosisSteps < builder.lookAround) {
            throw new IllegalArgumentException("Invalid TOTP period or windows");
        }
        this.algorithm = builder.algorithm;
        this.digits = builder.digits;
        this.periodSeconds = builder.periodSeconds;
        this.lookAround = builder.lookAround;
        this.diagnosisSteps = builder.diagnosisSteps;
        this.hotp = new HmacOTP(digits, algorithm, 0);
    }

    @Override
    public long verify(byte[] secret, String code, long epochSeconds)
            throws TotpCodeOutOfWindowException, TotpCodeInvalidException {
        if (code == null || code.length() != digits || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new TotpCodeInvalidException();
        }
        byte[] typed = code.getBytes(StandardCharsets.US_ASCII);
        long current = stepAt(epochSeconds);
        // Every step of the diagnosis window is computed, whatever matches, so timing tells nothing.
        long accepted = -1;
        long outside = Long.MAX_VALUE;
        for (long offset = -diagnosisSteps; offset <= diagnosisSteps; offset++) {
            long step = current + offset;
            if (step < 0) {
                continue;
            }
            byte[] expected = codeAt(secret, step).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, typed)) {
                if (Math.abs(offset) <= lookAround) {
                    accepted = accepted < 0 || Math.abs(step - current) < Math.abs(accepted - current) ? step : accepted;
                } else if (Math.abs(offset) < Math.abs(outside)) {
                    outside = offset;
                }
            }
        }
        if (accepted >= 0) {
            return accepted;
        }
        if (outside != Long.MAX_VALUE) {
            throw new TotpCodeOutOfWindowException(outside);
        }
        throw new TotpCodeInvalidException();
    }

    @Override
    public String codeAt(byte[] secret, long step) {
        return hotp.generateOTP(secret, Long.toHexString(step), digits, algorithm);
    }

    @Override
    public long stepAt(long epochSeconds) {
        return Math.floorDiv(epochSeconds, periodSeconds);
    }
}
