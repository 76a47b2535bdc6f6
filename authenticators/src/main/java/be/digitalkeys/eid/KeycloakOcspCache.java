package be.digitalkeys.eid;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import be.digitalkeys.eid.ocsp.OcspCache;
import be.digitalkeys.eid.ocsp.OcspStatus;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * OCSP answers kept in Keycloak's single-use-object store, so every node of a cluster reuses an
 * answer one of them obtained, and nothing outlives its time to live.
 */
final class KeycloakOcspCache implements OcspCache {

    private static final String PREFIX = "dk-eid.ocsp.";
    private static final String STATUS = "status";
    private final SingleUseObjectProvider store;

    KeycloakOcspCache(SingleUseObjectProvider store) {
        this.store = store;
    }

    @Override
    public Optional<OcspStatus> get(String key) {
        Map<String, String> notes = store.get(PREFIX + key);
        if (notes == null || notes.get(STATUS) == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OcspStatus.valueOf(notes.get(STATUS)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, OcspStatus status, Duration ttl) {
        if (ttl.isZero() || ttl.isNegative()) {
            return;
        }
        store.put(PREFIX + key, ttl.toSeconds(), Map.of(STATUS, status.name()));
    }
}
