package be.digitalkeys.organisation.jpa;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.keycloak.connections.jpa.util.JpaUtils;

import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * The databases the schema tests use: a fresh in-memory H2, and a fresh schema in the build's
 * PostgreSQL (dk.pg.url / dk.pg.user / dk.pg.password, as the registry tests). PostgreSQL being
 * down fails the test; only -Ddk.pg.skip=true skips it, and says so.
 */
public final class TestSchema {

    /** The changelog table Keycloak uses for our provider id. */
    public static final String CHANGELOG_TABLE = JpaUtils.getCustomChangelogTableName(OrganisationJpaEntityProviderFactory.PROVIDER_ID);

    private TestSchema() {
    }

    public static String newH2Url() {
        return "jdbc:h2:mem:dk-org-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    public static String pgUrl() {
        return System.getProperty("dk.pg.url", "jdbc:postgresql://127.0.0.1:5432/dk_registry");
    }

    public static Connection pg() throws SQLException {
        assumeFalse(Boolean.getBoolean("dk.pg.skip"), "PostgreSQL cases skipped on request (-Ddk.pg.skip=true)");
        try {
            return DriverManager.getConnection(pgUrl(), System.getProperty("dk.pg.user", "dk"),
                    System.getProperty("dk.pg.password", "dk-registry-test"));
        } catch (SQLException e) {
            throw new SQLException("PostgreSQL at " + pgUrl() + " is not reachable: start it (pg_ctlcluster 15 main start, or .ci/run)"
                    + " or skip these cases explicitly with -Ddk.pg.skip=true", e);
        }
    }

    /** Creates a fresh schema and points the connection at it; returns its name. */
    public static String freshPgSchema(Connection c) throws SQLException {
        String schema = "dk_org_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        c.setSchema(schema);
        return schema;
    }

    public static void dropPgSchema(Connection c, String schema) throws SQLException {
        c.setAutoCommit(true); // Liquibase leaves auto-commit off: a DROP would be rolled back on close
        try (Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    /** Applies our changelog the way Keycloak does (its own changelog table); schema may be null. */
    public static Liquibase liquibase(Connection c, String schema) throws Exception {
        Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
        if (schema != null) {
            db.setDefaultSchemaName(schema);
            db.setLiquibaseSchemaName(schema);
        }
        db.setDatabaseChangeLogTableName(CHANGELOG_TABLE);
        db.setDatabaseChangeLogLockTableName(CHANGELOG_TABLE + "LOCK");
        return new Liquibase(OrganisationJpaEntityProvider.CHANGELOG, new ClassLoaderResourceAccessor(), db);
    }

    @SuppressWarnings("deprecation")
    public static void migrate(Connection c, String schema) throws Exception {
        liquibase(c, schema).update("");
    }
}
