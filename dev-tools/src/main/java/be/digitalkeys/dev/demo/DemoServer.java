package be.digitalkeys.dev.demo;

import static be.digitalkeys.dev.Exchanges.HTML;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;

import be.digitalkeys.dev.Exchanges;
import be.digitalkeys.dev.HttpEndpoint;

/**
 * The routes of the demo services page.
 *
 * <pre>
 * GET  /[?lang=xx]     the page (language from ?lang, then the session, then Accept-Language)
 * GET  /login?card=…   starts a login: state, nonce, PKCE; redirect to the realm's authorization endpoint
 * GET  /callback       the client's redirect URI: state checked once, code exchanged, ID token verified
 * POST /logout         card=…: RP-initiated logout with id_token_hint
 * GET  /logged-out     the post-logout redirect URI: state checked once, the card forgets the login
 * </pre>
 */
final class DemoServer {

    private static final String COOKIE = "dk_demo_session";
    private static final Pattern MAX_AGE = Pattern.compile("[0-9]{1,8}");
    private static final Pattern ACR = Pattern.compile("[A-Za-z0-9:/._\\- ]{1,200}");
    private static final int MAX_SESSIONS = 500;

    private final HttpEndpoint endpoint;
    private final String keycloakUrl;
    private final List<DemoClient> clients;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, RelyingParty> parties = new ConcurrentHashMap<>();
    private final Map<String, DemoSession> sessions = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, DemoSession> eldest) {
            return size() > MAX_SESSIONS;
        }
    };
    private final String csp;

    DemoServer(InetSocketAddress address, String keycloakUrl, List<DemoClient> clients) throws IOException {
        this.keycloakUrl = keycloakUrl;
        this.clients = clients;
        URI kc = URI.create(keycloakUrl);
        String kcOrigin = kc.getScheme() + "://" + kc.getAuthority();
        // No script at all; forms may go to this page and (after its redirect) to Keycloak only.
        this.csp = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; "
                + "frame-ancestors 'none'; form-action 'self' " + kcOrigin;
        this.endpoint = new HttpEndpoint(address, "demo-services-http", this::handle);
    }

    void start() {
        endpoint.start();
    }

    int port() {
        return endpoint.port();
    }

    void stop() {
        endpoint.stop();
    }

    private String base() {
        return "http://localhost:" + port();
    }

    private void handle(HttpExchange ex) {
        try (ex) {
            // With no-referrer, Chrome sends "Origin: null" on the page's own POST (logout), which the
            // same-origin check must refuse; same-origin keeps the Origin and sends no Referer to Keycloak.
            ex.getResponseHeaders().set("Referrer-Policy", "same-origin");
            try {
                route(ex);
            } catch (RuntimeException e) {
                // A development tool: the stack trace goes to its terminal, never to the browser.
                e.printStackTrace();
                Exchanges.error(ex, 500, e.getClass().getSimpleName());
            }
        } catch (IOException e) {
            // the browser went away
        }
    }

    private void route(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        Map<String, String> query = params(ex.getRequestURI().getRawQuery());
        if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD") && !Exchanges.sameOrigin(ex)) {
            Exchanges.error(ex, 403, "cross-origin request refused");
            return;
        }
        DemoSession session = session(ex);
        switch (path) {
            case "/" -> {
                if (Exchanges.allow(ex, "GET")) {
                    String lang = query.get("lang");
                    if (lang != null && DemoMessages.LANGUAGES.contains(lang)) {
                        session.language(lang);
                    }
                    page(ex, session);
                }
            }
            case "/login" -> {
                if (Exchanges.allow(ex, "GET")) {
                    login(ex, session, query);
                }
            }
            case "/callback" -> {
                if (Exchanges.allow(ex, "GET")) {
                    callback(ex, session, query);
                }
            }
            case "/logout" -> {
                if (Exchanges.allow(ex, "POST")) {
                    logout(ex, session, params(new String(Exchanges.readBody(ex), StandardCharsets.UTF_8)));
                }
            }
            case "/logged-out" -> {
                if (Exchanges.allow(ex, "GET")) {
                    DemoMessages m = DemoMessages.of(session.language());
                    Optional<String> card = session.takeLogout(query.get("state"));
                    card.ifPresent(c -> {
                        session.loggedOut(c);
                        session.notice(c, new DemoSession.Notice(m.get("loggedOut", client(c).map(DemoClient::name).orElse(c)), false, null));
                    });
                    redirect(ex, "/" + card.map(c -> "#card-" + c).orElse(""));
                }
            }
            default -> Exchanges.send(ex, 404, HTML, "<!DOCTYPE html><html lang=\"en\"><title>Not found</title><p>Not found. "
                    + "<a href=\"/\">Demo services</a></p></html>", csp);
        }
    }

    private void page(HttpExchange ex, DemoSession session) throws IOException {
        DemoMessages m = DemoMessages.of(session.language());
        String html = DemoPage.render(m, clients, new DemoPage.CardState() {
            @Override
            public Optional<RelyingParty.Login> login(String card) {
                return session.login(card);
            }

            @Override
            public Optional<DemoSession.Notice> notice(String card) {
                return session.takeNotice(card);
            }
        });
        Exchanges.send(ex, 200, HTML, html, csp);
    }

    private void login(HttpExchange ex, DemoSession session, Map<String, String> query) throws IOException {
        DemoMessages m = DemoMessages.of(session.language());
        Optional<DemoClient> client = client(query.get("card"));
        if (client.isEmpty()) {
            redirect(ex, "/");
            return;
        }
        String card = client.get().card();
        Map<String, String> options = new LinkedHashMap<>();
        String locale = query.getOrDefault("ui_locales", "");
        options.put("ui_locales", DemoMessages.LANGUAGES.contains(locale) ? locale : m.language());
        if ("login".equals(query.get("prompt"))) {
            options.put("prompt", "login");
        }
        String maxAge = query.getOrDefault("max_age", "").trim();
        if (!maxAge.isEmpty()) {
            if (!MAX_AGE.matcher(maxAge).matches()) {
                fail(ex, session, card, m.get("error.maxAge"), "max_age");
                return;
            }
            options.put("max_age", maxAge);
        }
        String acr = query.getOrDefault("acr_values", "").trim();
        if (!acr.isEmpty()) {
            if (!ACR.matcher(acr).matches()) {
                fail(ex, session, card, m.get("error.acr"), "acr_values");
                return;
            }
            options.put("acr_values", acr);
        }
        RelyingParty party;
        try {
            party = party(client.get().realm());
        } catch (IOException e) {
            fail(ex, session, card, m.get("error.discovery", client.get().realm(), e.getMessage()), null);
            return;
        }
        RelyingParty.Pending pending = RelyingParty.newPending(card);
        session.started(pending);
        redirect(ex, party.authorizationUrl(client.get(), base() + "/callback", pending, options));
    }

    private void callback(HttpExchange ex, DemoSession session, Map<String, String> query) throws IOException {
        DemoMessages m = DemoMessages.of(session.language());
        Optional<RelyingParty.Pending> pending = session.takePending(query.get("state"));
        if (pending.isEmpty()) {
            // No card is known for a foreign state: the message goes on every card would be noise; the first one gets it.
            fail(ex, session, clients.get(0).card(), m.get("error.state"), null);
            return;
        }
        String card = pending.get().card();
        DemoClient client = client(card).orElseThrow();
        if (query.containsKey("error")) {
            String description = query.get("error_description");
            fail(ex, session, card, m.get("error.keycloak", query.get("error") + (description != null ? " (" + description + ")" : "")), null);
            return;
        }
        try {
            RelyingParty.Login login = party(client.realm()).finish(client, base() + "/callback", pending.get(), query.getOrDefault("code", ""));
            session.loggedIn(card, login);
            redirect(ex, "/#card-" + card);
        } catch (RelyingParty.LoginFailed e) {
            fail(ex, session, card, m.get("error.login", e.getMessage()), null);
        }
    }

    private void logout(HttpExchange ex, DemoSession session, Map<String, String> form) throws IOException {
        Optional<DemoClient> client = client(form.get("card"));
        Optional<RelyingParty.Login> login = client.flatMap(c -> session.login(c.card()));
        if (login.isEmpty()) {
            redirect(ex, "/");
            return;
        }
        String state = RelyingParty.random();
        session.loggingOut(state, client.get().card());
        redirect(ex, party(client.get().realm()).logoutUrl(client.get(), login.get().idToken(), base() + "/logged-out", state,
                session.language()));
    }

    private void fail(HttpExchange ex, DemoSession session, String card, String text, String field) throws IOException {
        session.notice(card, new DemoSession.Notice(text, true, field));
        redirect(ex, "/#card-" + card);
    }

    private RelyingParty party(String realm) throws IOException {
        RelyingParty party = parties.get(realm);
        if (party == null) {
            party = RelyingParty.discover(http, keycloakUrl, realm);
            parties.put(realm, party);
        }
        return party;
    }

    private Optional<DemoClient> client(String card) {
        return clients.stream().filter(c -> c.card().equals(card)).findFirst();
    }

    /** The browser's session, made (with its cookie) on the first visit. */
    private DemoSession session(HttpExchange ex) {
        String id = null;
        for (String header : ex.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String part : header.split(";")) {
                String[] kv = part.trim().split("=", 2);
                if (kv.length == 2 && kv[0].equals(COOKIE)) {
                    id = kv[1];
                }
            }
        }
        synchronized (sessions) {
            DemoSession session = id == null ? null : sessions.get(id);
            if (session == null) {
                id = RelyingParty.random();
                session = new DemoSession(DemoMessages.fromAcceptLanguage(ex.getRequestHeaders().getFirst("Accept-Language")));
                sessions.put(id, session);
                ex.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Lax");
            }
            return session;
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(303, -1);
    }

    private static Map<String, String> params(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            try {
                out.putIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length == 2 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            } catch (IllegalArgumentException e) {
                // a malformed pair is ignored
            }
        }
        return out;
    }
}
