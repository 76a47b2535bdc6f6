package be.digitalkeys.eid.ocsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import be.digitalkeys.eid.testing.MutableClock;

class OcspSettingsTest {

    @Test
    void defaults() {
        OcspSettings d = OcspSettings.defaults();
        assertTrue(d.enabled());
        assertNull(d.responderOverride());
        assertEquals(Duration.ofSeconds(5), d.timeout());
        assertEquals(Duration.ofMinutes(5), d.cacheTtl());
        assertEquals(Duration.ofMinutes(15), d.maxResponseAge());
        assertEquals(Duration.ofMinutes(5), d.allowedSkew());
        assertFalse(d.failOpen());
        assertFalse(OcspSettings.disabled().enabled());
    }

    @Test
    void withers_changeOneField() {
        OcspSettings s = OcspSettings.defaults().withFailOpen(true).withTimeout(Duration.ofSeconds(1))
                .withResponderOverride(URI.create("https://ocsp.example.be/"));
        assertTrue(s.failOpen());
        assertEquals(Duration.ofSeconds(1), s.timeout());
        assertEquals(URI.create("https://ocsp.example.be/"), s.responderOverride());
        assertEquals(Duration.ofMinutes(15), s.maxResponseAge());
    }

    @Test
    void invalidValues_refused() {
        OcspSettings d = OcspSettings.defaults();
        assertThrows(IllegalArgumentException.class, () -> d.withTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> d.withCacheTtl(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> d.withResponderOverride(URI.create("file:///tmp/x")));
        assertThrows(IllegalArgumentException.class, () -> d.withResponderOverride(URI.create("/relative")));
        assertThrows(NullPointerException.class, () -> d.withMaxResponseAge(null));
    }

    @Test
    void inMemoryCache_expiresByItsClock() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        InMemoryOcspCache cache = new InMemoryOcspCache(clock);
        cache.put("k", OcspStatus.GOOD, Duration.ofMinutes(5));
        assertEquals(Optional.of(OcspStatus.GOOD), cache.get("k"));
        clock.advance(Duration.ofMinutes(5).minusMillis(1));
        assertEquals(Optional.of(OcspStatus.GOOD), cache.get("k"));
        clock.advance(Duration.ofMillis(1));
        assertEquals(Optional.empty(), cache.get("k"));
        assertEquals(0, cache.size());
        cache.put("zero", OcspStatus.GOOD, Duration.ZERO);
        assertEquals(Optional.empty(), cache.get("zero"));
    }

    @Test
    void noCache_remembersNothing() {
        OcspCache none = OcspCache.none();
        none.put("k", OcspStatus.REVOKED, Duration.ofHours(1));
        assertEquals(Optional.empty(), none.get("k"));
        assertTrue(new InMemoryOcspCache(Clock.systemUTC()).get("x").isEmpty());
    }
}
