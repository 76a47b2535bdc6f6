package be.digitalkeys.appclient;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny HTTP server on 127.0.0.1 (free port) that records what the client sends and answers
 * with the replies queued by the test, in order.
 */
final class StubAppServer implements AutoCloseable {

    /** One request as it arrived. */
    record Exchange(String method, String rawPath, String contentType, String body) {
    }

    private record Reply(int status, String body) {
    }

    private final HttpServer server;
    private final Deque<Reply> replies = new ArrayDeque<>();
    private final List<Exchange> exchanges = new ArrayList<>();

    private StubAppServer(HttpServer server) {
        this.server = server;
    }

    static StubAppServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        StubAppServer stub = new StubAppServer(server);
        server.createContext("/", stub::handle);
        server.start();
        return stub;
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Queues the next answer; 204 is sent without a body. */
    synchronized void reply(int status, String body) {
        replies.add(new Reply(status, body));
    }

    synchronized List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** The last request received. */
    synchronized Exchange last() {
        if (exchanges.isEmpty()) {
            throw new AssertionError("No request reached the server");
        }
        return exchanges.get(exchanges.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Reply reply;
        synchronized (this) {
            exchanges.add(new Exchange(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            reply = replies.isEmpty() ? new Reply(500, "{\"error\":\"no_reply_queued\"}") : replies.poll();
        }
        if (reply.status() == 204) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            return;
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.body().startsWith("{") ? "application/json" : "text/html");
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
