package be.digitalkeys.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TenantOptionsTest {

    private static List<String> args(String... extra) {
        List<String> args = new ArrayList<>(List.of("--server", "http://localhost:8080/", "--name", "acme",
                "--display-name", " ACME services ", "--languages", "fr,nl", "--methods", "eid,app"));
        args.addAll(Arrays.asList(extra));
        return args;
    }

    private static String refused(String... extra) {
        return assertThrows(UsageException.class, () -> TenantOptions.parse(args(extra))).getMessage();
    }

    @Test
    void validOptions_getTheirDefaults() throws UsageException {
        TenantOptions options = TenantOptions.parse(args());
        assertEquals("http://localhost:8080", options.server);
        assertEquals("ACME services", options.displayName());
        assertEquals(List.of("fr", "nl"), options.languages());
        assertEquals("fr", options.defaultLanguage(), "the first language");
        assertEquals("digitalkeys", options.theme());
        assertEquals(List.of("eid", "app"), options.methods());
        assertEquals("admin", options.adminUser);
        assertEquals(TenantOptions.DEFAULT_PASSWORD_ENV, options.passwordEnv);
    }

    @Test
    void realmNames_followThePattern() {
        for (String bad : List.of("ACME", "a", "1acme", "acme-", "ac me", "acme_1", "master", "é", "a".repeat(41))) {
            assertTrue(refused("--name", bad).contains("--name"), bad);
        }
        assertEquals("titres-services", assertDoesNotThrow("--name", "titres-services").name());
    }

    @Test
    void languages_areKnown_once_andTheDefaultIsOneOfThem() {
        assertEquals("--languages: unknown language 'es' (known: fr, nl, de, en)", refused("--languages", "fr,es"));
        assertEquals("--languages: 'fr' is given twice", refused("--languages", "fr,nl,fr"));
        assertEquals("--languages needs at least one of fr, nl, de, en", refused("--languages", ","));
        assertEquals("--default-language 'de' is not one of --languages fr,nl", refused("--default-language", "de"));
        assertEquals("nl", assertDoesNotThrow("--default-language", "nl").defaultLanguage());
    }

    @Test
    void methods_areGivenOnceEach() {
        assertEquals("--methods needs at least one digital key, each once", refused("--methods", "eid,eid"));
    }

    @Test
    void aPasswordOnTheCommandLine_isRefused() {
        assertTrue(refused("--admin-password", "secret").startsWith("never give a password on the command line"));
    }

    @Test
    void thePassword_comesFromTheNamedVariable() throws UsageException {
        TenantOptions options = TenantOptions.parse(args("--admin-password-env", "MY_PW"));
        assertEquals("s3cret", options.passwordFrom(Map.of("MY_PW", "s3cret")));
        assertEquals("the environment variable MY_PW holding the admin password is not set (or use --admin-password-stdin)",
                assertThrows(UsageException.class, () -> options.passwordFrom(Map.of())).getMessage());
        assertTrue(refused("--admin-password-env", "X", "--admin-password-stdin").contains("not both"));
    }

    @Test
    void serverAndTheme_areChecked() {
        assertTrue(refused("--server", "localhost:8080").contains("http:// or https://"));
        assertTrue(refused("--theme", "../etc").contains("--theme"));
        assertEquals("--name needs a value", assertThrows(UsageException.class,
                () -> TenantOptions.parse(List.of("--name"))).getMessage());
        assertEquals("unknown option --colour (see --help)", refused("--colour", "blue"));
        assertEquals("--server is required (see --help)", assertThrows(UsageException.class, () -> TenantOptions.parse(
                List.of("--name", "acme", "--display-name", "A", "--languages", "fr", "--methods", "eid"))).getMessage());
    }

    @Test
    void renderOnly_needsNoServer() throws UsageException {
        TenantOptions options = TenantOptions.parse(List.of("--render-only", "--name", "acme", "--display-name", "A",
                "--languages", "fr", "--methods", "eid"));
        assertTrue(options.renderOnly);
    }

    private static TenantOptions assertDoesNotThrow(String... extra) {
        return org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> TenantOptions.parse(args(extra)));
    }
}
