package be.digitalkeys.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

/**
 * The SMS gateway we do not own, as a small HTTP server on loopback: records what Keycloak
 * posts, answers 200, or fails with 503 when told to.
 */
public final class SmsGatewayStub implements AutoCloseable {

    /** One request as received: headers that matter and the raw body. */
    public record Received(String authorization, String contentType, String body) {
        public String to() {
            return field("to");
        }

        public String text() {
            return field("text");
        }

        private String field(String name) {
            Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(body);
            return m.find() ? m.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : "";
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failing = new AtomicInteger();

    private final String path;

    private SmsGatewayStub(HttpServer server, String path) {
        this.server = server;
        this.path = path;
    }

    public static SmsGatewayStub start() throws IOException {
        return start(0, "/sms");
    }

    /** On a given loopback port and path, e.g. as the demo's development mailbox (its /api/sms). */
    public static SmsGatewayStub start(int port, String path) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        SmsGatewayStub stub = new SmsGatewayStub(server, path);
        server.createContext(path, exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (stub.failing.get() > 0) {
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                stub.received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("Content-Type"), body));
                byte[] answer = "{\"status\":\"queued\"}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            } finally {
                exchange.close();
            }
        });
        server.start();
        return stub;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** While down, every request gets 503 Service Unavailable. */
    public void down(boolean down) {
        failing.set(down ? 1 : 0);
    }

    public List<Received> sentTo(String e164) {
        return received.stream().filter(r -> r.to().equals(e164)).toList();
    }

    /** The newest message to this number, removing that number's messages; null when none arrived yet. */
    public Received takeLatest(String e164) {
        List<Received> messages = sentTo(e164);
        if (messages.isEmpty()) {
            return null;
        }
        received.removeAll(messages);
        return messages.get(messages.size() - 1);
    }

    /** Waits (polling, up to 60 s: generous for a busy shared machine) until the n-th message to this number arrives. */
    public Received awaitMessage(String e164, int n) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            List<Received> messages = sentTo(e164);
            if (messages.size() >= n) {
                return messages.get(n - 1);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L);
        }
        throw new AssertionError("No SMS number " + n + " to " + e164 + " (got " + sentTo(e164).size() + ")");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
