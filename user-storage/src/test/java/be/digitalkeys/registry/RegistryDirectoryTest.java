package be.digitalkeys.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.digitalkeys.registry.RegistryConfig.Field;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The directory against a real (embedded H2) database loaded with the demo registry script. */
class RegistryDirectoryTest {

    private String url;
    private Connection keepAlive;
    private RegistryDirectory directory;

    @BeforeEach
    void load() throws Exception {
        url = "jdbc:h2:mem:registry" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        keepAlive = DriverManager.getConnection(url);
        Path script = Path.of("demo/insurance-registry.sql").toAbsolutePath();
        keepAlive.createStatement().execute("RUNSCRIPT FROM '" + script + "'");
        directory = new RegistryDirectory("test", new RegistryConfig(RegistrySqlTest.model(RegistrySqlTest.demoSettings(url))));
    }

    @AfterEach
    void close() throws Exception {
        directory.close();
        keepAlive.createStatement().execute("SHUTDOWN");
    }

    @Test
    void lookups_byEveryIdentifier() {
        RegistryUser luc = directory.findBy(Field.USERNAME, "LUC.Lambert@insurance.example").orElseThrow();
        assertEquals("1001", luc.id());
        assertEquals("Luc", luc.firstName());
        assertEquals(List.of("67031234000012341", "67039876500024689"), luc.cardNumbers());
        assertEquals("1001", directory.findBy(Field.NISS, "85073003328").orElseThrow().id());
        assertEquals("1001", directory.findBy(Field.PHONE, "+32470112233").orElseThrow().id());
        assertEquals("1002", directory.findByCardNumber("67035555012345675").orElseThrow().id());
        assertEquals("1003", directory.findById("1003").orElseThrow().id());
        assertFalse(directory.findById("not-a-number").isPresent());
        assertFalse(directory.findBy(Field.NISS, "85073003329").isPresent());
        assertFalse(directory.findBy(Field.USERNAME, "x".repeat(500)).isPresent());
        assertFalse(directory.findBy(Field.ID, "1004").orElseThrow().enabled());
    }

    @Test
    void search_pagesAndCounts() {
        assertEquals(4, directory.count());
        assertEquals(List.of("dieter.schmitz@insurance.example", "els.wouters@insurance.example"),
                directory.all(0, 2).stream().map(RegistryUser::username).toList());
        assertEquals(1, directory.search("els", 0, 10).size());
        assertEquals(4, directory.countSearch("*insurance*"));
        assertEquals(2, directory.search("*a*", 0, 2).size());
    }

    @Test
    void sqlMetacharacters_matchThemselvesAndChangeNothing() throws Exception {
        for (String hostile : List.of("' OR '1'='1", "%", "_", "luc%", "1001; DROP TABLE customer", "\" OR \"\"=\"", "*' --")) {
            assertTrue(directory.search(hostile, 0, 10).isEmpty(), hostile);
            assertFalse(directory.findBy(Field.USERNAME, hostile).isPresent(), hostile);
            assertFalse(directory.findBy(Field.NISS, hostile).isPresent(), hostile);
            assertFalse(directory.findByCardNumber(hostile).isPresent(), hostile);
            assertFalse(directory.findById(hostile).isPresent(), hostile);
        }
        try (ResultSet rows = keepAlive.createStatement().executeQuery("SELECT COUNT(*) FROM customer")) {
            rows.next();
            assertEquals(4, rows.getInt(1));
        }
    }

    @Test
    void wrongColumn_isNamedByTheProbe() {
        Map<String, String> settings = new HashMap<>(RegistrySqlTest.demoSettings(url));
        settings.put("nissColumn", "national_number");
        try (RegistryDirectory wrong = new RegistryDirectory("wrong", new RegistryConfig(RegistrySqlTest.model(settings)))) {
            RegistryUnavailableException e = assertThrows(RegistryUnavailableException.class, wrong::probe);
            assertTrue(e.getMessage().toUpperCase().contains("NATIONAL_NUMBER"), e.getMessage());
        }
    }

    @Test
    void unreachableDatabase_failsWithinTheConnectTimeout() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> settings = new HashMap<>(RegistrySqlTest.demoSettings("jdbc:postgresql://127.0.0.1:" + closedPort + "/registry"));
        settings.put(RegistryConfig.CONNECT_TIMEOUT, "2");
        try (RegistryDirectory down = new RegistryDirectory("down", new RegistryConfig(RegistrySqlTest.model(settings)))) {
            RegistryUnavailableException e = assertThrows(RegistryUnavailableException.class,
                    () -> down.findBy(Field.USERNAME, "luc.lambert@insurance.example"));
            assertTrue(e.getMessage().startsWith("Registry 'down' unavailable"), e.getMessage());
        }
    }

    @Test
    void changedSince_readsOnlyNewerRows() throws Exception {
        java.sql.Timestamp before = new java.sql.Timestamp(System.currentTimeMillis() + 60_000);
        keepAlive.createStatement().execute("UPDATE customer SET updated_at = DATEADD('MINUTE', 5, CURRENT_TIMESTAMP) WHERE customer_id = 1002");
        assertEquals(List.of("1002"), directory.changedSince(before, 0, 10).stream().map(RegistryUser::id).toList());
        assertEquals(java.util.Set.of("1001"), directory.existing(List.of("1001", "999", "abc")));
    }
}
