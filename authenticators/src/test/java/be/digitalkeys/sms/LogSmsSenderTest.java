package be.digitalkeys.sms;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The development sender against a mailbox on loopback. */
class LogSmsSenderTest {

    static final String TEXT = "Votre code \"731904\"\nest valable 10 minutes — été";

    final SmsSender sender = new LogSmsSenderFactory().create(null);
    final SmsMessage message = new SmsMessage("+32470123456", TEXT, "public-services");

    final List<String> requests = new CopyOnWriteArrayList<>();
    final CountDownLatch release = new CountDownLatch(1);
    volatile int status = 201;
    volatile boolean hang;

    ExecutorService executor;
    HttpServer mailbox;
    LogCapture logs;

    @BeforeEach
    void mailbox() throws IOException {
        mailbox = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        mailbox.createContext("/api/sms", exchange -> {
            try (exchange) {
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                if (hang) {
                    release.await(30, TimeUnit.SECONDS);
                }
                exchange.sendResponseHeaders(status, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        executor = Executors.newCachedThreadPool();
        mailbox.setExecutor(executor);
        mailbox.start();
        logs = LogCapture.install();
    }

    @AfterEach
    void stop() {
        logs.close();
        release.countDown();
        mailbox.stop(0);
        executor.shutdownNow();
    }

    Map<String, String> config() {
        return Map.of(SmsGatewayConfig.LOG_URL, "http://127.0.0.1:" + mailbox.getAddress().getPort() + "/api/sms");
    }

    @Test
    void postsToRealmAndEscapedText_asJson_andLogsNoText() throws SmsDeliveryException {
        sender.send(message, config());
        assertEquals(List.of("POST application/json {\"to\":\"+32470123456\","
                + "\"text\":\"Votre code \\\"731904\\\"\\nest valable 10 minutes — été\",\"realm\":\"public-services\"}"), requests);
        logs.lines().forEach(LogSmsSenderTest::assertNothingSensitiveIn);
    }

    @Test
    void defaultUrl_isTheDevelopmentMailbox() {
        assertEquals(Optional.of(URI.create("http://127.0.0.1:8025/api/sms")), SmsGatewayConfig.logUrl(Map.of()));
        assertEquals("log", SmsGatewayConfig.sender(Map.of()));
    }

    @Test
    void unreachableMailbox_oneWarningWithTheMaskedNumber_andAnExceptionWithoutTextOrNumber() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        SmsDeliveryException e = assertThrows(SmsDeliveryException.class,
                () -> sender.send(message, Map.of(SmsGatewayConfig.LOG_URL, "http://127.0.0.1:" + closedPort + "/api/sms")));
        assertNothingSensitiveIn(e.getMessage());
        List<String> warnings = logs.lines(Level.WARNING);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("+32 ••• •• •• 56"), warnings.get(0));
        logs.lines().forEach(LogSmsSenderTest::assertNothingSensitiveIn);
    }

    @Test
    void mailboxError_fails() {
        status = 500;
        SmsDeliveryException e = assertThrows(SmsDeliveryException.class, () -> sender.send(message, config()));
        assertTrue(e.getMessage().contains("HTTP 500"), e.getMessage());
        assertNothingSensitiveIn(e.getMessage());
        assertEquals(1, requests.size(), "the development sender does not retry");
    }

    @Test
    void mailboxSilentForTwoSeconds_fails() {
        hang = true;
        SmsDeliveryException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(SmsDeliveryException.class, () -> sender.send(message, config())));
        assertNothingSensitiveIn(e.getMessage());
        assertEquals(1, logs.lines(Level.WARNING).size());
    }

    @Test
    void nonHttpUrl_isRefused() {
        assertThrows(SmsDeliveryException.class,
                () -> sender.send(message, Map.of(SmsGatewayConfig.LOG_URL, "file:///tmp/sms")));
        assertTrue(requests.isEmpty());
    }

    static void assertNothingSensitiveIn(String text) {
        assertAll(text,
                () -> assertFalse(text.contains("731904"), "the code"),
                () -> assertFalse(text.contains("Votre"), "the text"),
                () -> assertFalse(text.contains("470123456") || text.contains("4701234"), "the number"));
    }
}
