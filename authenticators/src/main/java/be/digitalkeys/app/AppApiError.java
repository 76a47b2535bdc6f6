package be.digitalkeys.app;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An app API refusal: the HTTP status and the error code of the OpenAPI document; nothing personal. */
final class AppApiError extends Exception {

    private final int status;
    private final String code;
    private final Integer attemptsLeft;
    private Integer retryAfter;

    AppApiError(int status, String code) {
        this(status, code, null);
    }

    AppApiError(int status, String code, Integer attemptsLeft) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.attemptsLeft = attemptsLeft;
    }

    /** Adds a Retry-After header (seconds) to the answer. */
    AppApiError retryAfter(int seconds) {
        this.retryAfter = seconds;
        return this;
    }

    String code() {
        return code;
    }

    Response response() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        if (attemptsLeft != null) {
            body.put("attemptsLeft", attemptsLeft);
        }
        Response.ResponseBuilder answer = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
        if (retryAfter != null) {
            answer.header("Retry-After", retryAfter);
        }
        return answer.build();
    }

    static AppApiError invalidRequest() {
        return new AppApiError(400, "invalid_request");
    }
}
