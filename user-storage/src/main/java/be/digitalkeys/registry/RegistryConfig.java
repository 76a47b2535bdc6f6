package be.digitalkeys.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.keycloak.component.ComponentModel;
import org.keycloak.component.ComponentValidationException;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The settings of one registry (one "User federation" entry in the admin console): where the
 * database is, which table and columns hold what, how legacy passwords are kept, and whether
 * users are read live or imported. Table and column names are checked against a strict
 * identifier pattern; values only ever travel as bound parameters.
 */
public final class RegistryConfig {

    public static final String JDBC_URL = "jdbcUrl";
    public static final String DB_USER = "dbUser";
    public static final String DB_PASSWORD = "dbPassword";
    public static final String DRIVER = "driverClass";
    public static final String TABLE = "table";
    public static final String MODE = "mode";
    public static final String MIGRATE = "migratePasswords";
    public static final String CONNECT_TIMEOUT = "connectTimeoutSeconds";
    public static final String QUERY_TIMEOUT = "queryTimeoutSeconds";
    public static final String POOL_SIZE = "maxPoolSize";
    public static final String CARD_TABLE = "cardTable";
    public static final String CARD_USER_COLUMN = "cardUserColumn";
    public static final String CARD_NUMBER_COLUMN = "cardNumberColumn";

    public static final String MODE_READ_ONLY = "read-only";
    public static final String MODE_IMPORT = "import";

    /** Mapped fields and their column settings; the id and username columns are required. */
    public enum Field {
        ID("idColumn", "Id column", "Column with the registry's unique, never reused key of a person.", true),
        USERNAME("usernameColumn", "Username column", "Column with the login name.", true),
        EMAIL("emailColumn", "E-mail column", "Column with the e-mail address (optional).", false),
        FIRST_NAME("firstNameColumn", "First name column", "Column with the given name(s) (optional).", false),
        LAST_NAME("lastNameColumn", "Last name column", "Column with the surname (optional).", false),
        NISS("nissColumn", "National register number column", "Column with the NISS/INSZ, 11 digits (optional; indexed look-ups by the eID and app methods).", false),
        PHONE("phoneColumn", "Phone column", "Column with the mobile number in E.164, e.g. +32470123456 (optional).", false),
        LOCALE("localeColumn", "Language column", "Column with the preferred language: fr, nl, de or en (optional).", false),
        ENABLED("enabledColumn", "Enabled column", "Boolean column; false refuses the login (optional: everyone enabled).", false),
        PASSWORD("passwordColumn", "Password hash column", "Column with the legacy password hash: bcrypt ($2a$/$2b$/$2y$) or PBKDF2 (pbkdf2_sha256$..., $pbkdf2-sha512$...). Optional.", false),
        UPDATED_AT("updatedAtColumn", "Last-change column", "Timestamp column changed with every row; lets the periodic 'changed users' sync read only what changed (optional).", false);

        final String key;
        final String label;
        final String help;
        final boolean required;

        Field(String key, String label, String help, boolean required) {
            this.key = key;
            this.label = label;
            this.help = help;
            this.required = required;
        }
    }

    static final List<ProviderConfigProperty> CONFIG_PROPERTIES = properties();

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

    private final ComponentModel model;

    public RegistryConfig(ComponentModel model) {
        this.model = model;
    }

    private static List<ProviderConfigProperty> properties() {
        ProviderConfigurationBuilder builder = ProviderConfigurationBuilder.create()
                .property().name(JDBC_URL).label("JDBC URL")
                .helpText("The registry database, e.g. jdbc:postgresql://db.internal:5432/customers or jdbc:h2:file:/data/registry. "
                        + "The server's operator decides which drivers may be used (PostgreSQL, H2) and which URL options are refused.")
                .type(ProviderConfigProperty.STRING_TYPE).required(true).add()
                .property().name(DB_USER).label("Database user").helpText("A user with SELECT on the mapped tables only.")
                .type(ProviderConfigProperty.STRING_TYPE).add()
                .property().name(DB_PASSWORD).label("Database password").helpText("Kept as a secret; never logged.")
                .type(ProviderConfigProperty.PASSWORD).secret(true).add()
                .property().name(DRIVER).label("JDBC driver class")
                .helpText("Empty: found from the URL (PostgreSQL, H2). Must be a driver the server allows.")
                .type(ProviderConfigProperty.STRING_TYPE).add()
                .property().name(TABLE).label("Person table").helpText("Table or view with one row per person (schema.table allowed).")
                .type(ProviderConfigProperty.STRING_TYPE).required(true).add();
        for (Field field : Field.values()) {
            builder.property().name(field.key).label(field.label).helpText(field.help)
                    .type(ProviderConfigProperty.STRING_TYPE).required(field.required).add();
        }
        return builder
                .property().name(CARD_TABLE).label("Card table")
                .helpText("Optional table with one row per bank card (a person may hold several).")
                .type(ProviderConfigProperty.STRING_TYPE).add()
                .property().name(CARD_USER_COLUMN).label("Card table: person column").helpText("Column of the card table holding the person's id.")
                .type(ProviderConfigProperty.STRING_TYPE).add()
                .property().name(CARD_NUMBER_COLUMN).label("Card table: card number column").helpText("Column with the 17-digit card number.")
                .type(ProviderConfigProperty.STRING_TYPE).add()
                .property().name(MODE).label("Mode")
                .helpText("read-only: people are read live from the registry and never written. "
                        + "import: people are copied into Keycloak at their first login and kept in step by the sync settings.")
                .type(ProviderConfigProperty.LIST_TYPE).options(MODE_READ_ONLY, MODE_IMPORT).defaultValue(MODE_READ_ONLY).add()
                .property().name(MIGRATE).label("Migrate passwords")
                .helpText("Import mode only: after the first successful login with the legacy password, Keycloak keeps its own hash "
                        + "of it (the realm's password policy) and no longer reads the registry's.")
                .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("true").add()
                .property().name(CONNECT_TIMEOUT).label("Connection timeout (seconds)")
                .helpText("How long a login waits for a database connection before saying the registry is unavailable.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue("3").add()
                .property().name(QUERY_TIMEOUT).label("Query timeout (seconds)").helpText("Longest a single look-up may take.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue("5").add()
                .property().name(POOL_SIZE).label("Maximum connections").helpText("Connections per Keycloak node.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue("10").add()
                .build();
    }

    public String jdbcUrl() {
        return get(JDBC_URL).orElse("");
    }

    public Optional<String> dbUser() {
        return get(DB_USER);
    }

    public Optional<String> dbPassword() {
        return get(DB_PASSWORD);
    }

    public Optional<String> driverClass() {
        Optional<String> explicit = get(DRIVER);
        if (explicit.isPresent()) {
            return explicit;
        }
        String url = jdbcUrl();
        if (url.startsWith("jdbc:postgresql:")) {
            return Optional.of("org.postgresql.Driver");
        }
        if (url.startsWith("jdbc:h2:")) {
            return Optional.of("org.h2.Driver");
        }
        return Optional.empty();
    }

    public String table() {
        return get(TABLE).orElse("");
    }

    public Optional<String> column(Field field) {
        return get(field.key);
    }

    public Optional<String> cardTable() {
        return get(CARD_TABLE);
    }

    public Optional<String> cardUserColumn() {
        return get(CARD_USER_COLUMN);
    }

    public Optional<String> cardNumberColumn() {
        return get(CARD_NUMBER_COLUMN);
    }

    public boolean importMode() {
        return MODE_IMPORT.equals(get(MODE).orElse(MODE_READ_ONLY));
    }

    public boolean migratePasswords() {
        return importMode() && Boolean.parseBoolean(get(MIGRATE).orElse("true"));
    }

    public int connectTimeoutSeconds() {
        return number(CONNECT_TIMEOUT, 3, 1, 60);
    }

    public int queryTimeoutSeconds() {
        return number(QUERY_TIMEOUT, 5, 1, 120);
    }

    public int maxPoolSize() {
        return number(POOL_SIZE, 10, 1, 100);
    }

    /** The settings that shape a connection pool: a change to any of them means a new pool. */
    String poolFingerprint() {
        return String.join("\u0000", jdbcUrl(), dbUser().orElse(""), dbPassword().orElse(""), driverClass().orElse(""),
                String.valueOf(connectTimeoutSeconds()), String.valueOf(maxPoolSize()));
    }

    /** Every problem with the settings, in words an operator can act on; empty when they are usable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!jdbcUrl().startsWith("jdbc:")) {
            problems.add("The JDBC URL must start with jdbc: (e.g. jdbc:postgresql://host:5432/database).");
        }
        checkIdentifier("Person table", get(TABLE), true, problems);
        for (Field field : Field.values()) {
            checkIdentifier(field.label, column(field), field.required, problems);
        }
        boolean anyCard = cardTable().isPresent() || cardUserColumn().isPresent() || cardNumberColumn().isPresent();
        checkIdentifier("Card table", cardTable(), anyCard, problems);
        checkIdentifier("Card table: person column", cardUserColumn(), anyCard, problems);
        checkIdentifier("Card table: card number column", cardNumberColumn(), anyCard, problems);
        String mode = get(MODE).orElse(MODE_READ_ONLY);
        if (!MODE_READ_ONLY.equals(mode) && !MODE_IMPORT.equals(mode)) {
            problems.add("Mode must be read-only or import.");
        }
        numberProblem(CONNECT_TIMEOUT, "Connection timeout", 1, 60, problems);
        numberProblem(QUERY_TIMEOUT, "Query timeout", 1, 120, problems);
        numberProblem(POOL_SIZE, "Maximum connections", 1, 100, problems);
        return problems;
    }

    public void validate() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new ComponentValidationException(String.join(" ", problems));
        }
    }

    /** Column names by field, for the fields that are mapped. */
    Map<Field, String> mappedColumns() {
        Map<Field, String> columns = new LinkedHashMap<>();
        for (Field field : Field.values()) {
            column(field).ifPresent(c -> columns.put(field, c));
        }
        return columns;
    }

    private static void checkIdentifier(String label, Optional<String> value, boolean required, List<String> problems) {
        if (value.isEmpty()) {
            if (required) {
                problems.add(label + " is required.");
            }
        } else if (!IDENTIFIER.matcher(value.get()).matches()) {
            problems.add(label + " must be a plain SQL name (letters, digits, underscore; schema.name allowed).");
        }
    }

    private void numberProblem(String key, String label, int min, int max, List<String> problems) {
        Optional<String> raw = get(key);
        if (raw.isEmpty()) {
            return;
        }
        try {
            int value = Integer.parseInt(raw.get().trim());
            if (value < min || value > max) {
                problems.add(label + " must be between " + min + " and " + max + ".");
            }
        } catch (NumberFormatException e) {
            problems.add(label + " must be a whole number.");
        }
    }

    private int number(String key, int fallback, int min, int max) {
        try {
            int value = Integer.parseInt(get(key).orElse(String.valueOf(fallback)).trim());
            return value < min || value > max ? fallback : value;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private Optional<String> get(String key) {
        String value = model.get(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
