package be.digitalkeys.it.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.digitalkeys.it.pages.KeyChooserPage;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.tenant.TenantCommand;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.resource.AuthenticationManagementResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.openqa.selenium.By;

/**
 * The tenant command (realm-exports, run in-process as {@code java -jar digitalkeys-tenant.jar}
 * would) against the test Keycloak: a new tenant imported twice is the same realm, a third run
 * updates its name and languages, a new set of keys rebuilds the flow without duplicates, and the
 * login page shows the chooser with the tenant's keys in its default language. Also: the
 * titres-services demo realm, rendered from the same template, is imported and never asks for a
 * username and password alone.
 */
@ExtendWith(DigitalKeysExtension.class)
class TenantImportIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEYS = "eid,app,email-code,sms-code";

    private final TestEnvironment env;

    TenantImportIT(TestEnvironment env) {
        this.env = env;
    }

    @Test
    void importedTwice_isTheSameRealm_andAThirdRunUpdatesNameAndLanguages() throws Exception {
        String name = tenant();
        Run first = run(name, "ACME services", "fr,nl", KEYS);
        assertEquals(0, first.exit, first.text());
        assertTrue(first.out.contains("Result: created"), first.text());
        JsonNode before = snapshot(name);

        Run second = run(name, "ACME services", "fr,nl", KEYS);
        assertEquals(0, second.exit, second.text());
        assertTrue(second.out.contains("Result: unchanged"), second.text());
        assertFalse(second.out.contains("created ") || second.out.contains("updated "), second.text());
        JsonNode after = snapshot(name);
        for (String part : List.of("partialExport", "flows", "executions", "configs", "requiredActions", "clients")) {
            assertEquals(before.get(part), after.get(part), part + " changed on a second run with the same options");
        }
        assertNoDuplicates(after.path("partialExport"));
        assertEquals(List.of("eid", "app", "email-code", "sms-code"), chooserKeys(after.path("executions")));

        Run third = run(name, "ACME diensten", "nl,de", KEYS, "--default-language", "de");
        assertEquals(0, third.exit, third.text());
        assertTrue(third.out.contains("Result: updated"), third.text());
        assertTrue(third.out.contains("realm settings: displayName, displayNameHtml, supportedLocales, defaultLocale"), third.text());
        RealmRepresentation realm = env.realm(name).toRepresentation();
        assertEquals("ACME diensten", realm.getDisplayName());
        assertEquals(new HashSet<>(List.of("nl", "de")), realm.getSupportedLocales());
        assertEquals("de", realm.getDefaultLocale());
        JsonNode updated = snapshot(name);
        for (String part : List.of("flows", "executions", "configs", "requiredActions", "clients")) {
            assertEquals(before.get(part), updated.get(part), part + " changed although only name and languages did");
        }
    }

    @Test
    void otherKeys_rebuildTheFlowTree_withoutDuplicates_andARerunIsUnchanged() throws Exception {
        String name = tenant();
        assertEquals(0, run(name, "Bank and insurer", "fr", KEYS).exit);
        Run changed = run(name, "Bank and insurer", "fr", "card-reader,password-totp,eid");
        assertEquals(0, changed.exit, changed.text());
        assertTrue(changed.out.contains("rebuilt (added [dk key card-reader, dk key password-totp] removed [dk key app, "
                + "dk key email-code, dk key sms-code])"), changed.text());
        assertTrue(changed.out.contains("created    required action dk-totp-setup"), changed.text());
        JsonNode after = snapshot(name);
        assertNoDuplicates(after.path("partialExport"));
        List<String> flows = aliases(after.path("partialExport").path("authenticationFlows"));
        assertFalse(flows.contains("dk key app") || flows.contains("dk key email-code"), "dropped keys leave no flow: " + flows);
        assertEquals(List.of("eid", "card-reader", "password-totp"), chooserKeys(after.path("executions")));
        assertEquals("dk " + name + " browser", env.realm(name).toRepresentation().getBrowserFlow());

        Run again = run(name, "Bank and insurer", "fr", "card-reader,password-totp,eid");
        assertTrue(again.out.contains("Result: unchanged"), again.text());
        assertEquals(after, snapshot(name));
    }

    @Test
    void levels_areSetAtCreation_andChangedOnAnExistingTenant_onlyForTheKeysGiven() throws Exception {
        String name = tenant();
        Run first = run(name, "Levels", "fr", KEYS, "--levels", "sms-code=substantial");
        assertEquals(0, first.exit, first.text());
        assertEquals("2", keyLevel(name, "sms-code"));
        assertEquals("1", keyLevel(name, "email-code"), "the template's level");
        assertEquals("3", keyLevel(name, "eid"));

        Run raised = run(name, "Levels", "fr", KEYS, "--levels", "email-code=substantial,sms-code=substantial");
        assertEquals(0, raised.exit, raised.text());
        assertTrue(raised.out.contains("authenticator config dk-key-email-code: level 2 (--levels)"), raised.text());
        assertFalse(raised.out.contains("dk-key-sms-code: level"), "already at its level: " + raised.text());
        assertEquals("2", keyLevel(name, "email-code"));
        assertEquals("email-code", keyConfig(name, "email-code").path("key").asText(), "the rest of the config is kept");

        Run again = run(name, "Levels", "fr", KEYS, "--levels", "email-code=substantial,sms-code=substantial");
        assertTrue(again.out.contains("Result: unchanged"), again.text());
        Run withoutLevels = run(name, "Levels", "fr", KEYS);
        assertTrue(withoutLevels.out.contains("authenticator config dk-key-email-code differs from the template: kept as changed on the server"),
                "without --levels a level set before is kept and reported: " + withoutLevels.text());
        assertEquals("2", keyLevel(name, "email-code"));
    }

    private JsonNode keyConfig(String realm, String key) {
        var flows = env.realm(realm).flows();
        for (var execution : flows.getExecutions("dk key " + key)) {
            if ("dk-condition-key".equals(execution.getProviderId())) {
                return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(
                        flows.getAuthenticatorConfig(execution.getAuthenticationConfig()).getConfig());
            }
        }
        throw new AssertionError("no key condition in dk key " + key);
    }

    private String keyLevel(String realm, String key) {
        return keyConfig(realm, key).path("level").asText();
    }

    @Test
    void loginPage_showsTheChooserWithTheTenantsKeys_inItsDefaultLanguage() throws Exception {
        String name = tenant();
        assertEquals(0, run(name, "Stad Gent", "nl,fr", KEYS).exit);
        try (Browser browser = Browser.open("de")) {   // not a language of the tenant: its default applies
            KeyChooserPage chooser = KeyChooserPage.open(browser, env.baseUrl(), name);
            assertEquals(List.of("eid", "app", "email-code", "sms-code"), chooser.keys());
            assertEquals("nl", chooser.language());
            browser.screenshot("tenant-nl-chooser");
        }
    }

    @Test
    void wrongOptionsOrPassword_exitWithTheirCode_andCreateNothing() throws Exception {
        String name = tenant();
        Run unknown = run(name, "X", "fr,es", KEYS);
        assertEquals(TenantCommand.EXIT_USAGE, unknown.exit);
        assertTrue(unknown.err.contains("unknown language 'es'"), unknown.text());
        Run wrongPassword = command(List.of("--server", env.baseUrl(), "--name", name, "--display-name", "X",
                "--languages", "fr", "--methods", "eid", "--admin-user", env.keycloak().adminUser()), Map.of("KC_ADMIN_PASSWORD", "wrong"));
        assertEquals(TenantCommand.EXIT_SERVER, wrongPassword.exit);
        assertTrue(wrongPassword.err.contains("cannot log in"), wrongPassword.text());
        assertFalse(env.admin().realms().findAll().stream().anyMatch(r -> name.equals(r.getRealm())));
    }

    @Test
    void titresServices_isImported_withItsOrganisation_andAsksNoUsernameAndPasswordAlone() throws Exception {
        RealmResource realm = env.realm("titres-services");
        RealmRepresentation rep = realm.toRepresentation();
        assertEquals("Titres-services", rep.getDisplayName());
        assertTrue(rep.isOrganizationsEnabled());
        OrganizationRepresentation organisation = realm.organizations().getAll().stream()
                .filter(o -> "aide-menagere-bruxelles".equals(o.getAlias())).findFirst().orElseThrow();
        assertEquals(List.of("0812345603"), realm.organizations().get(organisation.getId()).toRepresentation().getAttributes().get("dk-kbo"));
        List<AuthenticationExecutionInfoRepresentation> executions = realm.flows().getExecutions(rep.getBrowserFlow());
        assertTrue(executions.stream().noneMatch(e -> "auth-username-password-form".equals(e.getProviderId())));
        try (Browser browser = Browser.open("fr")) {
            KeyChooserPage chooser = KeyChooserPage.open(browser, env.baseUrl(), "titres-services");
            assertEquals(List.of("eid", "app", "email-code", "sms-code"), chooser.keys());
            assertTrue(browser.driver().findElements(By.id("password")).isEmpty(), "no password on the first page");
            browser.screenshot("titres-services-fr-chooser");
        }
    }

    /**
     * Everything the command manages, as the admin API gives it: the partial export (flows,
     * executions, configs, required actions, clients, roles, with their ids) and the individual
     * endpoints. Nothing is left out: a run that writes nothing leaves every id and value in place.
     */
    private JsonNode snapshot(String name) {
        RealmResource realm = env.realm(name);
        AuthenticationManagementResource flows = realm.flows();
        ObjectNode snapshot = JSON.createObjectNode();
        snapshot.set("partialExport", JSON.valueToTree(realm.partialExport(true, true)));
        snapshot.set("flows", JSON.valueToTree(flows.getFlows()));
        String browserFlow = realm.toRepresentation().getBrowserFlow();
        List<AuthenticationExecutionInfoRepresentation> executions = flows.getExecutions(browserFlow);
        snapshot.set("executions", JSON.valueToTree(executions));
        ObjectNode configs = snapshot.putObject("configs");
        executions.stream().filter(e -> e.getAuthenticationConfig() != null)
                .forEach(e -> configs.set(e.getAuthenticationConfig(), JSON.valueToTree(flows.getAuthenticatorConfig(e.getAuthenticationConfig()))));
        snapshot.set("requiredActions", JSON.valueToTree(flows.getRequiredActions()));
        snapshot.set("clients", JSON.valueToTree(realm.clients().findAll()));
        return snapshot;
    }

    private static void assertNoDuplicates(JsonNode export) {
        for (String collection : List.of("authenticationFlows", "authenticatorConfig", "requiredActions")) {
            List<String> aliases = aliases(export.path(collection));
            assertEquals(aliases.size(), new HashSet<>(aliases).size(), collection + " has a duplicate alias: " + aliases);
        }
    }

    private static List<String> aliases(JsonNode array) {
        List<String> aliases = new ArrayList<>();
        array.forEach(n -> aliases.add(n.path("alias").asText()));
        return aliases;
    }

    /** The key ids of the chooser's subflows, in flow order (from the condition configs' aliases dk-key-*). */
    private static List<String> chooserKeys(JsonNode executions) {
        List<String> keys = new ArrayList<>();
        executions.forEach(e -> {
            if ("dk-condition-key".equals(e.path("providerId").asText())) {
                keys.add(e.path("alias").asText().substring("dk-key-".length()));
            }
        });
        return keys;
    }

    private String tenant() {
        return "tenant-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Run run(String name, String displayName, String languages, String methods, String... extra) {
        List<String> args = new ArrayList<>(List.of("--server", env.baseUrl(), "--admin-user", env.keycloak().adminUser(),
                "--name", name, "--display-name", displayName, "--languages", languages, "--methods", methods));
        args.addAll(List.of(extra));
        return command(args, Map.of("KC_ADMIN_PASSWORD", env.keycloak().adminPassword()));
    }

    private static Run command(List<String> args, Map<String, String> environment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = TenantCommand.run(args, environment, InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {
        String text() {
            return "exit " + exit + "\n" + out + err;
        }
    }
}
