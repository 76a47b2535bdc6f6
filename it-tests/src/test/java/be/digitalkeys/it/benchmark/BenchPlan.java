package be.digitalkeys.it.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import be.digitalkeys.it.support.SmsGatewayStub;
import com.icegreen.greenmail.util.GreenMail;

/**
 * One Gatling run: which methods, which load model, for how long. The benchmark sets it before
 * starting Gatling in the same JVM, and {@link LoginSimulation} reads it.
 *
 * @param concurrency closed model: this many logins in flight at all times (0: open model)
 * @param rate open model: new logins per second
 * @param methods one method, or several mixed evenly (the heap run)
 */
record BenchPlan(String name, String baseUrl, List<Method> methods, int concurrency, double rate, Duration duration, int users,
        GreenMail mail, SmsGatewayStub sms, Recorder recorder) {

    /** Logins started and completed, with the duration of each completed one (ms). */
    static final class Recorder {
        private final java.util.concurrent.atomic.AtomicLong started = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.ConcurrentLinkedQueue<Long> durations = new java.util.concurrent.ConcurrentLinkedQueue<>();

        void started() {
            started.incrementAndGet();
        }

        void completed(long millis) {
            durations.add(millis);
        }

        long ok() {
            return durations.size();
        }

        long failed() {
            return started.get() - durations.size();
        }

        /** The q-th percentile (0-100) of the completed logins' durations, nearest rank. */
        long percentile(double q) {
            List<Long> sorted = durations.stream().sorted().toList();
            if (sorted.isEmpty()) {
                return 0;
            }
            int rank = (int) Math.ceil(q / 100.0 * sorted.size());
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
        }
    }

    private static volatile BenchPlan current;
    private static final Map<Method, AtomicInteger> NEXT_USER = new java.util.concurrent.ConcurrentHashMap<>();

    static BenchPlan current() {
        return current;
    }

    static void set(BenchPlan plan) {
        current = plan;
    }

    /**
     * The next user of a method's realm, round robin over all of them, so that the same user logs
     * in again only after every other one (one TOTP code per user per 30 s stays unused twice).
     */
    int nextUser(Method method) {
        return Math.floorMod(NEXT_USER.computeIfAbsent(method, m -> new AtomicInteger()).getAndIncrement(), users);
    }
}
