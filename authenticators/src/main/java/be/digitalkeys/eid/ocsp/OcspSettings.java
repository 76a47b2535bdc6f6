package be.digitalkeys.eid.ocsp;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the revocation status of an eID certificate is checked.
 *
 * @param enabled check OCSP at all
 * @param responderOverride ask this responder instead of the one in the certificate (nullable)
 * @param timeout the whole exchange with the responder (connect, send, receive)
 * @param cacheTtl how long a GOOD or REVOKED answer is reused
 * @param maxResponseAge a response whose thisUpdate is older than this is stale
 * @param allowedSkew tolerated clock difference with the responder
 * @param failOpen accept the certificate when no trustworthy answer can be had (never when
 *     the answer is REVOKED or UNKNOWN)
 * @param requireNonce refuse an answer that does not echo the request's nonce: without it, an
 *     old GOOD answer recorded before a revocation could be replayed for as long as it is
 *     fresh. Belgian eID responders echo it; turn off only for a responder that cannot. An
 *     answer refused for this counts as "no trustworthy answer" ({@code failOpen} applies).
 */
public record OcspSettings(boolean enabled, URI responderOverride, Duration timeout, Duration cacheTtl,
        Duration maxResponseAge, Duration allowedSkew, boolean failOpen, boolean requireNonce) {

    public OcspSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(cacheTtl, "cacheTtl");
        Objects.requireNonNull(maxResponseAge, "maxResponseAge");
        Objects.requireNonNull(allowedSkew, "allowedSkew");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (cacheTtl.isNegative() || maxResponseAge.isNegative() || allowedSkew.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
        if (responderOverride != null && !isHttp(responderOverride)) {
            throw new IllegalArgumentException("responderOverride must be an http or https URL");
        }
    }

    /** Enabled, responder from the certificate, 5 s timeout, 5 min cache, 15 min max age, 5 min skew, fail-closed, nonce required. */
    public static OcspSettings defaults() {
        return new OcspSettings(true, null, Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(15),
                Duration.ofMinutes(5), false, true);
    }

    /** The defaults with OCSP switched off. */
    public static OcspSettings disabled() {
        return defaults().withEnabled(false);
    }

    public OcspSettings withEnabled(boolean value) {
        return new OcspSettings(value, responderOverride, timeout, cacheTtl, maxResponseAge, allowedSkew, failOpen, requireNonce);
    }

    public OcspSettings withResponderOverride(URI value) {
        return new OcspSettings(enabled, value, timeout, cacheTtl, maxResponseAge, allowedSkew, failOpen, requireNonce);
    }

    public OcspSettings withTimeout(Duration value) {
        return new OcspSettings(enabled, responderOverride, value, cacheTtl, maxResponseAge, allowedSkew, failOpen, requireNonce);
    }

    public OcspSettings withCacheTtl(Duration value) {
        return new OcspSettings(enabled, responderOverride, timeout, value, maxResponseAge, allowedSkew, failOpen, requireNonce);
    }

    public OcspSettings withMaxResponseAge(Duration value) {
        return new OcspSettings(enabled, responderOverride, timeout, cacheTtl, value, allowedSkew, failOpen, requireNonce);
    }

    public OcspSettings withAllowedSkew(Duration value) {
        return new OcspSettings(enabled, responderOverride, timeout, cacheTtl, maxResponseAge, value, failOpen, requireNonce);
    }

    public OcspSettings withFailOpen(boolean value) {
        return new OcspSettings(enabled, responderOverride, timeout, cacheTtl, maxResponseAge, allowedSkew, value, requireNonce);
    }

    public OcspSettings withRequireNonce(boolean value) {
        return new OcspSettings(enabled, responderOverride, timeout, cacheTtl, maxResponseAge, allowedSkew, failOpen, value);
    }

    static boolean isHttp(URI uri) {
        String scheme = uri.getScheme();
        return uri.isAbsolute() && uri.getHost() != null
                && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
    }
}
