package be.digitalkeys.app;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import be.digitalkeys.app.push.PushSettings;
import be.digitalkeys.common.Values;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Typed view of a dk-app execution's configuration: how long a request lives, when the browser
 * shows an icon and how many the app offers, the cap against push bombing, the data the app
 * says is shared, how the browser follows the request, and the push sender.
 */
public final class AppConfig {

    public static final String LIFETIME_SECONDS = "requestLifetimeSeconds";
    public static final String ICON_MODE = "iconMode";
    public static final String ICON_COUNT = "iconCount";
    public static final String MAX_REQUESTS = "maxRequests";
    public static final String WINDOW_SECONDS = "requestWindowSeconds";
    public static final String SHARED_DATA = "sharedData";
    public static final String SERVICE_NAME = "serviceName";
    public static final String TRANSPORT = "browserTransport";
    public static final String POLL_MS = "pollMillis";
    public static final String BROWSER_DAYS = "knownBrowserDays";

    /** The data keys the app can show under "Données d'identification". */
    public static final Set<String> DATA_KEYS = Set.of("firstName", "lastName", "email", "niss", "phoneNumber");

    /** When the browser shows an icon to pick in the app. */
    public enum IconMode {
        ALWAYS, NEW_BROWSER, NEVER
    }

    private static final List<ProviderConfigProperty> OWN_PROPERTIES = ProviderConfigurationBuilder.create()
            .property().name(LIFETIME_SECONDS).label("Request lifetime (seconds)")
            .helpText("How long the app can answer a login request: 30 to 120 seconds (default 120).")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("120").add()
            .property().name(ICON_MODE).label("Icon to confirm")
            .helpText("always: the browser always shows an icon the user picks in the app; new_browser: only in a browser "
                    + "this user has not logged in with the app before (the seed's behaviour); never.")
            .type(ProviderConfigProperty.LIST_TYPE).options("always", "new_browser", "never").defaultValue("new_browser").add()
            .property().name(ICON_COUNT).label("Icons offered in the app")
            .helpText("How many icons the app shows, the right one among them: 2 to 6 (default 3).")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("3").add()
            .property().name(MAX_REQUESTS).label("Requests per user and window")
            .helpText("At most this many login requests (pushes) in the window, against push bombing (default 5): per browser that "
                    + "already logged in with the app, and per address for other browsers, which together get at most 3 times this per user.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("5").add()
            .property().name(WINDOW_SECONDS).label("Request window (seconds)")
            .helpText("The window of the cap above (default 900).")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("900").add()
            .property().name(SHARED_DATA).label("Data shared with the service")
            .helpText("What the app lists under 'Identification data', comma-separated among firstName, lastName, email, niss, phoneNumber.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("firstName,lastName,niss").add()
            .property().name(SERVICE_NAME).label("Service name")
            .helpText("The name the app shows as asking; empty: the client's name.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("").add()
            .property().name(TRANSPORT).label("Browser follows the request by")
            .helpText("auto: server-sent events, polling when they fail; sse; poll.")
            .type(ProviderConfigProperty.LIST_TYPE).options("auto", "sse", "poll").defaultValue("auto").add()
            .property().name(POLL_MS).label("Polling interval (ms)")
            .helpText("How often the browser asks when it polls: 250 to 5000 (default 1000).")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("1000").add()
            .property().name(BROWSER_DAYS).label("Known browser (days)")
            .helpText("How long a browser stays known after a login with the app (new_browser icon mode), 1 to 400 (default 180).")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("180").add()
            .build();

    public static final List<ProviderConfigProperty> CONFIG_PROPERTIES =
            java.util.stream.Stream.concat(OWN_PROPERTIES.stream(), PushSettings.CONFIG_PROPERTIES.stream()).toList();

    private final Map<String, String> config;

    public AppConfig(AuthenticatorConfigModel model) {
        this.config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
    }

    public int lifetimeSeconds() {
        return Values.bounded(config.get(LIFETIME_SECONDS), 120, 30, 120);
    }

    public IconMode iconMode() {
        String value = config.getOrDefault(ICON_MODE, "new_browser").strip().toUpperCase(Locale.ROOT);
        try {
            return IconMode.valueOf(value);
        } catch (IllegalArgumentException e) {
            return IconMode.NEW_BROWSER;
        }
    }

    public int iconCount() {
        return Values.bounded(config.get(ICON_COUNT), 3, 2, 6);
    }

    public int maxRequests() {
        return Values.bounded(config.get(MAX_REQUESTS), 5, 1, 100);
    }

    public int windowSeconds() {
        return Values.bounded(config.get(WINDOW_SECONDS), 900, 60, 86_400);
    }

    /** Known data keys only, in the configured order. */
    public List<String> sharedData() {
        return Arrays.stream(config.getOrDefault(SHARED_DATA, "firstName,lastName,niss").split("[,\\s]+"))
                .map(String::strip).filter(DATA_KEYS::contains).distinct().toList();
    }

    public String serviceName() {
        return config.getOrDefault(SERVICE_NAME, "").strip();
    }

    public String transport() {
        String value = config.getOrDefault(TRANSPORT, "auto").strip().toLowerCase(Locale.ROOT);
        return Set.of("auto", "sse", "poll").contains(value) ? value : "auto";
    }

    public int pollMillis() {
        return Values.bounded(config.get(POLL_MS), 1000, 250, 5000);
    }

    public int knownBrowserDays() {
        return Values.bounded(config.get(BROWSER_DAYS), 180, 1, 400);
    }

    public PushSettings push() {
        return new PushSettings(config);
    }
}
