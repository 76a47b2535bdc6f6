package be.digitalkeys.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without a browser: one cookie jar, real HTTP, the login pages parsed with Jsoup. For
 * tests that need many separate sessions at once (20 parallel attempts, an attacker's session
 * beside the victim's Chromium), each one driven through the real pages like a person would.
 */
public final class FormSession {

    private final HttpClient http;
    private final String baseUrl;
    private Document page;

    public FormSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(new Jar()).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30)).build();
    }

    /** Opens the realm's login for a client (authorization code with PKCE): the first login page. */
    public Document startLogin(String realm, String clientId, String redirectUri, String locale) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String challenge;
        try {
            challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return get(baseUrl + "/realms/" + realm + "/protocol/openid-connect/auth?response_type=code&scope=openid"
                + "&client_id=" + enc(clientId) + "&redirect_uri=" + enc(redirectUri) + "&ui_locales=" + enc(locale)
                + "&code_challenge_method=S256&code_challenge=" + challenge);
    }

    public Document get(String url) {
        return exchange(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** Submits the form with this id of the current page with these fields (over its hidden ones). */
    public Document submit(String formId, Map<String, String> fields) {
        return exchange(prepare(formId, fields));
    }

    /** The request {@link #submit} would send, for a test that sends many at the same moment. */
    public HttpRequest.Builder prepare(String formId, Map<String, String> fields) {
        Element form = page.getElementById(formId);
        if (form == null) {
            throw new AssertionError("no form #" + formId + " on " + page.location() + ": " + page.title());
        }
        Map<String, String> values = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(i -> values.put(i.attr("name"), i.attr("value")));
        values.putAll(fields);
        String body = values.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Submits without waiting, for many sessions answering at the same moment; the answer becomes the current page. */
    public java.util.concurrent.CompletableFuture<Document> submitAsync(String formId, Map<String, String> fields) {
        return http.sendAsync(prepare(formId, fields).build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> page = Jsoup.parse(response.body(), response.uri().toString()));
    }

    /** Sends a prepared request in this session and makes its answer the current page. */
    public Document exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            page = Jsoup.parse(response.body(), response.uri().toString());
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Document page() {
        return page;
    }

    public HttpClient http() {
        return http;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * The session's cookies by name. Not java.net.CookieManager: it never sends Keycloak's
     * {@code Secure} cookies over plain http, where a browser does for localhost.
     */
    private static final class Jar extends CookieHandler {
        private final Map<String, String> cookies = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
            if (cookies.isEmpty()) {
                return Map.of();
            }
            return Map.of("Cookie", List.of(cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) {
            headers.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    values.forEach(this::set);
                }
            });
        }

        private void set(String header) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                return;
            }
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            String lower = header.toLowerCase(Locale.ROOT);
            if (value.isEmpty() || lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970") || lower.contains("expires=thu, 01-jan-1970")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }
}
