package be.digitalkeys.dev;

import static be.digitalkeys.dev.Exchanges.JSON;
import static be.digitalkeys.dev.Exchanges.error;
import static be.digitalkeys.dev.Exchanges.send;

import java.io.Console;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A development stand-in for the local card-reader connector (the seed's "Trust One Connector"),
 * speaking the connector protocol of the card reader pages (README, "Card reader connector
 * protocol") on loopback:
 *
 * <pre>
 * GET  /v1/reader  {"protocol":1,"reader":"…","card":{"number":"6703…"}}  (card null when none is inserted)
 * POST /v1/sign    {"challenge":"12345678"}  -> the PIN is typed "on the reader" -> {"response":"87654321"}
 *                  errors: {"error":"no_card"|"bad_challenge"|"pin_cancelled"|"wrong_pin"|"card_failed"}
 * OPTIONS          CORS preflight (Access-Control-Allow-Private-Network too, for browsers that still ask it)
 * </pre>
 *
 * It counts every request it receives (whatever the origin or path), so a test can check that a
 * page sent none before the person chose connected mode.
 *
 * Only the configured web origins may call it (others get 403, without CORS headers). The
 * inserted card is a demo card of a development realm: the response comes from that realm's
 * reader simulator, so no key ever sits here.
 *
 * <pre>java -cp digitalkeys-dev-tools.jar be.digitalkeys.dev.CardConnectorSimulator \
 *     --realm-url http://localhost:8080/realms/bank --card 67030000000000128 [--port 8631] [--origin http://localhost:8080] [--pin 1234]</pre>
 */
public final class CardConnectorSimulator implements AutoCloseable {

    public static final int DEFAULT_PORT = 8631;
    private static final String READER = "Digital Keys simulated card reader";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Set<String> origins;
    private final URI simulator;
    private final Supplier<String> pinOnReader;
    private final AtomicReference<String> card = new AtomicReference<>();
    private final AtomicInteger signed = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private CardConnectorSimulator(int port, Set<String> origins, String realmUrl, Supplier<String> pinOnReader) throws IOException {
        this.origins = Set.copyOf(origins);
        this.simulator = URI.create(realmUrl.replaceAll("/$", "") + "/dk-lab/card-simulator");
        this.pinOnReader = pinOnReader;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        this.executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/", ex -> {
            requests.incrementAndGet();
            try (ex) {
                error(ex, 404, "not_found");
            }
        });
        server.createContext("/v1/reader", ex -> handle(ex, "GET", this::reader));
        server.createContext("/v1/sign", ex -> handle(ex, "POST", this::sign));
        server.start();
    }

    /**
     * @param port 0 for any free port
     * @param origins web origins of the login pages allowed to call (e.g. http://localhost:8080)
     * @param realmUrl the development realm whose demo cards are used, e.g. http://localhost:8080/realms/bank
     * @param pinOnReader what the user types on the reader's keypad (null: cancelled)
     */
    public static CardConnectorSimulator start(int port, Set<String> origins, String realmUrl, Supplier<String> pinOnReader)
            throws IOException {
        return new CardConnectorSimulator(port, origins, realmUrl, pinOnReader);
    }

    /** Puts a card in the reader (17 digits); null takes it out. */
    public void insert(String cardNumber) {
        card.set(cardNumber);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many responses the reader computed. */
    public int signatures() {
        return signed.get();
    }

    /** How many HTTP requests reached the connector (preflights, refused origins and unknown paths included). */
    public int requests() {
        return requests.get();
    }

    private interface Handler {
        void handle(HttpExchange ex) throws IOException;
    }

    private void handle(HttpExchange ex, String method, Handler handler) throws IOException {
        requests.incrementAndGet();
        try (ex) {
            String origin = ex.getRequestHeaders().getFirst("Origin");
            if (origin == null || !origins.contains(origin)) {
                error(ex, 403, "origin_not_allowed");
                return;
            }
            var headers = ex.getResponseHeaders();
            headers.set("Access-Control-Allow-Origin", origin);
            headers.set("Vary", "Origin");
            if (ex.getRequestMethod().equals("OPTIONS")) {
                headers.set("Access-Control-Allow-Methods", method);
                headers.set("Access-Control-Allow-Headers", "Content-Type");
                headers.set("Access-Control-Allow-Private-Network", "true");
                headers.set("Access-Control-Max-Age", "600");
                ex.sendResponseHeaders(204, -1);
                return;
            }
            if (!ex.getRequestMethod().equals(method)) {
                error(ex, 405, "method_not_allowed");
                return;
            }
            handler.handle(ex);
        } catch (Exchanges.TooLarge e) {
            error(ex, 413, "too_large");
        }
    }

    private void reader(HttpExchange ex) throws IOException {
        String number = card.get();
        send(ex, 200, JSON, "{\"protocol\":1,\"reader\":" + Json.quote(READER) + ",\"card\":"
                + (number == null ? "null" : "{\"number\":" + Json.quote(number) + "}") + "}");
    }

    private void sign(HttpExchange ex) throws IOException {
        String number = card.get();
        if (number == null) {
            error(ex, 409, "no_card");
            return;
        }
        Object challenge;
        try {
            challenge = JsonReader.parse(new String(Exchanges.readBody(ex), StandardCharsets.UTF_8)) instanceof Map<?, ?> body
                    ? body.get("challenge") : null;
        } catch (IllegalArgumentException e) {
            challenge = null;
        }
        if (!(challenge instanceof String digits) || !digits.matches("\\d{4,64}")) {
            error(ex, 400, "bad_challenge");
            return;
        }
        String pin = pinOnReader.get();
        if (pin == null) {
            error(ex, 409, "pin_cancelled");
            return;
        }
        String request = "{\"cardNumber\":" + Json.quote(number) + ",\"challenge\":" + Json.quote(digits) + ",\"pin\":" + Json.quote(pin) + "}";
        try {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(simulator).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(request)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Object parsed = JsonReader.parse(answer.body());
            Object response = parsed instanceof Map<?, ?> map ? map.get("response") : null;
            if (answer.statusCode() == 200 && response instanceof String value) {
                signed.incrementAndGet();
                send(ex, 200, JSON, "{\"response\":" + Json.quote(value) + "}");
            } else {
                error(ex, answer.statusCode() == 403 ? 403 : 502, answer.statusCode() == 403 ? "wrong_pin" : "card_failed");
            }
        } catch (IOException | IllegalArgumentException e) {
            error(ex, 502, "card_failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error(ex, 502, "card_failed");
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new java.util.HashMap<>(Map.of("--port", String.valueOf(DEFAULT_PORT), "--origin", "http://localhost:8080"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (!options.containsKey("--realm-url") || !options.containsKey("--card")) {
            System.err.println("Usage: CardConnectorSimulator --realm-url http://localhost:8080/realms/bank --card <17 digits>"
                    + " [--port 8631] [--origin http://localhost:8080] [--pin <PIN>]");
            System.exit(2);
        }
        String fixedPin = options.get("--pin");
        Console console = System.console();
        Supplier<String> pin = fixedPin != null ? () -> fixedPin : () -> {
            if (console == null) {
                return null;
            }
            char[] typed = console.readPassword("Card reader: type the PIN and press Enter (empty cancels): ");
            return typed == null || typed.length == 0 ? null : new String(typed);
        };
        CardConnectorSimulator connector = start(Integer.parseInt(options.get("--port")),
                Set.of(options.get("--origin").split(",")), options.get("--realm-url"), pin);
        connector.insert(options.get("--card"));
        System.out.println("Card reader connector simulator on " + connector.url() + " for " + options.get("--origin")
                + "; card inserted. Ctrl+C stops it.");
        Runtime.getRuntime().addShutdownHook(new Thread(connector::close));
    }
}
