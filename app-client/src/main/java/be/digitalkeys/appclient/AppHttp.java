package be.digitalkeys.appclient;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Posts JSON to the app API under {@code {base}/realms/{realm}/dk-app} and reads the answer;
 * an error status becomes an {@link AppApiException}, a transport failure an
 * {@link UncheckedIOException} (it is no answer of the API).
 */
final class AppHttp {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int DETAIL_CHARS = 200;

    private final String apiRoot;
    private final HttpClient client;

    AppHttp(String apiRoot) {
        this.apiRoot = apiRoot;
        this.client = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    String apiRoot() {
        return apiRoot;
    }

    /**
     * Calls the operation with the path values in template order.
     *
     * @param answer the type of the 2xx body, or {@code Void.class} to ignore it
     */
    <T> T call(ApiOperation operation, Object body, Class<T> answer, String... pathValues) throws AppApiException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiRoot + PathTemplates.expand(operation.pathTemplate(), pathValues)))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(operation.method(), HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            throw error(response);
        }
        if (answer == Void.class) {
            return null;
        }
        try {
            return MAPPER.readValue(response.body(), answer);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Unreadable answer of " + operation.operationId(), e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("Interrupted: " + request.uri()));
        }
    }

    private static AppApiException error(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body();
        try {
            Bodies.ApiError error = MAPPER.readValue(body, Bodies.ApiError.class);
            if (error != null && error.error() != null) {
                return new AppApiException(response.statusCode(), error.error(), error.attemptsLeft());
            }
        } catch (JsonProcessingException e) {
            // not our error JSON: reported below with the start of the body
        }
        String detail = body.length() > DETAIL_CHARS ? body.substring(0, DETAIL_CHARS) + "…" : body;
        return new AppApiException(response.statusCode(), null, null, ": " + detail);
    }

    private static String write(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + body.getClass().getSimpleName(), e);
        }
    }
}
