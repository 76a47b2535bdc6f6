package be.digitalkeys.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * An OIDC client's side of a browser login (authorization code + PKCE): the test opens
 * {@link #authorizationUrl()}, goes through the pages, and {@link #tokens(Browser)} exchanges the code the browser
 * was redirected with. The redirect lands on a small loopback page of the test itself.
 */
public final class OidcLogin implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String baseUrl;
    private final String realm;
    private final String clientId;
    private final String verifier;
    private final HttpServer callback;
    private final String redirectUri;

    public OidcLogin(String baseUrl, String realm, String clientId) {
        this.baseUrl = baseUrl;
        this.realm = realm;
        this.clientId = clientId;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            this.callback = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        callback.createContext("/cb", exchange -> {
            byte[] body = "<!doctype html><title>callback</title><p id=callback>signed in</p>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        callback.start();
        this.redirectUri = "http://127.0.0.1:" + callback.getAddress().getPort() + "/cb";
    }

    public String authorizationUrl() {
        return baseUrl + "/realms/" + realm + "/protocol/openid-connect/auth?response_type=code&scope=openid"
                + "&client_id=" + enc(clientId) + "&redirect_uri=" + enc(redirectUri)
                + "&code_challenge_method=S256&code_challenge=" + challenge();
    }

    /** The authorization URL with more parameters, e.g. {@code &acr_values=...} or {@code &max_age=0}. */
    public String authorizationUrl(Map<String, String> more) {
        StringBuilder url = new StringBuilder(authorizationUrl());
        more.forEach((name, value) -> url.append('&').append(enc(name)).append('=').append(enc(value)));
        return url.toString();
    }

    /** Waits for the redirect to the client: its query parameters (a code, or an error with its state). */
    public Map<String, String> redirect(Browser browser) {
        browser.waiting().until(d -> d.getCurrentUrl().startsWith(redirectUri));
        String query = URI.create(browser.driver().getCurrentUrl()).getRawQuery();
        Map<String, String> params = new java.util.LinkedHashMap<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    /** Waits for the redirect to the client and exchanges its code: the token response. */
    public JsonNode tokens(Browser browser) {
        Map<String, String> params = redirect(browser);
        String code = params.get("code");
        if (code == null) {
            throw new AssertionError("no code in the redirect: " + params);
        }
        String form = "grant_type=authorization_code&code=" + enc(code) + "&client_id=" + enc(clientId)
                + "&redirect_uri=" + enc(redirectUri) + "&code_verifier=" + enc(verifier);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(baseUrl + "/realms/" + realm + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("token endpoint answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a JWT (no signature check: the test just received it from Keycloak over loopback). */
    public static JsonNode claims(String jwt) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    private String challenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        callback.stop(0);
    }
}
