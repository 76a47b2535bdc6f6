package be.digitalkeys.sms;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The SMS gateway settings an execution carries (the step's configuration in the admin console):
 * typed getters with defaults, which never fail at send time, and {@link #validate(Map)}, which
 * says what is wrong at configuration time.
 */
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

    public static final String DEFAULT_SENDER = LogSmsSenderFactory.PROVIDER_ID;
    public static final String DEFAULT_LOG_URL = "http://127.0.0.1:8025/api/sms";
    public static final String DEFAULT_METHOD = "POST";
    public static final String DEFAULT_SECRET_HEADER = "Authorization";
    public static final String DEFAULT_CONTENT_TYPE = "application/json";
    public static final String DEFAULT_BODY = "{\"to\":\"${to}\",\"text\":\"${text}\"}";
    public static final int DEFAULT_TIMEOUT_MS = 5000;
    public static final int MIN_TIMEOUT_MS = 100;
    public static final int MAX_TIMEOUT_MS = 30_000;
    public static final int DEFAULT_RETRIES = 2;
    public static final int MAX_RETRIES = 5;

    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");
    private static final Pattern CONTENT_TYPE_VALUE = Pattern.compile("[\\w.+-]+/[\\w.+-]+\\s*(;.*)?");
    /** Set by the HTTP client itself (java.net.http refuses them) or by {@link #CONTENT_TYPE}. */
    private static final Set<String> RESERVED_HEADERS = Set.of("connection", "content-length", "expect", "host", "upgrade", "content-type");

    public static final List<ProviderConfigProperty> CONFIG_PROPERTIES = ProviderConfigurationBuilder.create()
            .property().name(SENDER).label("SMS sender")
            .helpText("'log' (development: hands the SMS to the development mailbox, never to the server log) or 'http' (your gateway).")
            .type(ProviderConfigProperty.LIST_TYPE).options("log", "http").defaultValue(DEFAULT_SENDER).add()
            .property().name(LOG_URL).label("Development mailbox URL")
            .helpText("Where the 'log' sender posts each SMS as JSON (to, text, realm).")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue(DEFAULT_LOG_URL).add()
            .property().name(URL).label("Gateway URL").helpText("http or https URL of the SMS gateway ('http' sender).")
            .type(ProviderConfigProperty.STRING_TYPE).add()
            .property().name(METHOD).label("HTTP method").helpText("How the body is sent to the gateway.")
            .type(ProviderConfigProperty.LIST_TYPE).options("POST", "PUT").defaultValue(DEFAULT_METHOD).add()
            .property().name(HEADERS).label("Extra headers")
            .helpText("One 'Name: value' per line, e.g. 'X-Account: 1234'. Set the content type and the token with their own fields.")
            .type(ProviderConfigProperty.TEXT_TYPE).add()
            .property().name(SECRET).label("Secret token")
            .helpText("The gateway's API token, sent in the secret header; stored as a secret and never logged.")
            .type(ProviderConfigProperty.PASSWORD).secret(true).add()
            .property().name(SECRET_HEADER).label("Secret header")
            .helpText("Header carrying the token; for 'Authorization' the value is 'Bearer <token>', otherwise the token itself.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue(DEFAULT_SECRET_HEADER).add()
            .property().name(CONTENT_TYPE).label("Content type")
            .helpText("Content-Type of the body: JSON types escape the values as JSON strings, "
                    + "application/x-www-form-urlencoded URL-encodes them.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue(DEFAULT_CONTENT_TYPE).add()
            .property().name(BODY).label("Body template")
            .helpText("${to} (E.164 number), ${text} and ${realm} are replaced, escaped to match the content type.")
            .type(ProviderConfigProperty.TEXT_TYPE).defaultValue(DEFAULT_BODY).add()
            .property().name(TIMEOUT_MS).label("Timeout (ms)")
            .helpText("Per attempt, " + MIN_TIMEOUT_MS + " to " + MAX_TIMEOUT_MS + ".")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(DEFAULT_TIMEOUT_MS)).add()
            .property().name(RETRIES).label("Retries")
            .helpText("Extra attempts on network errors, timeouts, 5xx and 429 (0 to " + MAX_RETRIES + "); other answers are final.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(DEFAULT_RETRIES)).add()
            .build();

    private SmsGatewayConfig() {
    }

    /** The SmsSender provider id: "log", "http" or an operator's own. */
    public static String sender(Map<String, String> config) {
        return value(config, SENDER, DEFAULT_SENDER);
    }

    public static Optional<URI> logUrl(Map<String, String> config) {
        return httpUrl(value(config, LOG_URL, DEFAULT_LOG_URL));
    }

    public static Optional<URI> url(Map<String, String> config) {
        return httpUrl(value(config, URL, ""));
    }

    /** "POST" or "PUT"; anything else is POST (and a problem for {@link #validate}). */
    public static String method(Map<String, String> config) {
        return "PUT".equals(value(config, METHOD, DEFAULT_METHOD).toUpperCase(Locale.ROOT)) ? "PUT" : "POST";
    }

    /** The well-formed extra header lines, in order; the others are problems for {@link #validate}. */
    public static Map<String, String> headers(Map<String, String> config) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : value(config, HEADERS, "").split("\\R")) {
            if (headerProblem(line) == null && !line.isBlank()) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        return headers;
    }

    public static Optional<String> secret(Map<String, String> config) {
        return Optional.of(value(config, SECRET, "")).filter(s -> !s.isEmpty());
    }

    public static String secretHeader(Map<String, String> config) {
        return value(config, SECRET_HEADER, DEFAULT_SECRET_HEADER);
    }

    public static String contentType(Map<String, String> config) {
        return value(config, CONTENT_TYPE, DEFAULT_CONTENT_TYPE);
    }

    public static String body(Map<String, String> config) {
        String body = config == null ? null : config.get(BODY);
        return body == null || body.isBlank() ? DEFAULT_BODY : body;
    }

    public static int timeoutMs(Map<String, String> config) {
        return number(config, TIMEOUT_MS, DEFAULT_TIMEOUT_MS, MIN_TIMEOUT_MS, MAX_TIMEOUT_MS);
    }

    public static int retries(Map<String, String> config) {
        return number(config, RETRIES, DEFAULT_RETRIES, 0, MAX_RETRIES);
    }

    /**
     * What is wrong with the settings of the chosen sender, in English, for an authenticator
     * factory's validateConfig; empty when they can be used. Never quotes the secret.
     */
    public static List<String> validate(Map<String, String> config) {
        List<String> problems = new ArrayList<>();
        String sender = sender(config);
        if (LogSmsSenderFactory.PROVIDER_ID.equals(sender) && logUrl(config).isEmpty()) {
            problems.add("The development mailbox URL must be an http or https URL.");
        }
        if (!HttpSmsSenderFactory.PROVIDER_ID.equals(sender)) {
            return problems;
        }
        if (url(config).isEmpty()) {
            problems.add("The gateway URL must be an http or https URL.");
        }
        if (!Set.of("POST", "PUT").contains(value(config, METHOD, DEFAULT_METHOD).toUpperCase(Locale.ROOT))) {
            problems.add("The HTTP method must be POST or PUT.");
        }
        for (String line : value(config, HEADERS, "").split("\\R")) {
            String problem = line.isBlank() ? null : headerProblem(line);
            if (problem != null) {
                problems.add(problem);
            }
        }
        String secretHeader = secretHeader(config);
        if (!HEADER_NAME.matcher(secretHeader).matches() || RESERVED_HEADERS.contains(secretHeader.toLowerCase(Locale.ROOT))) {
            problems.add("The secret header must be a header name such as Authorization or X-Api-Key.");
        }
        if (secret(config).filter(SmsGatewayConfig::hasControlCharacters).isPresent()) {
            problems.add("The secret token must be a single line without control characters.");
        }
        if (!CONTENT_TYPE_VALUE.matcher(contentType(config)).matches() || hasControlCharacters(contentType(config))) {
            problems.add("The content type must read like application/json.");
        }
        if (!body(config).contains("${to}") || !body(config).contains("${text}")) {
            problems.add("The body template must contain ${to} and ${text}.");
        }
        problems.addAll(rangeProblem(config, TIMEOUT_MS, "The timeout", MIN_TIMEOUT_MS, MAX_TIMEOUT_MS));
        problems.addAll(rangeProblem(config, RETRIES, "The number of retries", 0, MAX_RETRIES));
        return problems;
    }

    private static String headerProblem(String line) {
        int colon = line.indexOf(':');
        String name = colon < 0 ? "" : line.substring(0, colon).strip();
        if (!HEADER_NAME.matcher(name).matches() || hasControlCharacters(line.substring(colon + 1).strip())) {
            return "Header lines must read 'Name: value'.";
        }
        if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
            return "The header " + name + " cannot be set here" + ("content-type".equalsIgnoreCase(name) ? ": use the content type field." : ".");
        }
        return null;
    }

    private static List<String> rangeProblem(Map<String, String> config, String key, String what, int min, int max) {
        String value = value(config, key, String.valueOf(min));
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return List.of();
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        return List.of(what + " must be a whole number from " + min + " to " + max + ".");
    }

    private static boolean hasControlCharacters(String value) {
        return value.chars().anyMatch(c -> c != '\t' && (c < 0x20 || c == 0x7f));
    }

    private static String value(Map<String, String> config, String key, String fallback) {
        String value = config == null ? null : config.get(key);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static int number(Map<String, String> config, String key, int fallback, int min, int max) {
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(value(config, key, String.valueOf(fallback)))));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Optional<URI> httpUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}
