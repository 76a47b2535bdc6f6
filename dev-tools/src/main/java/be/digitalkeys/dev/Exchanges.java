package be.digitalkeys.dev;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;

/** Request and response plumbing for {@link WebServer}: bounded bodies, method checks, headers. */
public final class Exchanges {

    /** Largest accepted request body; bigger ones get 413. */
    static final int MAX_BODY = 64 * 1024;
    public static final String HTML = "text/html; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";
    /** How much of a too-large body is read and thrown away so that the client still sees the 413. */
    private static final int MAX_DRAIN = 1024 * 1024;
    /** No scripts at all (also inherited by the srcdoc iframe); mail may load its styles and images. */
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline' *; img-src * data:; "
            + "font-src * data:; form-action 'self'";

    private Exchanges() {
    }

    /** A request body over {@link #MAX_BODY} bytes. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("request body larger than " + MAX_BODY + " bytes", null, false, false);
        }
    }

    /** The request body, at most {@link #MAX_BODY} bytes; {@link TooLarge} beyond. */
    public static byte[] readBody(HttpExchange ex) throws IOException {
        InputStream in = ex.getRequestBody();
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        if (length != null && length.matches("[0-9]{1,18}") && Long.parseLong(length) > MAX_BODY) {
            drain(in);
            throw new TooLarge();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) != -1; ) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_BODY) {
                drain(in);
                throw new TooLarge();
            }
        }
        return out.toByteArray();
    }

    /** Reads a rejected body (up to a limit) so the client is not cut off while still sending it. */
    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; total < MAX_DRAIN && (n = in.read(buffer)) != -1; ) {
            total += n;
        }
    }

    /** Whether the method is one of {@code allowed} (HEAD goes with GET); answers 405 when not. */
    public static boolean allow(HttpExchange ex, String... allowed) throws IOException {
        String method = ex.getRequestMethod().equals("HEAD") ? "GET" : ex.getRequestMethod();
        if (List.of(allowed).contains(method)) {
            return true;
        }
        String allow = String.join(", ", allowed);
        ex.getResponseHeaders().set("Allow", List.of(allowed).contains("GET") ? allow + ", HEAD" : allow);
        send(ex, 405, JSON, "{\"error\":\"method not allowed\"}");
        return false;
    }

    /** Browsers send Origin with cross-site POSTs: only the mailbox's own page (or no browser) may change data. */
    public static boolean sameOrigin(HttpExchange ex) {
        String origin = ex.getRequestHeaders().getFirst("Origin");
        int port = ex.getLocalAddress().getPort();
        return origin == null || origin.equals("http://localhost:" + port) || origin.equals("http://127.0.0.1:" + port);
    }

    public static void error(HttpExchange ex, int status, String message) throws IOException {
        send(ex, status, JSON, "{\"error\":" + Json.quote(message) + "}");
    }

    static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        send(ex, status, contentType, body, CSP);
    }

    /** As {@link #send(HttpExchange, int, String, String)} with the page's own Content-Security-Policy (used for HTML). */
    public static void send(HttpExchange ex, int status, String contentType, String body, String csp) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var headers = ex.getResponseHeaders();
        headers.set("Content-Type", contentType);
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        if (!headers.containsKey("Referrer-Policy")) {
            headers.set("Referrer-Policy", "no-referrer");
        }
        if (contentType.equals(HTML)) {
            headers.set("Content-Security-Policy", csp);
        }
        boolean noBody = status == 204 || ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, noBody ? -1 : bytes.length);
        if (!noBody) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
