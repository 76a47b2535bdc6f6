package be.digitalkeys.it.support;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A registry in the real PostgreSQL server the build uses (see .ci/run): its own tables per test
 * class (prefix), with the indexes the README recommends, and helpers to add and change people.
 */
public final class PostgresRegistry {

    private final String prefix;

    public PostgresRegistry(String prefix) {
        this.prefix = prefix;
    }

    public static String url() {
        return TestSettings.required("dk.pg.url");
    }

    public static String user() {
        return TestSettings.required("dk.pg.user");
    }

    public static String password() {
        return TestSettings.required("dk.pg.password");
    }

    public static int port() {
        return URI.create(url().substring("jdbc:".length())).getPort();
    }

    public String table() {
        return prefix + "_customer";
    }

    public String cardTable() {
        return prefix + "_card";
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    /** Drops and creates the tables and indexes. */
    public void create() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + cardTable());
            s.execute("DROP TABLE IF EXISTS " + table());
            s.execute("CREATE TABLE " + table() + " (customer_id BIGINT PRIMARY KEY, login VARCHAR(100) NOT NULL, email VARCHAR(254), "
                    + "given_name VARCHAR(100), family_name VARCHAR(100), niss CHAR(11), mobile VARCHAR(20), language CHAR(2), "
                    + "active BOOLEAN NOT NULL DEFAULT TRUE, password_hash VARCHAR(200), updated_at TIMESTAMP NOT NULL DEFAULT now())");
            s.execute("CREATE UNIQUE INDEX " + table() + "_login ON " + table() + " (lower(login))");
            s.execute("CREATE INDEX " + table() + "_email ON " + table() + " (lower(email))");
            s.execute("CREATE UNIQUE INDEX " + table() + "_niss ON " + table() + " (niss)");
            s.execute("CREATE INDEX " + table() + "_mobile ON " + table() + " (mobile)");
            s.execute("CREATE INDEX " + table() + "_updated ON " + table() + " (updated_at)");
            s.execute("CREATE TABLE " + cardTable() + " (card_number CHAR(17) PRIMARY KEY, customer_id BIGINT NOT NULL REFERENCES "
                    + table() + " (customer_id))");
            s.execute("CREATE INDEX " + cardTable() + "_owner ON " + cardTable() + " (customer_id)");
        }
    }

    public void add(long id, String login, String givenName, String familyName, String niss, String mobile, String language,
                    boolean active, String passwordHash) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("INSERT INTO " + table()
                + " (customer_id, login, email, given_name, family_name, niss, mobile, language, active, password_hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, login);
            s.setString(3, login.contains("@") ? login : null);
            s.setString(4, givenName);
            s.setString(5, familyName);
            s.setString(6, niss);
            s.setString(7, mobile);
            s.setString(8, language);
            s.setBoolean(9, active);
            s.setString(10, passwordHash);
            s.executeUpdate();
        }
    }

    public void addCard(long id, String cardNumber) throws SQLException {
        execute("INSERT INTO " + cardTable() + " (card_number, customer_id) VALUES (?, ?)", cardNumber, id);
    }

    /** Changes a column and moves the row's last-change time forward, as the registry's application would. */
    public void change(long id, String column, String value) throws SQLException {
        execute("UPDATE " + table() + " SET " + column + " = ?, updated_at = now() + interval '1 second' WHERE customer_id = ?", value, id);
    }

    public void remove(long id) throws SQLException {
        execute("DELETE FROM " + cardTable() + " WHERE customer_id = ?", id);
        execute("DELETE FROM " + table() + " WHERE customer_id = ?", id);
    }

    /**
     * Loads {@code people} generated people with COPY (ids 1..n): login bench{i}@registry.example,
     * a valid national register number {@link #benchNiss(int)}, phone +3247{i}, one card {@link #benchCard(int)}.
     */
    public void bulkLoad(int people) throws Exception {
        StringBuilder customers = new StringBuilder();
        StringBuilder cards = new StringBuilder();
        for (int i = 1; i <= people; i++) {
            customers.append(i).append('\t').append("bench").append(i).append("@registry.example\t")
                    .append("bench").append(i).append("@registry.example\tFirst").append(i).append("\tLast").append(i).append('\t')
                    .append(benchNiss(i)).append("\t+3247").append(String.format("%07d", i)).append("\tfr\ttrue\t\\N\n");
            cards.append(benchCard(i)).append('\t').append(i).append('\n');
        }
        try (Connection c = connect()) {
            org.postgresql.copy.CopyManager copy = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
            copy.copyIn("COPY " + table() + " (customer_id, login, email, given_name, family_name, niss, mobile, language, active, password_hash) FROM STDIN",
                    new java.io.StringReader(customers.toString()));
            copy.copyIn("COPY " + cardTable() + " (card_number, customer_id) FROM STDIN", new java.io.StringReader(cards.toString()));
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE " + table());
                s.execute("ANALYZE " + cardTable());
            }
        }
    }

    /** A valid NISS for bench person i (born 1950-1999, check digits per the pre-2000 rule). */
    public static String benchNiss(int i) {
        String unique = String.format("%02d%02d%02d%03d", 50 + i % 50, 1 + i % 12, 1 + i % 28, (i / 1400) % 1000);
        long check = 97 - Long.parseLong(unique) % 97;
        return unique + String.format("%02d", check);
    }

    public static String benchCard(int i) {
        return "6703" + String.format("%013d", i);
    }

    public int count() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + table())) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private void execute(String sql, Object... values) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }
}
