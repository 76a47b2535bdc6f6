package be.digitalkeys.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.component.ComponentModel;

class RegistrySqlTest {

    static ComponentModel model(Map<String, String> settings) {
        ComponentModel model = new ComponentModel();
        model.setName("test");
        settings.forEach(model::put);
        return model;
    }

    static Map<String, String> demoSettings(String url) {
        return Map.ofEntries(Map.entry(RegistryConfig.JDBC_URL, url), Map.entry(RegistryConfig.TABLE, "customer"),
                Map.entry("idColumn", "customer_id"), Map.entry("usernameColumn", "login"), Map.entry("emailColumn", "email"),
                Map.entry("firstNameColumn", "given_name"), Map.entry("lastNameColumn", "family_name"),
                Map.entry("nissColumn", "niss"), Map.entry("phoneColumn", "mobile"), Map.entry("localeColumn", "language"),
                Map.entry("enabledColumn", "active"), Map.entry("passwordColumn", "password_hash"),
                Map.entry("updatedAtColumn", "updated_at"), Map.entry(RegistryConfig.CARD_TABLE, "customer_card"),
                Map.entry(RegistryConfig.CARD_USER_COLUMN, "customer_id"), Map.entry(RegistryConfig.CARD_NUMBER_COLUMN, "card_number"));
    }

    @Test
    void likePattern_prefixByDefault_wildcardsAndQuotes() {
        assertEquals("luc%", RegistrySql.likePattern("Luc"));
        assertEquals("%bert%", RegistrySql.likePattern("*bert*"));
        assertEquals("luc.lambert@insurance.example", RegistrySql.likePattern("\"luc.lambert@insurance.example\""));
    }

    @Test
    void likePattern_escapesLikeMetacharacters() {
        assertEquals("100!%!_a!!b%", RegistrySql.likePattern("100%_a!b"));
        assertEquals("' or '1'='1%", RegistrySql.likePattern("' OR '1'='1"));
    }

    @Test
    void queries_useOnlyParametersForValues() {
        RegistrySql sql = new RegistrySql(new RegistryConfig(model(demoSettings("jdbc:h2:mem:x"))));
        assertEquals("SELECT p.customer_id, p.login, p.email, p.given_name, p.family_name, p.niss, p.mobile, p.language, p.active, "
                + "p.password_hash, p.updated_at FROM customer p WHERE LOWER(p.login) = LOWER(?)", sql.byField(RegistryConfig.Field.USERNAME));
        assertTrue(sql.byField(RegistryConfig.Field.NISS).endsWith("WHERE p.niss = ?"));
        assertTrue(sql.byCardNumber().endsWith("JOIN customer_card c ON c.customer_id = p.customer_id WHERE c.card_number = ?"));
        assertTrue(sql.search(sql.searchable()).endsWith("ORDER BY p.login OFFSET ? ROWS FETCH NEXT ? ROWS ONLY"));
        assertEquals(4, sql.searchable().size());
    }

    @Test
    void config_refusesInjectedIdentifiersAndMissingRequiredOnes() {
        Map<String, String> settings = new java.util.HashMap<>(demoSettings("jdbc:h2:mem:x"));
        settings.put(RegistryConfig.TABLE, "customer; DROP TABLE customer");
        settings.put("nissColumn", "niss) OR (1=1");
        settings.remove("usernameColumn");
        List<String> problems = new RegistryConfig(model(settings)).problems();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Person table must be a plain SQL name")));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Username column is required")));
    }

    @Test
    void config_defaultsAndBounds() {
        Map<String, String> settings = new java.util.HashMap<>(demoSettings("jdbc:postgresql://127.0.0.1/x"));
        RegistryConfig config = new RegistryConfig(model(settings));
        assertFalse(config.importMode());
        assertFalse(config.migratePasswords(), "migration needs import mode");
        assertEquals("org.postgresql.Driver", config.driverClass().orElseThrow());
        assertEquals(3, config.connectTimeoutSeconds());
        settings.put(RegistryConfig.MODE, RegistryConfig.MODE_IMPORT);
        settings.put(RegistryConfig.QUERY_TIMEOUT, "999");
        config = new RegistryConfig(model(settings));
        assertTrue(config.migratePasswords());
        assertEquals(5, config.queryTimeoutSeconds());
        assertEquals(List.of("Query timeout must be between 1 and 120."), config.problems());
    }
}
