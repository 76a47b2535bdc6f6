package be.digitalkeys.registry;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTimeoutException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import be.digitalkeys.registry.RegistryConfig.Field;

/**
 * The registry database seen through a connection pool: every look-up the provider needs, each a
 * single indexed query with a time limit. A database that does not answer becomes a
 * {@link RegistryUnavailableException} within the configured timeouts, never a hang.
 */
public final class RegistryDirectory implements AutoCloseable {

    private final String name;
    private final RegistrySql sql;
    private final int queryTimeoutSeconds;
    private final HikariDataSource pool;
    /** Why no pool could be built (e.g. no driver for the URL); reported at every use. */
    private final String unusable;
    private volatile Boolean numericIds;

    public RegistryDirectory(String name, RegistryConfig config) {
        this.name = name;
        this.sql = new RegistrySql(config);
        this.queryTimeoutSeconds = config.queryTimeoutSeconds();
        HikariDataSource built = null;
        String problem = null;
        try {
            built = new HikariDataSource(poolConfig(name, config));
        } catch (RuntimeException e) {
            problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        this.pool = built;
        this.unusable = problem;
    }

    private RegistryDirectory(String name, RegistryConfig config, String refusal) {
        this.name = name;
        this.sql = new RegistrySql(config);
        this.queryTimeoutSeconds = config.queryTimeoutSeconds();
        this.pool = null;
        this.unusable = refusal;
    }

    /** A registry whose settings the server refuses (see {@link JdbcUrlPolicy}): no connection is ever made. */
    static RegistryDirectory refused(String name, RegistryConfig config, String refusal) {
        return new RegistryDirectory(name, config, refusal);
    }

    private static HikariConfig poolConfig(String name, RegistryConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("dk-registry-" + name.replaceAll("[^A-Za-z0-9_-]", "_"));
        hikari.setJdbcUrl(config.jdbcUrl());
        config.dbUser().ifPresent(hikari::setUsername);
        config.dbPassword().ifPresent(hikari::setPassword);
        config.driverClass().ifPresent(hikari::setDriverClassName);
        long connectMillis = config.connectTimeoutSeconds() * 1000L;
        hikari.setConnectionTimeout(connectMillis);
        hikari.setValidationTimeout(Math.min(connectMillis, 2000L));
        hikari.setMaximumPoolSize(config.maxPoolSize());
        hikari.setMinimumIdle(Math.min(2, config.maxPoolSize()));
        // Do not fail Keycloak's start or the admin console when the registry is down: report at use.
        hikari.setInitializationFailTimeout(-1);
        hikari.setReadOnly(true);
        hikari.setAutoCommit(true);
        if (config.jdbcUrl().startsWith("jdbc:postgresql:")) {
            hikari.addDataSourceProperty("connectTimeout", String.valueOf(config.connectTimeoutSeconds()));
            hikari.addDataSourceProperty("loginTimeout", String.valueOf(config.connectTimeoutSeconds()));
            hikari.addDataSourceProperty("socketTimeout", String.valueOf(config.queryTimeoutSeconds() + 1));
            hikari.addDataSourceProperty("ApplicationName", "keycloak-dk-registry");
            // Text parameters typed by the server from the column (CHAR, VARCHAR, TEXT alike), so a
            // CHAR(11) NISS column keeps its index instead of being cast to text for every row.
            hikari.addDataSourceProperty("stringtype", "unspecified");
        }
        return hikari;
    }

    /** Checks the table and every mapped column; the message says what is wrong. */
    public void probe() {
        run(connection -> {
            try (PreparedStatement statement = prepare(connection, sql.probe()); ResultSet rows = statement.executeQuery()) {
                rememberIdType(rows.getMetaData());
            }
            if (sql.hasCards()) {
                try (PreparedStatement statement = prepare(connection, sql.probeCards()); ResultSet ignored = statement.executeQuery()) {
                    return null;
                }
            }
            return null;
        });
    }

    public Optional<RegistryUser> findBy(Field field, String value) {
        if (value == null || value.isEmpty() || value.length() > 320 || !sql.maps(field)) {
            return Optional.empty();
        }
        if (field == Field.ID) {
            return findById(value);
        }
        return first(sql.byField(field), value);
    }

    public Optional<RegistryUser> findById(String id) {
        ensureProbed();
        Object key = idParameter(id);
        return key == null ? Optional.empty() : first(sql.byField(Field.ID), key);
    }

    public Optional<RegistryUser> findByCardNumber(String cardNumber) {
        if (!sql.hasCards() || cardNumber == null || cardNumber.isEmpty() || cardNumber.length() > 64) {
            return Optional.empty();
        }
        return first(sql.byCardNumber(), cardNumber);
    }

    public List<RegistryUser> search(String text, int first, int max) {
        List<Field> fields = sql.searchable();
        String pattern = RegistrySql.likePattern(text);
        List<Object> parameters = new ArrayList<>();
        fields.forEach(f -> parameters.add(pattern));
        parameters.add(first);
        parameters.add(max);
        return list(sql.search(fields), parameters.toArray());
    }

    public int countSearch(String text) {
        List<Field> fields = sql.searchable();
        String pattern = RegistrySql.likePattern(text);
        return count(sql.countSearch(fields), fields.stream().map(f -> (Object) pattern).toArray());
    }

    public List<RegistryUser> all(int first, int max) {
        return list(sql.all(), first, max);
    }

    public int count() {
        return count(sql.count());
    }

    /** A page of everyone in id order (full sync). */
    public List<RegistryUser> page(int offset, int limit) {
        return list(sql.allById(), offset, limit);
    }

    /** A page of the people changed after {@code since} (changed-users sync); empty without a last-change column. */
    public List<RegistryUser> changedSince(Timestamp since, int offset, int limit) {
        if (!sql.maps(Field.UPDATED_AT)) {
            return List.of();
        }
        return list(sql.changedSince(), since, offset, limit);
    }

    public boolean tracksChanges() {
        return sql.maps(Field.UPDATED_AT);
    }

    /** The subset of {@code ids} still present in the registry. */
    public Set<String> existing(List<String> ids) {
        ensureProbed();
        List<Object> keys = ids.stream().map(this::idParameter).filter(k -> k != null).map(k -> (Object) k).toList();
        if (keys.isEmpty()) {
            return Set.of();
        }
        return run(connection -> {
            Set<String> found = new HashSet<>();
            try (PreparedStatement statement = prepare(connection, sql.existingIds(keys.size()))) {
                bind(statement, keys.toArray());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
            }
            return found;
        });
    }

    private Optional<RegistryUser> first(String query, Object value) {
        List<RegistryUser> found = list(query, value);
        return found.stream().findFirst();
    }

    private List<RegistryUser> list(String query, Object... parameters) {
        ensureProbed();
        return run(connection -> {
            List<RegistryUser> people = new ArrayList<>();
            try (PreparedStatement statement = prepare(connection, query)) {
                bind(statement, parameters);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        people.add(read(rows));
                    }
                }
            }
            return sql.hasCards() && !people.isEmpty() ? withCards(connection, people) : people;
        });
    }

    private List<RegistryUser> withCards(Connection connection, List<RegistryUser> people) throws SQLException {
        Map<String, List<String>> cards = new LinkedHashMap<>();
        people.forEach(p -> cards.put(p.id(), new ArrayList<>()));
        Object[] keys = people.stream().map(p -> idParameter(p.id())).toArray();
        try (PreparedStatement statement = prepare(connection, sql.cardsOf(keys.length))) {
            bind(statement, keys);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    List<String> owned = cards.get(rows.getString(1));
                    if (owned != null && rows.getString(2) != null) {
                        owned.add(rows.getString(2).strip());
                    }
                }
            }
        }
        return people.stream().map(p -> p.withCards(cards.get(p.id()))).toList();
    }

    private int count(String query, Object... parameters) {
        return run(connection -> {
            try (PreparedStatement statement = prepare(connection, query)) {
                bind(statement, parameters);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? (int) Math.min(Integer.MAX_VALUE, rows.getLong(1)) : 0;
                }
            }
        });
    }

    private RegistryUser read(ResultSet rows) throws SQLException {
        Map<Field, Object> values = new LinkedHashMap<>();
        int index = 1;
        for (Field field : sql.selectedFields()) {
            values.put(field, field == Field.ENABLED ? (Object) rows.getBoolean(index) : rows.getString(index));
            index++;
        }
        boolean enabled = !values.containsKey(Field.ENABLED) || Boolean.TRUE.equals(values.get(Field.ENABLED));
        return new RegistryUser(text(values, Field.ID), text(values, Field.USERNAME), text(values, Field.EMAIL),
                text(values, Field.FIRST_NAME), text(values, Field.LAST_NAME), text(values, Field.NISS),
                text(values, Field.PHONE), text(values, Field.LOCALE), enabled, text(values, Field.PASSWORD), List.of());
    }

    private static String text(Map<Field, Object> values, Field field) {
        Object value = values.get(field);
        return value == null ? null : value.toString().strip();
    }

    private PreparedStatement prepare(Connection connection, String query) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(query);
        statement.setQueryTimeout(queryTimeoutSeconds);
        statement.setFetchSize(200);
        return statement;
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof Integer number) {
                statement.setInt(i + 1, number);
            } else if (value instanceof Long number) {
                statement.setLong(i + 1, number);
            } else if (value instanceof BigDecimal number) {
                statement.setBigDecimal(i + 1, number);
            } else if (value instanceof Timestamp time) {
                statement.setTimestamp(i + 1, time);
            } else {
                statement.setString(i + 1, (String) value);
            }
        }
    }

    /** The id column's type decides how ids are bound; learnt once from the probe. */
    private void ensureProbed() {
        if (numericIds == null) {
            probe();
        }
    }

    /** The id as the column's type wants it; {@code null} when it cannot be one (no query needed). */
    private Object idParameter(String id) {
        if (id == null || id.isEmpty() || id.length() > 255) {
            return null;
        }
        if (!Boolean.TRUE.equals(numericIds)) {
            return id;
        }
        try {
            BigDecimal number = new BigDecimal(id);
            // BIGINT/INTEGER columns compared with a NUMERIC parameter lose their index in PostgreSQL.
            return number.scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0 ? (Object) number.longValueExact() : number;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private void rememberIdType(ResultSetMetaData meta) throws SQLException {
        int type = meta.getColumnType(1);
        numericIds = type == Types.INTEGER || type == Types.BIGINT || type == Types.SMALLINT || type == Types.TINYINT
                || type == Types.NUMERIC || type == Types.DECIMAL;
    }

    @FunctionalInterface
    private interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private <T> T run(Work<T> work) {
        if (pool == null) {
            throw new RegistryUnavailableException("Registry '" + name + "' unusable: " + unusable, null);
        }
        try (Connection connection = pool.getConnection()) {
            try {
                connection.setNetworkTimeout(Runnable::run, (queryTimeoutSeconds + 1) * 1000);
            } catch (SQLFeatureNotSupportedException | UnsupportedOperationException e) {
                // embedded databases have no network to time out
            }
            return work.apply(connection);
        } catch (SQLTimeoutException e) {
            throw new RegistryUnavailableException("Registry '" + name + "' did not answer in time", e);
        } catch (SQLException e) {
            throw new RegistryUnavailableException("Registry '" + name + "' unavailable: " + describe(e), e);
        }
    }

    static String describe(SQLException e) {
        String state = e.getSQLState() == null ? "" : " (SQLState " + e.getSQLState() + ")";
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message) + state;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
