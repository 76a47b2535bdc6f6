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
        private final java.util.concurrent.atomic.AtomicLong waitedForTotp = new java.util.concurrent.atomic.AtomicLong();

        /** A login whose user had already sent the current step's code waited for the next step (not counted in its duration). */
        void waitedForTotp() {
            waitedForTotp.incrementAndGet();
        }

        long totpWaits() {
            return waitedForTotp.get();
        }

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
    /** Across every run of the JVM: the server remembers used codes across runs too. */
    private static final TotpSteps TOTP_STEPS = new TotpSteps();

    static BenchPlan current() {
        return current;
    }

    static void set(BenchPlan plan) {
        current = plan;
    }

    /** Users of each method in a login now (a failed login keeps its user: it is not used again). */
    private static final Map<Method, java.util.Set<Integer>> BUSY = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The next user of a method's realm, round robin over all of them, so that the same user logs
     * in again only after every other one, and never while already in a login: two logins of one
     * user at once would read each other's e-mailed or texted code. (With enough users, never
     * within one TOTP step either: {@link #totpStep} makes sure of it whatever the machine's speed.)
     */
    int nextUser(Method method) {
        java.util.Set<Integer> busy = BUSY.computeIfAbsent(method, m -> java.util.concurrent.ConcurrentHashMap.newKeySet());
        AtomicInteger next = NEXT_USER.computeIfAbsent(method, m -> new AtomicInteger());
        for (int tried = 0; tried < users; tried++) {
            int i = Math.floorMod(next.getAndIncrement(), users);
            if (busy.add(i)) {
                return i;
            }
        }
        throw new IllegalStateException(method + ": every one of the " + users + " users is in a login; use more users");
    }

    /** The user's login has ended (successfully). */
    static void release(Method method, int i) {
        java.util.Set<Integer> busy = BUSY.get(method);
        if (busy != null) {
            busy.remove(i);
        }
    }

    /** The TOTP step (and code) user {@code i} sends in this login: one it has never sent; see {@link TotpSteps}. */
    TotpSteps.Reservation totpStep(Method method, int i) {
        return TOTP_STEPS.reserve(method, i, System.currentTimeMillis());
    }
}
