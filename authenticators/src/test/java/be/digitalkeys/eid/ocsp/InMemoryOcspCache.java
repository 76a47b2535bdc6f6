package be.digitalkeys.eid.ocsp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A cache in this JVM only, for tests and benchmarks. Keycloak keeps OCSP answers cluster-wide
 * instead.
 */
public final class InMemoryOcspCache implements OcspCache {

    /** Entries kept at most; the map is cleared of expired entries (or emptied) beyond it. */
    private static final int MAX_ENTRIES = 100_000;

    private record Entry(OcspStatus status, Instant expiresAt) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryOcspCache(Clock clock) {
        this.clock = clock;
    }

    public InMemoryOcspCache() {
        this(Clock.systemUTC());
    }

    @Override
    public Optional<OcspStatus> get(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.status());
    }

    @Override
    public void put(String key, OcspStatus status, Duration ttl) {
        if (ttl.isZero() || ttl.isNegative()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            entries.values().removeIf(e -> !now.isBefore(e.expiresAt()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key, new Entry(status, clock.instant().plus(ttl)));
    }

    public int size() {
        return entries.size();
    }
}
