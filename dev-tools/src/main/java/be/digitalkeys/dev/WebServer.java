package be.digitalkeys.dev;

import static be.digitalkeys.dev.Exchanges.HTML;
import static be.digitalkeys.dev.Exchanges.JSON;
import static be.digitalkeys.dev.Exchanges.allow;
import static be.digitalkeys.dev.Exchanges.error;
import static be.digitalkeys.dev.Exchanges.send;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntSupplier;

import com.sun.net.httpserver.HttpExchange;

/**
 * The web page and JSON API of the mailbox, on the JDK's built-in HTTP server.
 *
 * <pre>
 * GET  /                  the page: e-mails and SMS, newest first, refreshing every 5 s
 * GET  /messages/{id}     one e-mail: links, headers, HTML (sandboxed iframe) and text
 * POST /messages/delete   deletes all e-mails and SMS, back to /
 * GET  /api/messages      JSON array, newest first;  DELETE: deletes all e-mails
 * GET  /api/messages/{id} one e-mail as JSON
 * GET  /api/sms           JSON array, newest first;  POST {"to","text"}: stores one;  DELETE: deletes all
 * </pre>
 */
final class WebServer {

    private final HttpEndpoint endpoint;
    private final RingStore<ReceivedMail> mails;
    private final RingStore<Sms> sms;
    private final IntSupplier smtpPort;

    WebServer(InetSocketAddress address, RingStore<ReceivedMail> mails, RingStore<Sms> sms, IntSupplier smtpPort) throws IOException {
        this.mails = mails;
        this.sms = sms;
        this.smtpPort = smtpPort;
        this.endpoint = new HttpEndpoint(address, "dev-mailbox-http", this::handle);
    }

    /** Starts answering; the constructor only binds the port. */
    void start() {
        endpoint.start();
    }

    int port() {
        return endpoint.port();
    }

    void stop() {
        endpoint.stop();
    }

    private void handle(HttpExchange ex) {
        try (ex) {
            try {
                route(ex, ex.getRequestURI().getPath());
            } catch (Exchanges.TooLarge e) {
                error(ex, 413, e.getMessage());
            } catch (IllegalArgumentException e) {
                error(ex, 400, e.getMessage());
            } catch (RuntimeException e) {
                error(ex, 500, e.toString());
            }
        } catch (IOException e) {
            // The client went away; nothing to answer.
        }
    }

    private void route(HttpExchange ex, String path) throws IOException {
        String method = ex.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD") && !Exchanges.sameOrigin(ex)) {
            error(ex, 403, "cross-origin request refused");
        } else if (path.equals("/")) {
            if (allow(ex, "GET")) {
                send(ex, 200, HTML, Pages.index(mails.newestFirst(), sms.newestFirst(), smtpPort.getAsInt()));
            }
        } else if (path.equals("/messages/delete")) {
            if (allow(ex, "POST")) {
                Exchanges.readBody(ex);
                mails.clear();
                sms.clear();
                ex.getResponseHeaders().set("Location", "/");
                send(ex, 303, HTML, "<a href=\"/\">Deleted, back to the mailbox</a>");
            }
        } else if (path.equals("/api/messages")) {
            if (allow(ex, "GET", "DELETE")) {
                list(ex, mails, ReceivedMail::toJson);
            }
        } else if (path.equals("/api/sms")) {
            if (allow(ex, "GET", "POST", "DELETE")) {
                if (method.equals("POST")) {
                    send(ex, 201, JSON, addSms(new String(Exchanges.readBody(ex), StandardCharsets.UTF_8)).toJson());
                } else {
                    list(ex, sms, Sms::toJson);
                }
            }
        } else if (path.startsWith("/messages/")) {
            if (allow(ex, "GET")) {
                String id = path.substring("/messages/".length());
                Optional<ReceivedMail> mail = find(id);
                send(ex, mail.isPresent() ? 200 : 404, HTML,
                        mail.map(Pages::message).orElseGet(() -> Pages.notFound("No message " + id + " (deleted?)")));
            }
        } else if (path.startsWith("/api/messages/")) {
            if (allow(ex, "GET")) {
                Optional<ReceivedMail> mail = find(path.substring("/api/messages/".length()));
                if (mail.isPresent()) {
                    send(ex, 200, JSON, mail.get().toJson());
                } else {
                    error(ex, 404, "no such message");
                }
            }
        } else {
            send(ex, 404, HTML, Pages.notFound("Nothing at " + path));
        }
    }

    /** GET: the store as a JSON array, newest first. DELETE: empties it. */
    private static <T> void list(HttpExchange ex, RingStore<T> store, Function<T, String> json) throws IOException {
        if (ex.getRequestMethod().equals("DELETE")) {
            store.clear();
            send(ex, 204, JSON, "");
            return;
        }
        List<T> items = store.newestFirst();
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n").append(json.apply(items.get(i)));
        }
        send(ex, 200, JSON, out.append(items.isEmpty() ? "]" : "\n]").toString());
    }

    private Sms addSms(String body) {
        if (!(JsonReader.parse(body) instanceof Map<?, ?> fields)) {
            throw new IllegalArgumentException("expected a JSON object {\"to\": \"...\", \"text\": \"...\"}");
        }
        if (!(fields.get("to") instanceof String to) || !(fields.get("text") instanceof String text)) {
            throw new IllegalArgumentException("\"to\" and \"text\" must be strings");
        }
        Instant now = Instant.now();
        return sms.add(id -> new Sms(id, to, text, now));
    }

    private Optional<ReceivedMail> find(String id) {
        try {
            return mails.get(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
