package be.digitalkeys.organisation.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The Liquibase changelog on H2 (what Keycloak's dev-mem/dev-file use) and on PostgreSQL. */
class OrganisationChangelogTest {

    private static final List<String> TABLES = List.of("DK_ORG_CONTEXT", "DK_ORG_GRANT", "DK_ORG_APPOINTMENT", "DK_ORG_HISTORY");

    /** Unique constraints: table → columns in order. */
    private static final Map<String, List<String>> UNIQUE = Map.of(
            "DK_ORG_CONTEXT", List.of("ORGANIZATION_ID", "KIND", "CODE"),
            "DK_ORG_GRANT", List.of("CONTEXT_ID", "USER_ID", "RIGHT_ROLE_ID"),
            "DK_ORG_APPOINTMENT", List.of("ORGANIZATION_ID", "USER_ID", "ROLE", "CONTEXT_ID"));

    /** Named indexes: name → table and columns. */
    private static final Map<String, List<String>> INDEXES = Map.of(
            "IDX_DK_ORG_CONTEXT_PARENT", List.of("DK_ORG_CONTEXT", "PARENT_ID"),
            "IDX_DK_ORG_GRANT_ORG_USER", List.of("DK_ORG_GRANT", "ORGANIZATION_ID", "USER_ID"),
            "IDX_DK_ORG_GRANT_REALM_USER", List.of("DK_ORG_GRANT", "REALM_ID", "USER_ID"),
            "IDX_DK_ORG_APPOINTMENT_CONTEXT", List.of("DK_ORG_APPOINTMENT", "CONTEXT_ID"),
            "IDX_DK_ORG_APPOINTMENT_REALM_USER", List.of("DK_ORG_APPOINTMENT", "REALM_ID", "USER_ID"),
            "IDX_DK_ORG_HISTORY_ORG_TIME", List.of("DK_ORG_HISTORY", "ORGANIZATION_ID", "OCCURRED_AT"),
            "IDX_DK_ORG_HISTORY_ORG_USER", List.of("DK_ORG_HISTORY", "ORGANIZATION_ID", "TARGET_USER_ID"));

    /** Foreign keys: table.column → referenced table. */
    private static final Map<String, String> FOREIGN_KEYS = Map.of(
            "DK_ORG_CONTEXT.PARENT_ID", "DK_ORG_CONTEXT",
            "DK_ORG_GRANT.CONTEXT_ID", "DK_ORG_CONTEXT",
            "DK_ORG_APPOINTMENT.CONTEXT_ID", "DK_ORG_CONTEXT");

    @Test
    void h2_schemaHasEveryTableUniqueConstraintIndexAndForeignKey_andASecondRunIsANoOp() throws Exception {
        try (Connection c = DriverManager.getConnection(TestSchema.newH2Url(), "sa", "")) {
            TestSchema.migrate(c, null);
            assertSchema(c, "PUBLIC");
            assertSecondRunIsANoOp(c, null);
        }
    }

    @Test
    void postgres_schemaHasEveryTableUniqueConstraintIndexAndForeignKey_andASecondRunIsANoOp() throws Exception {
        try (Connection c = TestSchema.pg()) {
            String schema = TestSchema.freshPgSchema(c);
            try {
                TestSchema.migrate(c, schema);
                assertSchema(c, schema);
                assertSecondRunIsANoOp(c, schema);
            } finally {
                TestSchema.dropPgSchema(c, schema);
            }
        }
    }

    private static void assertSchema(Connection c, String schema) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String table : TABLES) {
            String name = name(meta, table);
            try (ResultSet rows = meta.getTables(null, name(meta, schema), name, new String[] {"TABLE"})) {
                assertTrue(rows.next(), "table " + table);
            }
            Map<String, List<String>> indexColumns = new HashMap<>();
            Set<String> uniqueIndexes = new HashSet<>();
            try (ResultSet rows = meta.getIndexInfo(null, name(meta, schema), name, false, false)) {
                while (rows.next()) {
                    String index = rows.getString("INDEX_NAME");
                    if (index == null) {
                        continue;
                    }
                    index = index.toUpperCase(Locale.ROOT);
                    List<String> columns = indexColumns.computeIfAbsent(index, k -> new ArrayList<>());
                    int position = rows.getInt("ORDINAL_POSITION");
                    while (columns.size() < position) {
                        columns.add(null);
                    }
                    columns.set(position - 1, rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                    if (!rows.getBoolean("NON_UNIQUE")) {
                        uniqueIndexes.add(index);
                    }
                }
            }
            if (UNIQUE.containsKey(table)) {
                assertTrue(uniqueIndexes.stream().anyMatch(i -> indexColumns.get(i).equals(UNIQUE.get(table))),
                        "unique " + UNIQUE.get(table) + " on " + table + " in " + indexColumns);
            }
            INDEXES.forEach((index, spec) -> {
                if (spec.get(0).equals(table)) {
                    assertEquals(spec.subList(1, spec.size()), indexColumns.get(index), "index " + index + " in " + indexColumns);
                }
            });
            try (ResultSet rows = meta.getImportedKeys(null, name(meta, schema), name)) {
                Map<String, String> found = new HashMap<>();
                while (rows.next()) {
                    found.put(table + "." + rows.getString("FKCOLUMN_NAME").toUpperCase(Locale.ROOT),
                            rows.getString("PKTABLE_NAME").toUpperCase(Locale.ROOT));
                }
                FOREIGN_KEYS.forEach((column, referenced) -> {
                    if (column.startsWith(table + ".")) {
                        assertEquals(referenced, found.get(column), "foreign key " + column);
                    }
                });
            }
        }
    }

    private static void assertSecondRunIsANoOp(Connection c, String schema) throws Exception {
        int before = changeSetsRun(c);
        assertEquals(4, before);
        @SuppressWarnings("deprecation")
        int unrun = TestSchema.liquibase(c, schema).listUnrunChangeSets(null, null).size();
        assertEquals(0, unrun);
        TestSchema.migrate(c, schema);
        assertEquals(before, changeSetsRun(c));
    }

    private static int changeSetsRun(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + TestSchema.CHANGELOG_TABLE)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Identifiers as the database stores unquoted names (upper case on H2, lower case on PostgreSQL). */
    private static String name(DatabaseMetaData meta, String identifier) throws SQLException {
        return meta.storesLowerCaseIdentifiers() ? identifier.toLowerCase(Locale.ROOT) : identifier.toUpperCase(Locale.ROOT);
    }
}
