package be.digitalkeys.eid.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP OCSP responder on 127.0.0.1 (random port) around a DER-in, DER-out function.
 * Counts requests; can hold answers back (until {@link #release()} or close) to provoke
 * client timeouts without sleeping.
 */
public final class OcspHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile boolean holdAnswers;
    private volatile String contentType = "application/ocsp-response";
    private volatile int status = 200;
    private volatile String lastRequestContentType;

    private OcspHttpServer(Function<byte[], byte[]> responder) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/", exchange -> handle(exchange, responder));
        server.start();
    }

    public static OcspHttpServer start(Function<byte[], byte[]> responder) {
        try {
            return new OcspHttpServer(responder);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange, Function<byte[], byte[]> responder) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            requests.incrementAndGet();
            lastRequestContentType = exchange.getRequestHeaders().getFirst("Content-Type");
            byte[] request = in.readAllBytes();
            if (holdAnswers) {
                released.await(30, TimeUnit.SECONDS);
            }
            byte[] body = responder.apply(request);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code http://127.0.0.1:<port>/eid-ocsp}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/eid-ocsp");
    }

    public int requests() {
        return requests.get();
    }

    public String lastRequestContentType() {
        return lastRequestContentType;
    }

    /** Answers wait until {@link #release()} (or close). */
    public OcspHttpServer holdAnswers() {
        holdAnswers = true;
        return this;
    }

    public void release() {
        released.countDown();
    }

    public OcspHttpServer contentType(String value) {
        contentType = value;
        return this;
    }

    public OcspHttpServer status(int value) {
        status = value;
        return this;
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        executor.shutdownNow();
    }
}
