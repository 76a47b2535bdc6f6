package be.digitalkeys.registry;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which JDBC drivers and URLs a realm administrator may give a registry. A JDBC URL is code: H2's
 * {@code INIT=RUNSCRIPT FROM '/etc/…'} or {@code INIT=CALL CSVWRITE('/…')} reads and writes files
 * of the Keycloak server, PostgreSQL's {@code socketFactory}/{@code sslfactory} instantiate any
 * class on the class path and {@code loggerFile} writes a file. So only drivers the server's
 * operator names (server configuration, never the realm's) are used, each only with its own URL
 * scheme and with a short list of harmless URL options; everything else is refused.
 *
 * <p>Only drivers whose URL options we have vetted can be allowed: PostgreSQL and H2.
 */
public final class JdbcUrlPolicy {

    /** Why a URL or driver is refused; each reason is a message key of the admin console. */
    public enum Refusal {
        NO_DRIVER_ALLOWED("dkRegistryNoDriverAllowed"),
        DRIVER_NOT_ALLOWED("dkRegistryDriverNotAllowed"),
        URL_SCHEME("dkRegistryUrlScheme"),
        URL_OPTION("dkRegistryUrlOption");

        public final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    /** A refused driver or URL: the reason and the message's parameters (never the password). */
    public static final class RefusedException extends RuntimeException {
        private final Refusal reason;
        private final transient Object[] parameters;

        RefusedException(Refusal reason, String explanation, Object... parameters) {
            super(explanation);
            this.reason = reason;
            this.parameters = parameters;
        }

        public Refusal reason() {
            return reason;
        }

        public Object[] parameters() {
            return parameters.clone();
        }
    }

    /** A driver we know: its URL scheme and the URL options it may carry (upper case). */
    private record Vetted(String scheme, Set<String> options) {
    }

    public static final String POSTGRESQL = "org.postgresql.Driver";
    public static final String H2 = "org.h2.Driver";

    private static final Map<String, Vetted> VETTED = Map.of(
            POSTGRESQL, new Vetted("jdbc:postgresql:", upper(List.of("user", "password", "ssl", "sslmode", "currentSchema",
                    "ApplicationName", "connectTimeout", "socketTimeout", "loginTimeout", "targetServerType", "tcpKeepAlive",
                    "readOnly", "loadBalanceHosts", "prepareThreshold", "defaultRowFetchSize", "gssEncMode", "channelBinding"))),
            H2, new Vetted("jdbc:h2:", upper(List.of("IFEXISTS", "ACCESS_MODE_DATA", "MODE", "DB_CLOSE_DELAY", "DATABASE_TO_UPPER",
                    "DATABASE_TO_LOWER", "CASE_INSENSITIVE_IDENTIFIERS", "NON_KEYWORDS", "DEFAULT_NULL_ORDERING", "LOCK_TIMEOUT",
                    "USER", "PASSWORD"))));

    /** H2 storage kinds a registry may use (no zip:, split:, nio…: file systems that reach further). */
    private static final Set<String> H2_KINDS = Set.of("file", "mem", "tcp", "ssl");
    private static final Pattern H2_KIND = Pattern.compile("^([A-Za-z][A-Za-z0-9]+):");
    private static final Pattern OPTION_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Set<String> allowed;

    private JdbcUrlPolicy(Set<String> allowed) {
        this.allowed = allowed;
    }

    /**
     * The policy for the drivers an operator named; names we have not vetted are dropped (and
     * returned by {@link #unvetted(Collection)} for the log).
     */
    public static JdbcUrlPolicy allowing(Collection<String> driverClasses) {
        Set<String> allowed = new LinkedHashSet<>();
        for (String driver : driverClasses) {
            String name = driver == null ? "" : driver.trim();
            if (VETTED.containsKey(name)) {
                allowed.add(name);
            }
        }
        return new JdbcUrlPolicy(Collections.unmodifiableSet(allowed));
    }

    /** The named drivers this policy cannot allow because their URL options are not vetted. */
    public static List<String> unvetted(Collection<String> driverClasses) {
        return driverClasses.stream().map(String::trim).filter(d -> !d.isEmpty() && !VETTED.containsKey(d)).toList();
    }

    public Set<String> allowed() {
        return allowed;
    }

    /**
     * Checks a registry's driver class (given or derived from the URL) and URL.
     *
     * @throws RefusedException when the driver is not allowed here, the URL is not the driver's
     *         scheme, or the URL carries an option outside the driver's vetted list
     */
    public void check(Optional<String> driverClass, String jdbcUrl) {
        if (allowed.isEmpty()) {
            throw new RefusedException(Refusal.NO_DRIVER_ALLOWED, "No JDBC driver is allowed on this server");
        }
        String driver = driverClass.orElse("");
        if (!allowed.contains(driver)) {
            throw new RefusedException(Refusal.DRIVER_NOT_ALLOWED, "JDBC driver not allowed: " + driver,
                    driver.isEmpty() ? "?" : driver, String.join(", ", allowed));
        }
        Vetted vetted = VETTED.get(driver);
        String url = jdbcUrl == null ? "" : jdbcUrl.trim();
        if (!url.regionMatches(true, 0, vetted.scheme(), 0, vetted.scheme().length())) {
            throw new RefusedException(Refusal.URL_SCHEME, "JDBC URL scheme does not match " + driver, vetted.scheme(), driver);
        }
        Map<String, String> options = H2.equals(driver) ? h2Options(url.substring(vetted.scheme().length())) : postgresOptions(url);
        for (Map.Entry<String, String> option : options.entrySet()) {
            if (!vetted.options().contains(option.getKey())) {
                throw new RefusedException(Refusal.URL_OPTION, "JDBC URL option refused: " + option.getValue(), option.getValue(),
                        String.join(", ", vetted.options()));
            }
        }
    }

    /** H2: {@code jdbc:h2:[kind:]name;KEY=value;…}; the kind must be one of {@link #H2_KINDS}. */
    private static Map<String, String> h2Options(String rest) {
        Map<String, String> options = new LinkedHashMap<>();
        String[] parts = rest.split(";", -1);
        var kind = H2_KIND.matcher(parts[0]);
        if (kind.find() && !H2_KINDS.contains(kind.group(1).toLowerCase(Locale.ROOT))) {
            options.put(kind.group(1).toUpperCase(Locale.ROOT) + ":", kind.group(1) + ":");
        }
        for (int i = 1; i < parts.length; i++) {
            addOption(parts[i], options);
        }
        return options;
    }

    /** PostgreSQL: {@code jdbc:postgresql://host/db?key=value&…}. */
    private static Map<String, String> postgresOptions(String url) {
        Map<String, String> options = new LinkedHashMap<>();
        int query = url.indexOf('?');
        if (query >= 0) {
            for (String part : url.substring(query + 1).split("&", -1)) {
                addOption(part, options);
            }
        }
        return options;
    }

    /** Names are compared in upper case; one that is not a plain name (encoded, spaced) is refused as it stands. */
    private static void addOption(String part, Map<String, String> options) {
        if (part.isEmpty()) {
            return;
        }
        int equals = part.indexOf('=');
        String name = (equals < 0 ? part : part.substring(0, equals)).trim();
        String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
        options.put(OPTION_NAME.matcher(name).matches() ? name.toUpperCase(Locale.ROOT) : "\u0000" + name, shown);
    }

    private static Set<String> upper(List<String> names) {
        return Collections.unmodifiableSet(new TreeSet<>(names.stream().map(n -> n.toUpperCase(Locale.ROOT)).toList()));
    }
}
