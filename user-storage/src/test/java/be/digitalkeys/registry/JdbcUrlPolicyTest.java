package be.digitalkeys.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import be.digitalkeys.registry.JdbcUrlPolicy.Refusal;
import org.junit.jupiter.api.Test;

class JdbcUrlPolicyTest {

    private final JdbcUrlPolicy both = JdbcUrlPolicy.allowing(List.of("org.postgresql.Driver", " org.h2.Driver "));

    private Refusal refusal(JdbcUrlPolicy policy, String driver, String url) {
        return assertThrows(JdbcUrlPolicy.RefusedException.class, () -> policy.check(Optional.ofNullable(driver), url)).reason();
    }

    @Test
    void theDemoAndTestUrls_areAccepted() {
        assertDoesNotThrow(() -> both.check(Optional.of("org.h2.Driver"), "jdbc:h2:file:/srv/run/registry/insurance"));
        assertDoesNotThrow(() -> both.check(Optional.of("org.postgresql.Driver"), "jdbc:postgresql://127.0.0.1:5432/dk_registry"));
        assertDoesNotThrow(() -> both.check(Optional.of("org.postgresql.Driver"),
                "jdbc:postgresql://postgres:5432/registry?currentSchema=registry&user=keycloak&password=a=b&sslmode=require"));
        assertDoesNotThrow(() -> both.check(Optional.of("org.h2.Driver"), "jdbc:h2:mem:x;DB_CLOSE_DELAY=-1;mode=PostgreSQL"));
    }

    @Test
    void h2InitAndOtherSettings_areRefused() {
        assertEquals(Refusal.URL_OPTION, refusal(both, "org.h2.Driver", "jdbc:h2:mem:x;INIT=RUNSCRIPT FROM '/etc/passwd'"));
        assertEquals(Refusal.URL_OPTION, refusal(both, "org.h2.Driver", "jdbc:h2:mem:x;DB_CLOSE_DELAY=-1;init=CALL 1"));
        assertEquals(Refusal.URL_OPTION, refusal(both, "org.h2.Driver", "jdbc:h2:mem:x;MODE=x\\;INIT=CALL 1"));
        assertEquals(Refusal.URL_OPTION, refusal(both, "org.h2.Driver", "jdbc:h2:file:/tmp/x; INIT =CALL 1"));
        assertEquals(Refusal.URL_OPTION, refusal(both, "org.h2.Driver", "jdbc:h2:file:/tmp/x;TRACE_LEVEL_FILE=4"));
        assertEquals(Refusal.URL_OPTION, refusal(both, "org.h2.Driver", "jdbc:h2:file:/tmp/x;AUTO_SERVER=TRUE"));
        assertEquals(Refusal.URL_OPTION, refusal(both, "org.h2.Driver", "jdbc:h2:zip:/tmp/a.zip!/db"));
    }

    @Test
    void postgresClassLoadingAndFileOptions_areRefused() {
        for (String option : List.of("socketFactory=x.Y", "sslfactory=x.Y", "loggerFile=/tmp/x", "sslhostnameverifier=x.Y",
                "authenticationPluginClassName=x.Y", "sslpasswordcallback=x.Y", "socket%46actory=x.Y", "service=x")) {
            assertEquals(Refusal.URL_OPTION, refusal(both, "org.postgresql.Driver", "jdbc:postgresql://h/db?ssl=true&" + option), option);
        }
    }

    @Test
    void driversAndSchemesOutsideTheList_areRefused() {
        JdbcUrlPolicy postgresOnly = JdbcUrlPolicy.allowing(List.of("org.postgresql.Driver"));
        assertEquals(Refusal.DRIVER_NOT_ALLOWED, refusal(postgresOnly, "org.h2.Driver", "jdbc:h2:mem:x"));
        assertEquals(Refusal.DRIVER_NOT_ALLOWED, refusal(both, "com.example.EvilDriver", "jdbc:postgresql://h/db"));
        assertEquals(Refusal.DRIVER_NOT_ALLOWED, refusal(both, null, "jdbc:sqlite:/tmp/x"));
        assertEquals(Refusal.URL_SCHEME, refusal(both, "org.h2.Driver", "jdbc:postgresql://h/db"));
        assertEquals(Refusal.URL_SCHEME, refusal(both, "org.postgresql.Driver", "jdbc:h2:mem:x;INIT=CALL 1"));
    }

    @Test
    void nothingConfigured_refusesEverything() {
        assertEquals(Refusal.NO_DRIVER_ALLOWED, refusal(JdbcUrlPolicy.allowing(List.of()), "org.h2.Driver", "jdbc:h2:mem:x"));
        JdbcUrlPolicy unvettedOnly = JdbcUrlPolicy.allowing(List.of("com.mysql.cj.jdbc.Driver"));
        assertEquals(Refusal.NO_DRIVER_ALLOWED, refusal(unvettedOnly, "com.mysql.cj.jdbc.Driver", "jdbc:mysql://h/db"));
        assertEquals(List.of("com.mysql.cj.jdbc.Driver"), JdbcUrlPolicy.unvetted(List.of("org.h2.Driver", "com.mysql.cj.jdbc.Driver")));
    }

    @Test
    void theRefusalNamesTheOptionAndNeverTheValue() {
        JdbcUrlPolicy.RefusedException refused = assertThrows(JdbcUrlPolicy.RefusedException.class,
                () -> both.check(Optional.of("org.postgresql.Driver"), "jdbc:postgresql://h/db?password=secret&loggerFile=/tmp/x"));
        assertEquals("loggerFile", refused.parameters()[0]);
        assertArrayEquals(new Object[] {"com.example.Evil", "org.postgresql.Driver, org.h2.Driver"},
                assertThrows(JdbcUrlPolicy.RefusedException.class,
                        () -> both.check(Optional.of("com.example.Evil"), "jdbc:postgresql://h/db")).parameters());
    }
}
