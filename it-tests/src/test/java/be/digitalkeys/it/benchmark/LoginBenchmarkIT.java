package be.digitalkeys.it.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import be.digitalkeys.it.support.ClusterNode;
import be.digitalkeys.it.support.KeycloakCluster;
import be.digitalkeys.it.support.SmsGatewayStub;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.TestSettings;
import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Test;

/**
 * The cost of each login method against Keycloak's built-in username + password + OTP login, on
 * one Keycloak in production mode on PostgreSQL, driven by Gatling through the real pages. Per
 * method: logins per second at saturation (closed model), p50/p95/p99, CPU seconds per login of
 * the Keycloak process; then each method at 80 % of the baseline's saturation rate (open model,
 * errors counted); then all methods mixed at that rate while the heap after GC is sampled.
 *
 * <p>{@code -Ddk.benchmark.mode=smoke} (the default, in every build) runs a few seconds per phase so
 * the harness cannot rot; {@code full} runs the real measurement (about 25 minutes). Report:
 * {@code it-tests/target/benchmark/benchmark.md} and {@code benchmark.png}.
 */
class LoginBenchmarkIT {

    private static final String SCHEMA = "bench";

    private record Settings(int users, int concurrency, Duration warmUp, Duration saturation, Duration atRate, Duration heapRun,
            Duration heapEvery) {
    }

    /** {@code -Ddk.benchmark.users=N} overrides the users per method (a few users prove that none sends a TOTP code twice). */
    private static Settings settings(String mode) {
        Settings settings = "full".equals(mode)
                ? new Settings(3000, 8, Duration.ofSeconds(30), Duration.ofSeconds(90), Duration.ofSeconds(60), Duration.ofMinutes(10),
                        Duration.ofMinutes(1))
                : new Settings(400, 4, Duration.ofSeconds(3), Duration.ofSeconds(8), Duration.ofSeconds(6), Duration.ofSeconds(12),
                        Duration.ofSeconds(6));
        int users = Integer.getInteger("dk.benchmark.users", settings.users());
        return new Settings(users, settings.concurrency(), settings.warmUp(), settings.saturation(), settings.atRate(),
                settings.heapRun(), settings.heapEvery());
    }

    @Test
    void everyMethod_againstTheBaseline() throws Exception {
        String mode = System.getProperty("dk.benchmark.mode", "smoke");
        Settings settings = settings(mode);
        Path out = TestSettings.output().resolve("benchmark");
        try (ClusterNode node = KeycloakCluster.startSingle(SCHEMA); SmsGatewayStub sms = SmsGatewayStub.start()) {
            GreenMail mail = TestEnvironment.startMail();
            TestEnvironment env = TestEnvironment.of(node, mail);
            try {
                long loadStart = System.nanoTime();
                BenchRealms.create(env.admin(), TestSettings.required("dk.pg.cluster.url"), SCHEMA, settings.users(),
                        node.hostAsSeenByServer(), mail.getSmtp().getPort(), sms.url());
                double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
                ProcessMeter meter = new ProcessMeter(node.processHandle());

                List<Method> methods = List.of(Method.values());
                Map<Method, GatlingRun.Stats> saturation = new LinkedHashMap<>();
                Map<Method, Double> cpu = new LinkedHashMap<>();
                // Every method warms up before any is measured, so the JIT treats them alike.
                for (Method method : methods) {
                    GatlingRun.run(closed("warm-up-" + method, node, method, settings, settings.warmUp(), mail, sms), out.resolve("gatling"));
                }
                for (Method method : methods) {
                    double before = meter.cpuSeconds();
                    GatlingRun.Stats stats = GatlingRun.run(closed("saturation-" + method, node, method, settings, settings.saturation(),
                            mail, sms), out.resolve("gatling"));
                    double used = meter.cpuSeconds() - before;
                    assertTrue(stats.ok() > 0, method + ": no login completed");
                    assertEquals(0, stats.ko(), method + ": failed logins at saturation (Gatling's summary is in the test output)");
                    saturation.put(method, stats);
                    cpu.put(method, used / (stats.ok() + stats.ko()));
                }
                double rate = 0.8 * saturation.get(Method.BASELINE).perSecond();
                List<BenchReport.Row> rows = new ArrayList<>();
                for (Method method : methods) {
                    GatlingRun.Stats atRate = GatlingRun.run(open("rate-" + method, node, List.of(method), rate, settings.atRate(),
                            settings, mail, sms), out.resolve("gatling"));
                    rows.add(new BenchReport.Row(method, saturation.get(method), cpu.get(method), atRate));
                }

                List<Double> heap = Collections.synchronizedList(new ArrayList<>());
                heap.add(meter.heapAfterGcMiB());
                ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
                sampler.scheduleAtFixedRate(() -> heap.add(meter.heapAfterGcMiB()), settings.heapEvery().toSeconds(),
                        settings.heapEvery().toSeconds(), TimeUnit.SECONDS);
                GatlingRun.Stats mixed;
                try {
                    mixed = GatlingRun.run(open("heap-mix", node, methods, rate, settings.heapRun(), settings, mail, sms), out.resolve("gatling"));
                } finally {
                    sampler.shutdownNow();
                    sampler.awaitTermination(2, TimeUnit.MINUTES);
                }
                heap.add(meter.heapAfterGcMiB());

                Map<String, String> setup = new LinkedHashMap<>();
                setup.put("Machine", Runtime.getRuntime().availableProcessors() + " CPUs (driver and Keycloak share them), "
                        + Math.round(((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                                .getOperatingSystemMXBean()).getTotalMemorySize() / 1073741824.0) + " GiB RAM");
                setup.put("Keycloak", System.getProperty("keycloak.version") + ", production mode (start --optimized), PostgreSQL, JDK at "
                        + TestSettings.keycloakJavaHome());
                long totpWaits = saturation.values().stream().mapToLong(GatlingRun.Stats::totpWaits).sum();
                long allWaits = totpWaits + mixed.totpWaits() + rows.stream().mapToLong(r -> r.atEightyPercent().totpWaits()).sum();
                setup.put("Users", settings.users() + " per method (" + BenchReport.fmt(loadSeconds) + " s to create all); no user sends"
                        + " a TOTP code twice: " + allWaits + " logins waited for their user's next 30 s step, " + totpWaits
                        + " of them at saturation"
                        + (totpWaits > 0 ? " (**more users needed for a saturation figure not capped by users / 30 s**)" : ""));
                setup.put("Saturation", settings.concurrency() + " logins in flight for " + settings.saturation().toSeconds()
                        + " s after " + settings.warmUp().toSeconds() + " s of warm-up, per method");
                setup.put("80 % run", BenchReport.fmt(rate) + " new logins/s for " + settings.atRate().toSeconds() + " s per method");
                setup.put("Heap run", "all methods in turn at " + BenchReport.fmt(rate) + " logins/s for " + settings.heapRun().toSeconds()
                        + " s: " + mixed.ok() + " logins, " + mixed.ko() + " failed");
                Path report = BenchReport.write(out, mode, setup, rows, new ArrayList<>(heap), settings.heapRun().toSeconds() + " s of mixed load");
                System.out.println(java.nio.file.Files.readString(report));
                for (BenchReport.Row row : rows) {
                    assertEquals(0, row.atEightyPercent().ko(), row.method() + ": errors at 80 % of the baseline's rate");
                }
                assertEquals(0, mixed.ko(), "errors during the heap run");
            } finally {
                env.closeAdmin();
                mail.stop();
            }
        }
    }

    private static BenchPlan closed(String name, ClusterNode node, Method method, Settings settings, Duration duration, GreenMail mail,
            SmsGatewayStub sms) {
        return new BenchPlan(name, node.baseUrl(), List.of(method), settings.concurrency(), 0, duration, settings.users(), mail, sms,
                new BenchPlan.Recorder());
    }

    private static BenchPlan open(String name, ClusterNode node, List<Method> methods, double rate, Duration duration, Settings settings,
            GreenMail mail, SmsGatewayStub sms) {
        return new BenchPlan(name, node.baseUrl(), methods, 0, rate, duration, settings.users(), mail, sms, new BenchPlan.Recorder());
    }
}
