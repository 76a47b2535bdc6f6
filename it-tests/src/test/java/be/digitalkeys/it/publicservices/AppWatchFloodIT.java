package be.digitalkeys.it.publicservices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import be.digitalkeys.it.pages.AppEnrolPage;
import be.digitalkeys.it.pages.LoginPage;
import be.digitalkeys.it.support.AppLab;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.FormSession;
import be.digitalkeys.it.support.OidcLogin;
import be.digitalkeys.it.support.SmsGatewayStub;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.TestSettings;
import be.digitalkeys.it.support.ThemeMessages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Attack on the waiting pages' server-sent events ({@code /dk-app/watch/{handle}/events}, no login
 * needed): an account holder mints every activation handle their quota allows, then holds 300
 * concurrent connections on them (reconnecting when a stream ends, after Retry-After when refused).
 * OIDC discovery and a login must keep their latency (p95 against the unflooded baseline), the excess
 * connections get 429/503 with Retry-After, and another person's waiting page falls back to polling
 * and still completes.
 */
@ExtendWith(DigitalKeysExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppWatchFloodIT {

    private static final int CONNECTIONS = 300;
    private static final int SAMPLES = 40;
    /** Generous: the flooded p95 may be this many times the unflooded one (plus one baseline p95 of slack). */
    private static final int FACTOR = 10;
    /** How long the server holds a pending stream at most ({@code AppEventStream.MAX_SECONDS}). */
    private static final int STREAM_SECONDS = 30;
    private final TestEnvironment env;
    private final AppLab lab;
    private SmsGatewayStub gateway;

    AppWatchFloodIT(TestEnvironment env) {
        this.env = env;
        this.lab = new AppLab(env);
    }

    @BeforeAll
    void setUp() throws Exception {
        gateway = SmsGatewayStub.start();
        lab.bindPasswordClient();
        lab.smsTo(gateway.url());
    }

    @AfterAll
    void tearDown() {
        gateway.close();
    }

    private String redirect() {
        return env.baseUrl().replace("localhost", "127.0.0.1") + "/realms/" + AppLab.REALM + "/account/";
    }

    /** The attacker's own session: password login, then the activation page asked for a token again and again. */
    private List<String> mintHandles(FormSession attacker, String username, int count) {
        Document page = attacker.startLogin(AppLab.REALM, AppLab.PASSWORD_CLIENT, redirect(), "en");
        page = attacker.submit("kc-form-login", Map.of("username", username, "password", AppLab.PASSWORD));
        List<String> handles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (page.getElementById("kc-dk-app-restart-form") != null) {
                page = attacker.submit("kc-dk-app-restart-form", Map.of("action", "restart"));
            }
            page = attacker.submit("kc-dk-app-enrol-form", Map.of("country", "BE", "phone", "0471990" + String.format("%03d", i)));
            Element waiting = page.getElementById("dkAppWaiting");
            assertTrue(waiting != null, "activation " + (i + 1) + " shows a token page: " + page.select(".kc-feedback-text").text());
            handles.add(URI.create(redirect()).resolve(waiting.attr("data-status-url")).toString());
        }
        return handles;
    }

    private static long p95(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
    }

    private List<Long> discovery(HttpClient http) throws Exception {
        List<Long> millis = new ArrayList<>();
        URI uri = URI.create(env.baseUrl() + "/realms/" + AppLab.REALM + "/.well-known/openid-configuration");
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString());
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertEquals(200, response.statusCode());
        }
        return millis;
    }

    /** A password login through the pages in its own HTTP session, up to the client's redirect: its duration. */
    private long passwordLogin(String username) {
        long start = System.nanoTime();
        FormSession person = new FormSession(env.baseUrl());
        person.startLogin(AppLab.REALM, AppLab.PASSWORD_CLIENT, redirect(), "en");
        Document after = person.submit("kc-form-login", Map.of("username", username, "password", AppLab.PASSWORD));
        assertTrue(after.location().startsWith(redirect()) && after.location().contains("code="), "logged in: " + after.location());
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The attacker's connections: each reconnects when its stream ends, or after Retry-After when refused. */
    private static final class Flood {
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        final AtomicBoolean running = new AtomicBoolean(true);
        final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        final Set<String> refusalsWithoutRetryAfter = ConcurrentHashMap.newKeySet();
        final AtomicInteger answered = new AtomicInteger();
        /** When the server last admitted one of these streams (System.nanoTime). */
        final java.util.concurrent.atomic.AtomicLong lastAdmitted = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
        final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();

        void connect(String url) {
            if (!running.get()) {
                return;
            }
            AtomicInteger retryAfter = new AtomicInteger();
            HttpResponse.BodyHandler<Void> handler = info -> {
                statuses.computeIfAbsent(info.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                answered.incrementAndGet();
                if (info.statusCode() == 200) {
                    lastAdmitted.accumulateAndGet(System.nanoTime(), Math::max);
                }
                if (info.statusCode() != 200) {
                    var header = info.headers().firstValue("Retry-After");
                    if (header.isEmpty()) {
                        refusalsWithoutRetryAfter.add(info.statusCode() + "");
                    }
                    retryAfter.set(header.map(Integer::parseInt).orElse(5));
                }
                return HttpResponse.BodySubscribers.discarding();
            };
            CompletableFuture<HttpResponse<Void>> call = http.sendAsync(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "text/event-stream").build(), handler);
            inFlight.add(call);
            call.whenComplete((response, error) -> {
                inFlight.remove(call);
                if (running.get()) {
                    CompletableFuture.runAsync(() -> connect(url),
                            CompletableFuture.delayedExecutor(Math.max(retryAfter.get(), error == null ? 0 : 1), TimeUnit.SECONDS));
                }
            });
        }

        /**
         * Stops connecting, drops what is in flight, and waits until every stream the server admitted
         * has ended: a pending stream writes nothing, so the server only frees its place of the node
         * after {@code MAX_SECONDS} (30 s). Without this wait the node's places stay taken into the
         * next test class, whose waiting pages then fall back to polling.
         */
        void stop() throws InterruptedException {
            long stopped = System.nanoTime();
            running.set(false);
            inFlight.forEach(f -> f.cancel(true));
            long freed = Math.max(stopped, lastAdmitted.get()) + TimeUnit.SECONDS.toNanos(STREAM_SECONDS + 2);
            long left = freed - System.nanoTime();
            if (left > 0) {
                TimeUnit.NANOSECONDS.sleep(left);
            }
        }

        int count(int status) {
            AtomicInteger n = statuses.get(status);
            return n == null ? 0 : n.get();
        }
    }

    @Test
    void threeHundredConnections_onTheWatchStreams_leaveDiscoveryAndLoginsTheirLatency() throws Exception {
        lab.user("flood.attacker", "Mallory", "en", true);
        lab.user("flood.bystander", "Bea", "en", false);
        lab.user("flood.victim", "Vera", "fr", true);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        discovery(http);
        passwordLogin("flood.bystander");

        FormSession attacker = new FormSession(env.baseUrl());
        List<String> handles = mintHandles(attacker, "flood.attacker", 10);
        List<Long> baseline = discovery(http);
        long baselineLogin = Math.max(passwordLogin("flood.bystander"), passwordLogin("flood.bystander"));

        Flood flood = new Flood();
        try {
            for (int i = 0; i < CONNECTIONS; i++) {
                flood.connect(handles.get(i % handles.size()) + "/events");
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (flood.answered.get() < CONNECTIONS && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
            List<Long> flooded = discovery(http);
            long floodedLogin = passwordLogin("flood.bystander");
            String report = String.format("watch flood: %d connections on %d handles, answers %s; discovery p95 %d ms unflooded, "
                            + "%d ms flooded (n=%d each); password login %d ms unflooded, %d ms flooded",
                    CONNECTIONS, handles.size(), new java.util.TreeMap<>(flood.statuses), p95(baseline), p95(flooded), SAMPLES,
                    baselineLogin, floodedLogin);
            System.out.println("[AppWatchFloodIT] " + report);
            Path out = TestSettings.output().resolve("app-watch-flood.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report + System.lineSeparator());
            assertTrue(p95(flooded) <= (FACTOR + 1) * p95(baseline), "discovery p95 under the flood: " + report);
            assertTrue(floodedLogin <= (FACTOR + 1) * baselineLogin, "login under the flood: " + report);
            assertTrue(flood.count(200) < CONNECTIONS, "streams are bounded: " + report);
            assertTrue(flood.count(429) + flood.count(503) > 0, "excess connections are refused: " + report);
            assertTrue(flood.refusalsWithoutRetryAfter.isEmpty(), "every refusal says when to retry: " + report);

            // Someone else's activation page while the node's streams are all taken: it polls and still completes.
            String e164 = "+32471990999";
            try (Browser browser = Browser.open("fr"); OidcLogin client = new OidcLogin(env.baseUrl(), AppLab.REALM, AppLab.PASSWORD_CLIENT)) {
                browser.get(client.authorizationUrl());
                new LoginPage(browser).logIn("flood.victim", AppLab.PASSWORD);
                new AppEnrolPage(browser).start("BE", "0471990999");
                browser.waiting().until(d -> "poll".equals(d.findElement(By.tagName("body")).getAttribute("data-dk-app-transport")));
                lab.enrolPhone(new AppEnrolPage(browser), gateway, e164, 1);
                client.tokens(browser);
            }
        } finally {
            flood.stop();
        }

        // The activation quota: the attacker cannot mint an eleventh handle within the hour.
        Document refused = attacker.submit("kc-dk-app-restart-form", Map.of("action", "restart"));
        refused = attacker.submit("kc-dk-app-enrol-form", Map.of("country", "BE", "phone", "0471990123"));
        assertFalse(refused.getElementById("dkAppWaiting") != null, "no eleventh activation token");
        assertEquals(new ThemeMessages("en").get("dkAppEnrolTooMany"), refused.select(".kc-feedback-text").text().trim());
    }
}
