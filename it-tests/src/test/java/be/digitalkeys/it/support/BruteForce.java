package be.digitalkeys.it.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Keycloak's brute-force detection records failures and lockouts asynchronously (26.x), so a test
 * reads its attack-detection status by polling until the expected state, with a deadline generous
 * enough for a busy machine (it returns as soon as the state is reached).
 */
public final class BruteForce {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final long POLL_NANOS = 100_000_000L;

    private BruteForce() {
    }

    /** Polls {@code status} (e.g. {@code () -> accounts.bruteForceStatus(id)}) until the user is locked; fails otherwise. */
    public static Map<String, Object> awaitLocked(Supplier<Map<String, Object>> status) {
        return await(status, s -> Boolean.TRUE.equals(s.get("disabled")), "locked");
    }

    /** Polls until exactly {@code expected} failures are recorded; fails otherwise. */
    public static Map<String, Object> awaitFailures(Supplier<Map<String, Object>> status, int expected) {
        return await(status, s -> failures(s) == expected, expected + " failure(s)");
    }

    public static int failures(Map<String, Object> status) {
        Object n = status.get("numFailures");
        return n == null ? 0 : ((Number) n).intValue();
    }

    private static Map<String, Object> await(Supplier<Map<String, Object>> status, Predicate<Map<String, Object>> reached,
            String what) {
        Instant deadline = Instant.now().plus(DEADLINE);
        Map<String, Object> current = status.get();
        while (!reached.test(current)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("brute-force status not " + what + " within " + DEADLINE.toSeconds() + " s: " + current);
            }
            LockSupport.parkNanos(POLL_NANOS);
            current = status.get();
        }
        return current;
    }
}
