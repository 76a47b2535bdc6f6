package be.digitalkeys.eid.ocsp;

import java.time.Duration;
import java.util.Optional;

/**
 * Remembers OCSP answers (GOOD and REVOKED) per certificate, keyed by
 * {@code issuerKeyHash(hex) + ":" + serial(hex)}.
 */
public interface OcspCache {

    Optional<OcspStatus> get(String key);

    void put(String key, OcspStatus status, Duration ttl);

    /** Remembers nothing. */
    static OcspCache none() {
        return NoOcspCache.INSTANCE;
    }
}
