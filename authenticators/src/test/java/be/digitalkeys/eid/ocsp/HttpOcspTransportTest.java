package be.digitalkeys.eid.ocsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import be.digitalkeys.eid.testing.OcspHttpServer;

class HttpOcspTransportTest {

    private static final byte[] REQUEST = {0x30, 0x01, 0x00};
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpOcspTransport transport = new HttpOcspTransport();
    private OcspHttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void postsTheRequest_returnsTheBody() throws Exception {
        server = OcspHttpServer.start(request -> {
            byte[] echo = request.clone();
            echo[0] = 0x31;
            return echo;
        });
        assertArrayEquals(new byte[] {0x31, 0x01, 0x00}, transport.post(server.uri(), REQUEST, TIMEOUT));
        assertEquals("application/ocsp-request", server.lastRequestContentType());
    }

    @Test
    void contentTypeWithParameters_accepted() throws Exception {
        server = OcspHttpServer.start(request -> new byte[] {1}).contentType("application/ocsp-response; charset=binary");
        assertArrayEquals(new byte[] {1}, transport.post(server.uri(), REQUEST, TIMEOUT));
    }

    @Test
    void httpError_refused() {
        server = OcspHttpServer.start(request -> new byte[] {1}).status(503);
        assertThrows(IOException.class, () -> transport.post(server.uri(), REQUEST, TIMEOUT));
    }

    @Test
    void wrongContentType_refused() {
        server = OcspHttpServer.start(request -> "<html/>".getBytes()).contentType("text/html");
        assertThrows(IOException.class, () -> transport.post(server.uri(), REQUEST, TIMEOUT));
    }

    @Test
    void responseOver64KB_refused() throws Exception {
        server = OcspHttpServer.start(request -> new byte[64 * 1024 + 1]);
        assertThrows(IOException.class, () -> transport.post(server.uri(), REQUEST, TIMEOUT));
        server.close();
        server = OcspHttpServer.start(request -> new byte[64 * 1024]);
        assertEquals(64 * 1024, transport.post(server.uri(), REQUEST, TIMEOUT).length);
    }

    @Test
    void slowResponder_timesOut() {
        server = OcspHttpServer.start(request -> new byte[] {1}).holdAnswers();
        long started = System.nanoTime();
        IOException e = assertThrows(IOException.class,
                () -> transport.post(server.uri(), REQUEST, Duration.ofMillis(250)));
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        // The server holds its answer 30 s: well under that means the 250 ms timeout worked, with room for a busy machine.
        assertTrue(millis < 10_000, "took " + millis + " ms");
        assertTrue(e.getMessage().contains("250 ms"), e.getMessage());
    }

    @Test
    void nobodyListening_refused() {
        assertThrows(IOException.class, () -> transport.post(URI.create("http://127.0.0.1:1/ocsp"), REQUEST, TIMEOUT));
    }

    @Test
    void nonHttpUrl_refused() {
        assertThrows(IOException.class, () -> transport.post(URI.create("file:///etc/passwd"), REQUEST, TIMEOUT));
        assertThrows(IOException.class, () -> transport.post(URI.create("ldap://x/"), REQUEST, TIMEOUT));
    }
}
