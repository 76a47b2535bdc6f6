package be.digitalkeys.eid.ocsp;

import java.time.Duration;
import java.util.Optional;

/** {@link OcspCache#none()}. */
enum NoOcspCache implements OcspCache {
    INSTANCE;

    @Override
    public Optional<OcspStatus> get(String key) {
        return Optional.empty();
    }

    @Override
    public void put(String key, OcspStatus status, Duration ttl) {
        // nothing to remember
    }
}
