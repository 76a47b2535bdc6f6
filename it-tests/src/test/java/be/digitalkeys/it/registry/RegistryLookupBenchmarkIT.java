package be.digitalkeys.it.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.PostgresRegistry;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.TestSettings;
import be.digitalkeys.registry.RegistryConfig;
import be.digitalkeys.registry.RegistryConfig.Field;
import be.digitalkeys.registry.RegistryDirectory;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.component.ComponentModel;

/**
 * Look-up latency with a large registry in PostgreSQL (100,000 people by default;
 * -Ddk.benchmark.registry.people=N): NISS and card-number look-ups measured at two depths, the
 * provider's directory (pool + indexed SQL) and a whole Keycloak request through the look-up
 * our login methods use. Figures go to target/registry-benchmark.md; the test checks every
 * answer is the right person and leaves the judging of the figures to the reader (README).
 */
@ExtendWith(DigitalKeysExtension.class)
class RegistryLookupBenchmarkIT {

    private static final PostgresRegistry BENCH = new PostgresRegistry("dk_bench");
    private static final int PEOPLE = Integer.getInteger("dk.benchmark.registry.people", 100_000);
    private static final int SAMPLES = Integer.getInteger("dk.benchmark.registry.samples", 2_000);
    private static final List<String> REPORT = new ArrayList<>();

    private final TestEnvironment env;

    RegistryLookupBenchmarkIT(TestEnvironment env) {
        this.env = env;
    }

    @BeforeAll
    static void load(TestEnvironment env) throws Exception {
        BENCH.create();
        long start = System.nanoTime();
        BENCH.bulkLoad(PEOPLE);
        REPORT.add("Registry: " + PEOPLE + " people and " + PEOPLE + " cards in PostgreSQL (loaded with COPY in "
                + (System.nanoTime() - start) / 1_000_000 + " ms), indexes as in README.");
        RegistryLab.createRealm(env);
        try (Response created = RegistryLab.addRegistry(env, "bench registry", 0,
                RegistryLab.settings(BENCH, PostgresRegistry.url(), "read-only"))) {
            assertEquals(201, created.getStatus(), () -> created.readEntity(String.class));
        }
    }

    @AfterAll
    static void write(TestEnvironment env) throws Exception {
        env.realm(RegistryLab.REALM).remove();
        Path report = Path.of(TestSettings.required("dk.output")).resolve("registry-benchmark.md");
        Files.writeString(report, "# Registry look-up benchmark (" + Instant.now() + ")\n\n" + String.join("\n", REPORT) + "\n");
        System.out.println(String.join("\n", REPORT));
    }

    @Test
    void directory_nissAndCardLookups() {
        ComponentModel model = new ComponentModel();
        model.setName("bench");
        RegistryLab.settings(BENCH, PostgresRegistry.url(), "read-only").forEach((k, v) -> model.put(k, v.get(0)));
        try (RegistryDirectory directory = new RegistryDirectory("bench", new RegistryConfig(model))) {
            measure("directory (pool + SQL)", "NISS", i -> directory.findBy(Field.NISS, PostgresRegistry.benchNiss(i)).orElseThrow().id(),
                    i -> String.valueOf(i));
            measure("directory (pool + SQL)", "card number", i -> directory.findByCardNumber(PostgresRegistry.benchCard(i)).orElseThrow().id(),
                    i -> String.valueOf(i));
        }
    }

    @Test
    void keycloak_nissAndCardLookups_throughTheLoginMethodsLookup() {
        measure("Keycloak HTTP request (UserLookup)", "NISS", i -> call("niss", PostgresRegistry.benchNiss(i)), RegistryLookupBenchmarkIT::login);
        measure("Keycloak HTTP request (UserLookup)", "card number", i -> call("cardNumber", PostgresRegistry.benchCard(i)),
                RegistryLookupBenchmarkIT::login);
    }

    @Test
    void keycloak_sameRequestWithoutLookup_baseline() {
        measure("Keycloak HTTP request, token check only (baseline)", "no", i -> {
            try {
                RegistryLab.lookUp(env, "none", "x");
                return "answered";
            } catch (IllegalStateException e) {
                return e.getMessage().startsWith("lookup answered 400") ? "refused" : e.getMessage();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, i -> "refused");
    }

    private String call(String attribute, String value) {
        try {
            return RegistryLab.lookUp(env, attribute, value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String login(int i) {
        return "bench" + i + "@registry.example";
    }

    private static void measure(String depth, String what, IntFunction<String> lookup, IntFunction<String> expected) {
        measure(depth, what, lookup, expected, depth.startsWith("Keycloak") ? SAMPLES / 2 : SAMPLES);
    }

    private static void measure(String depth, String what, IntFunction<String> lookup, IntFunction<String> expected, int samples) {
        Random random = new Random(42);
        for (int w = 0; w < 200; w++) {
            int i = 1 + random.nextInt(PEOPLE);
            assertEquals(expected.apply(i), lookup.apply(i));
        }
        long[] nanos = new long[samples];
        for (int s = 0; s < samples; s++) {
            int i = 1 + random.nextInt(PEOPLE);
            long start = System.nanoTime();
            String found = lookup.apply(i);
            nanos[s] = System.nanoTime() - start;
            assertEquals(expected.apply(i), found);
        }
        Arrays.sort(nanos);
        String line = String.format("- %s, %s look-up, %d random people: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms",
                depth, what, samples, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
        REPORT.add(line);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
