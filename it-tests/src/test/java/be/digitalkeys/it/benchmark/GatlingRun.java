package be.digitalkeys.it.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;


/**
 * Runs a {@link BenchPlan} with Gatling in this JVM; the figures are the plan's recorder's (every
 * login timed from its first request to its token).
 */
final class GatlingRun {

    /** Figures of one run: logins that completed or failed, their rate and durations (ms), logins that waited for a fresh TOTP step. */
    record Stats(long ok, long ko, double perSecond, long p50, long p95, long p99, double wallSeconds, long totpWaits) {
    }

    private GatlingRun() {
    }

    static Stats run(BenchPlan plan, Path results) {
        BenchPlan.set(plan);
        try {
            Files.createDirectories(results);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long start = System.nanoTime();
        int code = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
                "-s", LoginSimulation.class.getName(), "-rf", results.toString(), "-rd", plan.name(), "-nr"});
        double seconds = (System.nanoTime() - start) / 1e9;
        // Gatling answers 2 when assertions fail (we set none) and 1 on a crash.
        if (code == 1) {
            throw new IllegalStateException("Gatling failed for " + plan.name());
        }
        BenchPlan.Recorder recorder = plan.recorder();
        // The rate over the planned duration: logins still in flight at its end finish after it.
        return new Stats(recorder.ok(), recorder.failed(), recorder.ok() / (plan.duration().toMillis() / 1000.0),
                recorder.percentile(50), recorder.percentile(95), recorder.percentile(99), seconds, recorder.totpWaits());
    }
}
