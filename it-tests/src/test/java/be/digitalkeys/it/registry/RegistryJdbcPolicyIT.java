package be.digitalkeys.it.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.PostgresRegistry;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.TestSettings;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attack tests (issue 22): a realm administrator saving a registry whose JDBC URL or driver would
 * run code or touch the server's files, through the admin REST API as the admin console does.
 * The server allows only the drivers its operator named (the harness names H2 and PostgreSQL).
 */
@ExtendWith(DigitalKeysExtension.class)
class RegistryJdbcPolicyIT {

    private static final PostgresRegistry REGISTRY = new PostgresRegistry("dk_it_policy");

    private final TestEnvironment env;

    RegistryJdbcPolicyIT(TestEnvironment env) {
        this.env = env;
    }

    @BeforeAll
    static void createRealm(TestEnvironment env) throws Exception {
        RegistryLab.createRealm(env);
    }

    @AfterAll
    static void removeRealm(TestEnvironment env) {
        env.realm(RegistryLab.REALM).remove();
    }

    @Test
    void h2InitWritingAServerFile_isRefused_andNoFileIsWritten() throws Exception {
        Path target = TestSettings.output().resolve("registry-attack-" + System.nanoTime() + ".csv").toAbsolutePath();
        String url = "jdbc:h2:mem:attack" + System.nanoTime() + ";INIT=CALL CSVWRITE('" + target + "', 'SELECT 1')";
        String error = refused("h2 init", url, null);
        assertFalse(Files.exists(target), "the INIT payload wrote " + target);
        assertTrue(error.contains("The JDBC URL option INIT is not allowed: it could run code or reach files on the server."), error);
    }

    @Test
    void aDriverTheOperatorDidNotAllow_isRefusedWithTheAllowedList() throws Exception {
        String error = refused("mariadb", "jdbc:mariadb://127.0.0.1:1/registry", "org.mariadb.jdbc.Driver");
        assertTrue(error.contains("The database driver org.mariadb.jdbc.Driver is not allowed for registries on this server. "
                + "Allowed: org.h2.Driver, org.postgresql.Driver."), error);
    }

    @Test
    void postgresClassLoadingOption_isRefused() throws Exception {
        String url = PostgresRegistry.url() + "?socketFactory=org.springframework.context.support.ClassPathXmlApplicationContext"
                + "&socketFactoryArg=http://127.0.0.1:1/x.xml";
        String error = refused("pg socketFactory", url, null);
        assertTrue(error.contains("The JDBC URL option socketFactory is not allowed"), error);
    }

    @Test
    void anAllowedDriverWithItsOwnScheme_isStillAccepted() throws Exception {
        REGISTRY.create();
        try (Response created = RegistryLab.addRegistry(env, "allowed", 5, RegistryLab.settings(REGISTRY, PostgresRegistry.url(), "read-only"))) {
            assertEquals(201, created.getStatus(), () -> created.readEntity(String.class));
        }
    }

    /** Saves a registry with the given URL (and driver); returns the admin console's error message. */
    private String refused(String name, String url, String driver) {
        Map<String, List<String>> settings = new HashMap<>(RegistryLab.settings(REGISTRY, url, "read-only"));
        if (driver != null) {
            settings.put("driverClass", List.of(driver));
        }
        try (Response response = RegistryLab.addRegistry(env, name, 9, settings)) {
            String body = response.readEntity(String.class);
            assertEquals(400, response.getStatus(), body);
            assertTrue(env.realm(RegistryLab.REALM).components().query(null, "org.keycloak.storage.UserStorageProvider").stream()
                    .noneMatch(c -> name.equals(c.getName())), "the refused registry was saved");
            return body;
        }
    }
}
