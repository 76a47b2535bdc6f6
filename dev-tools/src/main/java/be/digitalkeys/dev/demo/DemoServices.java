package be.digitalkeys.dev.demo;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The demo services page: one card per demo client of the demo realms, each a real OIDC client
 * (see {@link RelyingParty}), on 127.0.0.1. {@code ./run.sh} starts it next to the mailbox.
 *
 * <pre>java -cp digitalkeys-dev-tools-*.jar be.digitalkeys.dev.demo.DemoServices [--keycloak http://localhost:8080] [--port 8026]</pre>
 */
public final class DemoServices implements AutoCloseable {

    static final int DEFAULT_PORT = 8026;
    static final String DEFAULT_KEYCLOAK = "http://localhost:8080";

    private static final String USAGE = """
            Usage: java -cp dev-tools/target/digitalkeys-dev-tools-<version>.jar be.digitalkeys.dev.demo.DemoServices [options]

            The demo services page: log in to each demo client (My e-Box, belgianIDpro, the
            titres-services portal, Demo Bank Web, Accident Manager) and see its verified ID token.

            Options:
              --keycloak URL   Keycloak's address as the browser sees it (default %s)
              --port N         web port on 127.0.0.1 (default %d; 0 = any free port)
              -h, --help       this text
            """.formatted(DEFAULT_KEYCLOAK, DEFAULT_PORT);

    private final DemoServer server;

    private DemoServices(DemoServer server) {
        this.server = server;
    }

    /**
     * Starts the page on 127.0.0.1 ({@code port} 0 = any free one) for the Keycloak at {@code keycloakUrl};
     * {@code realms} maps a demo realm to the realm to use instead (a test's copy), empty for the demo itself.
     */
    public static DemoServices start(String keycloakUrl, int port, Map<String, String> realms) throws IOException {
        List<DemoClient> clients = DemoClient.ALL.stream()
                .map(c -> c.inRealm(realms.getOrDefault(c.realm(), c.realm()))).toList();
        try {
            DemoServer server = new DemoServer(new InetSocketAddress("127.0.0.1", port), stripSlash(keycloakUrl), clients);
            server.start();
            return new DemoServices(server);
        } catch (BindException e) {
            BindException inUse = new BindException("web port 127.0.0.1:" + port + " is already in use");
            inUse.initCause(e);
            throw inUse;
        }
    }

    public int port() {
        return server.port();
    }

    /** The page's address, as printed. */
    public String url() {
        return "http://localhost:" + port() + "/";
    }

    @Override
    public void close() {
        server.stop();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public static void main(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                System.out.print(USAGE);
                return;
            }
            if ((arg.equals("--keycloak") || arg.equals("--port")) && i + 1 < args.length) {
                options.put(arg, args[++i]);
            } else {
                System.err.println("demo services: unknown or incomplete argument: " + arg);
                System.err.print(USAGE);
                System.exit(2);
                return;
            }
        }
        int port;
        try {
            port = Integer.parseInt(options.getOrDefault("--port", String.valueOf(DEFAULT_PORT)));
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            System.err.println("demo services: --port: not a port number");
            System.exit(2);
            return;
        }
        DemoServices services;
        try {
            services = start(options.getOrDefault("--keycloak", DEFAULT_KEYCLOAK), port, Map.of());
        } catch (IOException e) {
            System.err.println("demo services: cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            services.close();
            stopped.countDown();
        }, "demo-services-shutdown"));
        System.out.println("Demo services: " + services.url());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
