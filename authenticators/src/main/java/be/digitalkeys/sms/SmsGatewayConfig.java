package be.digitalkeys.sms;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** The SMS gateway settings an execution carries (admin console, the step's configuration). */
public final class SmsGatewayConfig {

    public static final String SENDER = "dk.sms.sender";
    public static final String LOG_URL = "dk.sms.log.url";
    public static final String URL = "dk.sms.http.url";
    public static final String METHOD = "dk.sms.http.method";
    public static final String HEADERS = "dk.sms.http.headers";
    public static final String SECRET = "dk.sms.http.secret";
    public static final String SECRET_HEADER = "dk.sms.http.secretHeader";
    public static final String CONTENT_TYPE = "dk.sms.http.contentType";
    public static final String BODY = "dk.sms.http.body";
    public static final String TIMEOUT_MS = "dk.sms.http.timeoutMs";
    public static final String RETRIES = "dk.sms.http.retries";

    static final String DEFAULT_LOG_URL = "http://127.0.0.1:8025/api/sms";
    static final String DEFAULT_BODY = "{\"to\":\"${to}\",\"text\":\"${text}\"}";

    public static final List<ProviderConfigProperty> CONFIG_PROPERTIES = ProviderConfigurationBuilder.create()
            .property().name(SENDER).label("SMS sender")
            .helpText("'log' (development: hands the SMS to the development mailbox, never to the server log) or 'http' (your gateway).")
            .type(ProviderConfigProperty.LIST_TYPE).options("log", "http").defaultValue("log").add()
            .property().name(LOG_URL).label("Development mailbox URL (log sender)")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue(DEFAULT_LOG_URL).add()
            .property().name(URL).label("Gateway URL").helpText("http or https URL of the SMS gateway.")
            .type(ProviderConfigProperty.STRING_TYPE).add()
            .property().name(METHOD).label("HTTP method").type(ProviderConfigProperty.LIST_TYPE).options("POST", "PUT")
            .defaultValue("POST").add()
            .property().name(HEADERS).label("Extra headers").helpText("One 'Name: value' per line.")
            .type(ProviderConfigProperty.TEXT_TYPE).add()
            .property().name(SECRET).label("Secret token").helpText("Sent in the secret header; stored as a secret.")
            .type(ProviderConfigProperty.PASSWORD).secret(true).add()
            .property().name(SECRET_HEADER).label("Secret header")
            .helpText("Header carrying the token; for 'Authorization' the value is 'Bearer <token>'.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("Authorization").add()
            .property().name(CONTENT_TYPE).label("Content type").type(ProviderConfigProperty.STRING_TYPE)
            .defaultValue("application/json").add()
            .property().name(BODY).label("Body template")
            .helpText("${to}, ${text} and ${realm} are replaced, JSON- or form-escaped to match the content type.")
            .type(ProviderConfigProperty.TEXT_TYPE).defaultValue(DEFAULT_BODY).add()
            .property().name(TIMEOUT_MS).label("Timeout (ms)").helpText("Per attempt, at most 30000.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("5000").add()
            .property().name(RETRIES).label("Retries").helpText("Extra attempts on network errors, timeouts, 5xx and 429 (0 to 5).")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("2").add()
            .build();

    private SmsGatewayConfig() {
    }

    public static String sender(Map<String, String> config) {
        String sender = config.get(SENDER);
        return sender == null || sender.isBlank() ? "log" : sender.strip();
    }

    static String value(Map<String, String> config, String key, String fallback) {
        String value = config.get(key);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    static int number(Map<String, String> config, String key, int fallback, int min, int max) {
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(value(config, key, String.valueOf(fallback)))));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** An http(s) URL, or null. */
    static URI httpUrl(String value) {
        try {
            URI uri = value == null ? null : URI.create(value.strip());
            return uri != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The extra headers, one "Name: value" per line; malformed lines are problems, not headers. */
    static Map<String, String> headers(Map<String, String> config) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : value(config, HEADERS, "").split("\\R")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().matches("[A-Za-z0-9-]+")) {
                headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        return headers;
    }

    /** What is wrong with an http sender's configuration (empty when it can be used). */
    public static List<String> problems(Map<String, String> config) {
        List<String> problems = new ArrayList<>();
        if (!"http".equals(sender(config))) {
            return problems;
        }
        if (httpUrl(config.get(URL)) == null) {
            problems.add("The gateway URL must be an http or https URL.");
        }
        for (String line : value(config, HEADERS, "").split("\\R")) {
            if (!line.isBlank() && !line.matches("\\s*[A-Za-z0-9-]+\\s*:.*")) {
                problems.add("Header lines must read 'Name: value'.");
                break;
            }
        }
        return problems;
    }
}
