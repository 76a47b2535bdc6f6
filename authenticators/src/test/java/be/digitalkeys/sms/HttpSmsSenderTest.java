package be.digitalkeys.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The http sender against a gateway on loopback that answers what each test asks. */
class HttpSmsSenderTest {

    final List<String> bodies = new CopyOnWriteArrayList<>();
    final List<String> secrets = new CopyOnWriteArrayList<>();
    final List<String> methods = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger();
    volatile int failureStatus = 503;
    volatile long delayMs;
    HttpServer server;

    @BeforeEach
    void gateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sms", exchange -> {
            try (exchange) {
                methods.add(exchange.getRequestMethod());
                bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                secrets.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Api-Key")));
                if (delayMs > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(delayMs * 1_000_000);
                }
                int status = failuresLeft.getAndDecrement() > 0 ? failureStatus : 202;
                exchange.sendResponseHeaders(status, -1);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    Map<String, String> config(String... extra) {
        Map<String, String> config = new java.util.HashMap<>(Map.of(
                SmsGatewayConfig.SENDER, "http",
                SmsGatewayConfig.URL, "http://127.0.0.1:" + server.getAddress().getPort() + "/sms",
                SmsGatewayConfig.SECRET, "s3cret", SmsGatewayConfig.SECRET_HEADER, "X-Api-Key",
                SmsGatewayConfig.TIMEOUT_MS, "500", SmsGatewayConfig.RETRIES, "2"));
        for (int i = 0; i < extra.length; i += 2) {
            config.put(extra[i], extra[i + 1]);
        }
        return config;
    }

    final SmsMessage message = new SmsMessage("+32470123456", "Votre code \"123456\"\nvalable 10 min", "public-services");

    @Test
    void jsonBody_isTemplated_andEscaped_withTheSecretHeader() throws SmsDeliveryException {
        HttpSmsSenderFactory.send(message, config());
        assertEquals("{\"to\":\"+32470123456\",\"text\":\"Votre code \\\"123456\\\"\\nvalable 10 min\"}", bodies.get(0));
        assertEquals("s3cret", secrets.get(0));
        assertEquals("POST", methods.get(0));
    }

    @Test
    void formBody_isUrlEncoded_withPut() throws SmsDeliveryException {
        HttpSmsSenderFactory.send(message, config(SmsGatewayConfig.CONTENT_TYPE, "application/x-www-form-urlencoded",
                SmsGatewayConfig.BODY, "to=${to}&msg=${text}&realm=${realm}", SmsGatewayConfig.METHOD, "PUT"));
        assertTrue(bodies.get(0).startsWith("to=%2B32470123456&msg=Votre+code+%22123456%22%0Avalable"), bodies.get(0));
        assertEquals("PUT", methods.get(0));
    }

    @Test
    void serverError_isRetried_thenSucceeds() throws SmsDeliveryException {
        failuresLeft.set(1);
        HttpSmsSenderFactory.send(message, config());
        assertEquals(2, bodies.size());
    }

    @Test
    void persistentFailure_givesUpAfterTheRetries_withoutTheTextOrNumber() {
        failuresLeft.set(100);
        SmsDeliveryException e = assertThrows(SmsDeliveryException.class, () -> HttpSmsSenderFactory.send(message, config()));
        assertEquals(3, bodies.size(), "1 attempt + 2 retries");
        assertFalse(e.getMessage().contains("123456") || e.getMessage().contains("470"));
    }

    @Test
    void clientError_isNotRetried() {
        failuresLeft.set(100);
        failureStatus = 400;
        assertThrows(SmsDeliveryException.class, () -> HttpSmsSenderFactory.send(message, config()));
        assertEquals(1, bodies.size());
    }

    @Test
    void slowGateway_timesOut() {
        delayMs = 1500;
        SmsDeliveryException e = assertThrows(SmsDeliveryException.class,
                () -> HttpSmsSenderFactory.send(message, config(SmsGatewayConfig.RETRIES, "0")));
        assertTrue(e.getMessage().endsWith("timeout"), e.getMessage());
    }

    @Test
    void nonHttpUrls_areRefused() {
        assertThrows(SmsDeliveryException.class,
                () -> HttpSmsSenderFactory.send(message, config(SmsGatewayConfig.URL, "file:///etc/passwd")));
        assertEquals(List.of("The gateway URL must be an http or https URL."),
                SmsGatewayConfig.problems(config(SmsGatewayConfig.URL, "ftp://gateway")));
        assertTrue(bodies.isEmpty());
    }
}
