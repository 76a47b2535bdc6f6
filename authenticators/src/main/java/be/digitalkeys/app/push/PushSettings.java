package be.digitalkeys.app.push;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.digitalkeys.common.Values;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** The push settings of a dk-app execution: which sender, and the webhook's address, secret and timeout. */
public final class PushSettings {

    public static final String SENDER = "dk.push.sender";
    public static final String WEBHOOK_URL = "dk.push.webhook.url";
    public static final String WEBHOOK_SECRET = "dk.push.webhook.secret";
    public static final String TIMEOUT_MS = "dk.push.webhook.timeoutMs";

    public static final List<ProviderConfigProperty> CONFIG_PROPERTIES = ProviderConfigurationBuilder.create()
            .property().name(SENDER).label("Push sender")
            .helpText("'log' (development: a log line with the opaque ids; the simulator asks for its requests itself), "
                    + "'webhook' (your push service receives the opaque ids) or an operator's own dk-app-push-sender provider.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue(LogPushSenderFactory.PROVIDER_ID).add()
            .property().name(WEBHOOK_URL).label("Webhook URL")
            .helpText("http(s) address that receives {type, realm, device, request, expiresIn, pushToken} as JSON.")
            .type(ProviderConfigProperty.STRING_TYPE).add()
            .property().name(WEBHOOK_SECRET).label("Webhook secret")
            .helpText("Signs each body: header X-DK-Signature = sha256=<hex HMAC-SHA256 of the body>. Stored as a secret, never logged.")
            .type(ProviderConfigProperty.PASSWORD).secret(true).add()
            .property().name(TIMEOUT_MS).label("Webhook timeout (ms)")
            .helpText("100 to 10000 (default 3000).")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("3000").add()
            .build();

    private final Map<String, String> config;

    public PushSettings(Map<String, String> config) {
        this.config = config == null ? Map.of() : config;
    }

    public String sender() {
        String sender = config.getOrDefault(SENDER, "").strip();
        return sender.isEmpty() ? LogPushSenderFactory.PROVIDER_ID : sender;
    }

    /** The webhook address when it is an http(s) URL. */
    public Optional<URI> webhookUrl() {
        String raw = config.getOrDefault(WEBHOOK_URL, "").strip();
        try {
            URI uri = URI.create(raw);
            return "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())
                    ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String webhookSecret() {
        return config.getOrDefault(WEBHOOK_SECRET, "");
    }

    public Duration timeout() {
        return Duration.ofMillis(Values.bounded(config.get(TIMEOUT_MS), 3000, 100, 10_000));
    }
}
