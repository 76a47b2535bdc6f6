package be.digitalkeys.dev;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.CountDownLatch;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Development mailbox for a local Keycloak: an SMTP sink (GreenMail, any recipient, no
 * authentication) on 127.0.0.1 plus a web page and JSON API on 127.0.0.1 to read what arrived,
 * and an in-memory SMS log for the development SMS sender. Nothing is written to disk.
 *
 * <pre>java -jar digitalkeys-dev-tools-*.jar [--smtp-port 3025] [--http-port 8025]</pre>
 */
public final class DevMailbox implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    static final int DEFAULT_SMTP_PORT = 3025;
    static final int DEFAULT_HTTP_PORT = 8025;
    /** E-mails and SMS kept in memory; older ones are dropped. */
    static final int MAX_MESSAGES = 1000;
    static final int MAX_SMS = 500;

    private static final String USAGE = """
            Usage: java -jar dev-tools/target/digitalkeys-dev-tools-<version>.jar [options] [smtp-port]

            Development mailbox: accepts every e-mail sent over SMTP to 127.0.0.1 and shows it
            on a web page (and as JSON), together with the SMS posted by the 'log' SMS sender.
            Everything stays in memory (last %d e-mails, last %d SMS).

            Options:
              --smtp-port N   SMTP port on 127.0.0.1 (default %d; 0 = any free port)
              --http-port N   web/API port on 127.0.0.1 (default %d; 0 = any free port)
              -h, --help      this text

            Web:  /  (e-mails and SMS, refreshes every 5 s)   /messages/{id}
            API:  GET|DELETE /api/messages   GET /api/messages/{id}
                  GET|DELETE /api/sms        POST /api/sms {"to": "...", "text": "..."} (max 64 KiB)
            """.formatted(MAX_MESSAGES, MAX_SMS, DEFAULT_SMTP_PORT, DEFAULT_HTTP_PORT);

    private final GreenMail greenMail;
    private final WebServer web;
    private final RingStore<ReceivedMail> mails = new RingStore<>(MAX_MESSAGES);
    private final RingStore<Sms> sms = new RingStore<>(MAX_SMS);

    private DevMailbox(int smtpPort, int httpPort) throws IOException {
        if (smtpPort != 0) {
            ensureFree(smtpPort, "SMTP"); // GreenMail would log a stack trace and report a timeout
        }
        try {
            web = new WebServer(new InetSocketAddress(HOST, httpPort), mails, sms, this::smtpPort);
        } catch (BindException e) {
            throw inUse(httpPort, "web", e);
        }
        ServerSetup smtp = new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP);
        greenMail = new GreenMail(smtp).withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        try {
            // Before start(), so that no message can reach GreenMail's own mailboxes instead.
            greenMail.getUserManager().setMessageDeliveryHandler(new MailCapture(mails));
            greenMail.start();
            web.start();
        } catch (RuntimeException e) {
            web.stop();
            greenMail.stop();
            throw e;
        }
    }

    private static void ensureFree(int port, String what) throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(HOST, port));
        } catch (BindException e) {
            throw inUse(port, what, e);
        }
    }

    private static BindException inUse(int port, String what, BindException cause) {
        BindException e = new BindException(what + " port " + HOST + ":" + port + " is already in use");
        e.initCause(cause);
        return e;
    }

    /** Starts SMTP and HTTP on 127.0.0.1; a port of 0 picks a free one (see {@link #smtpPort()}). */
    public static DevMailbox start(int smtpPort, int httpPort) throws IOException {
        return new DevMailbox(smtpPort, httpPort);
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int httpPort() {
        return web.port();
    }

    /** The line printed at startup. */
    public String describe() {
        return "Dev mailbox: SMTP " + HOST + ":" + smtpPort() + ", web http://localhost:" + httpPort() + "/";
    }

    @Override
    public void close() {
        try {
            web.stop();
        } finally {
            greenMail.stop();
        }
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("dev mailbox: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(USAGE);
            return;
        }
        DevMailbox mailbox;
        try {
            mailbox = start(options.smtpPort(), options.httpPort());
        } catch (IOException | RuntimeException e) {
            System.err.println("dev mailbox: cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mailbox.close();
            stopped.countDown();
        }, "dev-mailbox-shutdown"));
        System.out.println(mailbox.describe());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The command line. */
    record Options(int smtpPort, int httpPort, boolean help) {

        static Options parse(String... args) {
            int smtp = DEFAULT_SMTP_PORT;
            int http = DEFAULT_HTTP_PORT;
            boolean positionalSeen = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                switch (name) {
                    case "-h", "--help", "-help", "-?" -> {
                        return new Options(smtp, http, true);
                    }
                    case "--smtp-port", "--http-port" -> {
                        String value;
                        if (arg.contains("=")) {
                            value = arg.substring(arg.indexOf('=') + 1);
                        } else if (i + 1 < args.length) {
                            value = args[++i];
                        } else {
                            throw new IllegalArgumentException(name + " needs a port number");
                        }
                        if (name.equals("--smtp-port")) {
                            smtp = port(name, value);
                        } else {
                            http = port(name, value);
                        }
                    }
                    default -> {
                        if (arg.startsWith("-") || positionalSeen) {
                            throw new IllegalArgumentException("unknown argument: " + arg);
                        }
                        smtp = port("smtp-port", arg);
                        positionalSeen = true;
                    }
                }
            }
            if (smtp != 0 && smtp == http) {
                throw new IllegalArgumentException("SMTP and web port must differ (both " + smtp + ")");
            }
            return new Options(smtp, http, false);
        }

        private static int port(String name, String value) {
            try {
                int port = Integer.parseInt(value.trim());
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(name + ": not a port number: " + value);
        }
    }
}
