package be.digitalkeys.tenant;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keycloak's admin REST API over the JDK's HTTP client: a token from the admin realm by the
 * password grant of {@code admin-cli} (renewed before it expires), JSON in and out, and any
 * answer other than 2xx turned into an {@link AdminApiException} naming the call. Paths start
 * after {@code /admin}, e.g. {@code /realms/acme/authentication/flows}.
 */
final class AdminApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String server;
    private final String adminRealm;
    private final String client;
    private final String user;
    private final String password;
    private String token;
    private Instant renewAt = Instant.MIN;

    AdminApi(String server, String adminRealm, String client, String user, String password) {
        this.server = server;
        this.adminRealm = adminRealm;
        this.client = client;
        this.user = user;
        this.password = password;
    }

    JsonNode get(String path) {
        return parse(send("GET", path, null).body());
    }

    /** GET that answers empty on 404. */
    Optional<JsonNode> find(String path) {
        HttpResponse<String> response = exchange("GET", path, null);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(parse(check("GET", path, response).body()));
    }

    /** POST; the id at the end of the Location header, when there is one. */
    String post(String path, Object body) {
        HttpResponse<String> response = send("POST", path, body);
        return response.headers().firstValue("Location").map(l -> l.substring(l.lastIndexOf('/') + 1)).orElse(null);
    }

    void put(String path, Object body) {
        send("PUT", path, body);
    }

    void delete(String path) {
        send("DELETE", path, null);
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body == null ? "" : body);
        } catch (IOException e) {
            throw new AdminApiException("the server did not answer JSON: " + e.getMessage(), e);
        }
    }

    /** One path segment (a realm name, a flow alias with spaces), percent-encoded. */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpResponse<String> send(String method, String path, Object body) {
        return check(method, path, exchange(method, path, body));
    }

    private static HttpResponse<String> check(String method, String path, HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            String body = response.body() == null ? "" : response.body();
            throw new AdminApiException(method + " " + path + " answered " + response.statusCode()
                    + (body.isBlank() ? "" : ": " + (body.length() > 300 ? body.substring(0, 300) + "…" : body)), response.statusCode());
        }
        return response;
    }

    private HttpResponse<String> exchange(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + "/admin" + path)).timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + token()).header("Accept", "application/json");
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AdminApiException("cannot reach " + server + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdminApiException("interrupted", e);
        }
    }

    private String token() throws IOException, InterruptedException {
        if (token != null && Instant.now().isBefore(renewAt)) {
            return token;
        }
        String form = "grant_type=password&client_id=" + segment(client) + "&username=" + segment(user)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(server + "/realms/" + segment(adminRealm) + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AdminApiException("cannot log in to " + server + " as " + user + " (realm " + adminRealm + ", client "
                    + client + "): HTTP " + response.statusCode() + " — check the user and the password", response.statusCode());
        }
        JsonNode answer = JSON.readTree(response.body());
        token = answer.path("access_token").asText();
        // Renew at half the lifetime: master tokens live 60 s by default.
        renewAt = Instant.now().plusSeconds(Math.max(5, answer.path("expires_in").asLong(60) / 2));
        return token;
    }
}
