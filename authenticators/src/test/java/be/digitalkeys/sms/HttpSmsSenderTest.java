package be.digitalkeys.sms;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The http sender against a gateway on loopback that answers what each test asks. */
class HttpSmsSenderTest {

    static final String NUMBER = "+32470123456";
    static final String TEXT = "Digital Keys : votre code \"482915\"\nvalable 10 min \\ café, Zürich";
    static final String SECRET = "s3cret-t0ken";

    final SmsSender sender = new HttpSmsSenderFactory().create(null);
    final SmsMessage message = new SmsMessage(NUMBER, TEXT, "public-services");

    final List<String> methods = new CopyOnWriteArrayList<>();
    final List<Headers> headers = new CopyOnWriteArrayList<>();
    final List<String> bodies = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger();
    volatile int failureStatus = 503;
    /** Held by a handler that must not answer before the client gives up; released after each test. */
    final CountDownLatch release = new CountDownLatch(1);
    volatile boolean hang;

    ExecutorService executor;
    HttpServer server;
    LogCapture logs;

    @BeforeEach
    void gateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sms", exchange -> {
            try (exchange) {
                methods.add(exchange.getRequestMethod());
                headers.add(exchange.getRequestHeaders());
                bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                if (hang) {
                    release.await(30, TimeUnit.SECONDS);
                }
                exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? failureStatus : 202, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.start();
        logs = LogCapture.install();
    }

    @AfterEach
    void stop() {
        logs.close();
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    Map<String, String> config(String... extra) {
        Map<String, String> config = new HashMap<>(Map.of(
                SmsGatewayConfig.SENDER, "http",
                SmsGatewayConfig.URL, "http://127.0.0.1:" + server.getAddress().getPort() + "/sms",
                SmsGatewayConfig.SECRET, SECRET,
                SmsGatewayConfig.TIMEOUT_MS, "1000"));
        for (int i = 0; i < extra.length; i += 2) {
            config.put(extra[i], extra[i + 1]);
        }
        return config;
    }

    @Test
    void defaults_postJsonWithBearerToken_andEscapeQuotesNewlinesBackslashes_keepingAccents() throws SmsDeliveryException {
        sender.send(message, config());
        assertEquals(List.of("POST"), methods);
        assertEquals("application/json", headers.get(0).getFirst("Content-Type"));
        assertEquals("Bearer " + SECRET, headers.get(0).getFirst("Authorization"));
        assertEquals("{\"to\":\"+32470123456\",\"text\":\"Digital Keys : votre code \\\"482915\\\"\\nvalable 10 min \\\\ café, Zürich\"}",
                bodies.get(0));
    }

    @Test
    void ownSecretHeader_carriesTheBareToken_withExtraHeaders_andTheRealm() throws SmsDeliveryException {
        sender.send(message, config(SmsGatewayConfig.SECRET_HEADER, "X-Api-Key",
                SmsGatewayConfig.HEADERS, "X-Account: 1234\r\nAccept:  application/json ",
                SmsGatewayConfig.BODY, "{\"recipient\":\"${to}\",\"message\":\"${text}\",\"tag\":\"${realm}\"}"));
        Headers received = headers.get(0);
        assertAll(
                () -> assertEquals(SECRET, received.getFirst("X-Api-Key")),
                () -> assertEquals(null, received.getFirst("Authorization")),
                () -> assertEquals("1234", received.getFirst("X-Account")),
                () -> assertEquals("application/json", received.getFirst("Accept")),
                () -> assertTrue(bodies.get(0).endsWith(",\"tag\":\"public-services\"}"), bodies.get(0)));
    }

    @Test
    void formContentType_urlEncodesTheValues_withPut() throws SmsDeliveryException {
        sender.send(message, config(SmsGatewayConfig.CONTENT_TYPE, "application/x-www-form-urlencoded",
                SmsGatewayConfig.BODY, "to=${to}&msg=${text}&realm=${realm}", SmsGatewayConfig.METHOD, "put"));
        assertEquals(List.of("PUT"), methods);
        assertEquals("application/x-www-form-urlencoded", headers.get(0).getFirst("Content-Type"));
        assertEquals("to=%2B32470123456&msg=Digital+Keys+%3A+votre+code+%22482915%22%0Avalable+10+min+%5C+caf%C3%A9%2C+Z%C3%BCrich"
                + "&realm=public-services", bodies.get(0));
    }

    @Test
    void placeholdersInsideTheText_areNotReplacedAgain() throws SmsDeliveryException {
        sender.send(new SmsMessage(NUMBER, "code ${realm} ${to}", "r"), config());
        assertEquals("{\"to\":\"+32470123456\",\"text\":\"code ${realm} ${to}\"}", bodies.get(0));
    }

    @Test
    void serverErrorThenSuccess_succeedsOnTheSecondAttempt() throws SmsDeliveryException {
        failuresLeft.set(1);
        failureStatus = 500;
        sender.send(message, config());
        assertEquals(2, bodies.size());
        assertEquals(bodies.get(0), bodies.get(1));
    }

    @Test
    void tooManyRequests_isRetried() throws SmsDeliveryException {
        failuresLeft.set(1);
        failureStatus = 429;
        sender.send(message, config());
        assertEquals(2, bodies.size());
    }

    @Test
    void persistent503_failsAfterRetriesPlusOneAttempts_namingNeitherTextNorNumberNorSecret() {
        failuresLeft.set(100);
        SmsDeliveryException e = assertThrows(SmsDeliveryException.class,
                () -> sender.send(message, config(SmsGatewayConfig.RETRIES, "3")));
        assertEquals(4, bodies.size(), "1 attempt + 3 retries");
        assertTrue(e.getMessage().contains("HTTP 503"), e.getMessage());
        assertNothingSensitiveIn(e.getMessage());
    }

    @Test
    void defaultRetries_areTwo() {
        failuresLeft.set(100);
        assertThrows(SmsDeliveryException.class, () -> sender.send(message, config()));
        assertEquals(3, bodies.size());
    }

    @Test
    void clientError_isFinal() {
        failuresLeft.set(100);
        failureStatus = 400;
        SmsDeliveryException e = assertThrows(SmsDeliveryException.class, () -> sender.send(message, config()));
        assertEquals(1, bodies.size());
        assertNothingSensitiveIn(e.getMessage());
    }

    @Test
    void gatewaySlowerThanTheTimeout_fails() {
        hang = true;
        SmsDeliveryException e = assertThrows(SmsDeliveryException.class,
                () -> sender.send(message, config(SmsGatewayConfig.TIMEOUT_MS, "300", SmsGatewayConfig.RETRIES, "1")));
        assertTrue(e.getMessage().contains("timeout"), e.getMessage());
        assertEquals(2, bodies.size(), "a timeout is retried");
        assertNothingSensitiveIn(e.getMessage());
    }

    @Test
    void nonHttpUrls_areRefusedWithoutARequest() {
        for (String url : List.of("file:///etc/passwd", "ftp://127.0.0.1/sms", "javascript:alert(1)", "127.0.0.1:8080/sms", " ")) {
            SmsDeliveryException e = assertThrows(SmsDeliveryException.class,
                    () -> sender.send(message, config(SmsGatewayConfig.URL, url)), url);
            assertNothingSensitiveIn(e.getMessage());
        }
        assertTrue(bodies.isEmpty());
    }

    @Test
    void secretThatCannotBeAHeader_failsWithoutQuotingIt() {
        SmsDeliveryException e = assertThrows(SmsDeliveryException.class,
                () -> sender.send(message, config(SmsGatewayConfig.SECRET, "abc\ndef")));
        assertFalse(e.getMessage().contains("abc") || e.getMessage().contains("def"), e.getMessage());
        assertEquals(null, e.getCause());
        assertTrue(bodies.isEmpty());
    }

    @Test
    void debugLog_hasStatusAttemptAndMaskedNumber_only() throws SmsDeliveryException {
        failuresLeft.set(1);
        sender.send(message, config());
        assertEquals(List.of("SMS to +32 ••• •• •• 56: gateway answered HTTP 503 (attempt 1 of 3)",
                "SMS to +32 ••• •• •• 56: gateway answered HTTP 202 (attempt 2 of 3)"), logs.lines(Level.FINE));
        logs.lines().forEach(this::assertNothingSensitiveIn);
    }

    void assertNothingSensitiveIn(String text) {
        assertAll(text,
                () -> assertFalse(text.contains("482915"), "the code"),
                () -> assertFalse(text.contains("votre"), "the text"),
                () -> assertFalse(text.contains("470123456") || text.contains("4701234"), "the number"),
                () -> assertFalse(text.contains(SECRET), "the token"));
    }
}
