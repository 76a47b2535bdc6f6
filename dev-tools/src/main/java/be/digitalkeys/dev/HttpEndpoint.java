package be.digitalkeys.dev;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * The JDK's built-in HTTP server on one address with a small pool of daemon threads: what the
 * mailbox page and the demo services page share. The constructor binds the port; {@link #start()}
 * starts answering.
 */
public final class HttpEndpoint {

    private final HttpServer server;
    private final ExecutorService executor;

    public HttpEndpoint(InetSocketAddress address, String threadName, HttpHandler handler) throws IOException {
        this.server = HttpServer.create(address, 0);
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", handler);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
        executor.shutdownNow();
    }
}
