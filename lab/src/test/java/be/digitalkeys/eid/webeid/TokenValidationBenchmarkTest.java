package be.digitalkeys.eid.webeid;

import static be.digitalkeys.eid.testing.Tokens.ORIGIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import be.digitalkeys.lab.eid.TestCitizen;
import be.digitalkeys.lab.eid.TestOcspTransport;
import be.digitalkeys.lab.eid.TestEidPki;
import be.digitalkeys.eid.dev.TestOcspResponder;
import be.digitalkeys.eid.ocsp.InMemoryOcspCache;
import be.digitalkeys.eid.testing.Tokens;

/**
 * How long one token validation takes with a warm OCSP cache (TEST PKI, in-process TEST OCSP
 * responder): 300 warm-up validations, then 2,000 timed validations of freshly signed tokens
 * (signed before the timed loop), for ES384 and RS256. Writes
 * {@code target/benchmark/eid-token-validation.md}. Asserts median &lt; 2 ms only with
 * {@code -Ddk.benchmark.enforce=true}.
 */
class TokenValidationBenchmarkTest {

    private static final int WARM_UP = 300;
    private static final int MEASURED = 2_000;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);

    private record Figures(String algorithm, double medianMicros, double p95Micros, double meanMicros) {
    }

    @Test
    void validationWithWarmOcspCache() throws Exception {
        TestEidPki pki = TestEidPki.load();
        TestOcspResponder responder = TestOcspTransport.responder(pki, CLOCK);
        AtomicInteger ocspRequests = new AtomicInteger();
        AuthTokenValidator validator = AuthTokenValidator.builder()
                .withTrustedCertificates(pki.trustedCertificates())
                .withClock(CLOCK)
                .withOcspCache(new InMemoryOcspCache(CLOCK))
                .withOcspTransport((uri, request, timeout) -> {
                    ocspRequests.incrementAndGet();
                    return responder.respond(request);
                })
                .build();

        List<Figures> results = new ArrayList<>();
        for (String id : List.of("sophie.dubois", "pieter.devos")) {
            results.add(measure(validator, pki.byId(id).orElseThrow()));
        }
        assertEquals(2, ocspRequests.get(), "one OCSP request per citizen, then the cache");

        String report = report(results);
        System.out.println(report);
        Path folder = Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target", "benchmark");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("eid-token-validation.md"), report, StandardCharsets.UTF_8);

        if (Boolean.getBoolean("dk.benchmark.enforce")) {
            for (Figures f : results) {
                assertTrue(f.medianMicros() < 2_000, f.algorithm() + " median " + f.medianMicros() + " µs");
            }
        }
    }

    private static Figures measure(AuthTokenValidator validator, TestCitizen citizen) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            String nonce = Tokens.nonce();
            validator.validate(citizen.authToken(ORIGIN, nonce), ORIGIN, nonce);
        }
        String[] nonces = new String[MEASURED];
        String[] tokens = new String[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            nonces[i] = Tokens.nonce();
            tokens[i] = citizen.authToken(ORIGIN, nonces[i]);
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long started = System.nanoTime();
            ValidatedEid eid = validator.validate(tokens[i], ORIGIN, nonces[i]);
            nanos[i] = System.nanoTime() - started;
            if (!eid.niss().equals(citizen.niss())) {
                throw new AssertionError("wrong holder");
            }
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElseThrow();
        return new Figures(citizen.signatureAlgorithm(), nanos[MEASURED / 2] / 1_000.0,
                nanos[(int) Math.ceil(MEASURED * 0.95) - 1] / 1_000.0, mean / 1_000.0);
    }

    private static String report(List<Figures> results) {
        StringBuilder md = new StringBuilder()
                .append("# Web eID token validation (warm OCSP cache)\n\n")
                .append("TEST PKI, in-process TEST OCSP responder, InMemoryOcspCache; ").append(WARM_UP)
                .append(" warm-up validations, then ").append(MEASURED)
                .append(" validations of freshly signed tokens (signing not timed). ")
                .append("JVM ").append(System.getProperty("java.version")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs.\n\n")
                .append("| algorithm | median µs | p95 µs | mean µs |\n|---|---:|---:|---:|\n");
        for (Figures f : results) {
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |%n", f.algorithm(), f.medianMicros(),
                    f.p95Micros(), f.meanMicros()));
        }
        return md.toString();
    }
}
