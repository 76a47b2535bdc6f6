package be.digitalkeys.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class TenantTemplateTest {

    private final TenantTemplate template = TenantTemplate.load(null);

    static TenantOptions options(String name, String display, String languages, String methods) throws UsageException {
        return TenantOptions.parse(List.of("--render-only", "--name", name, "--display-name", display,
                "--languages", languages, "--methods", methods, "--theme", "digitalkeys-" + name));
    }

    @Test
    void theTemplate_offersTheSevenDigitalKeys() {
        assertEquals(List.of("eid", "app", "card-reader", "email-code", "app-code", "sms-code", "password-totp"), template.methods());
    }

    @Test
    void rendering_fillsEveryPlaceholder() throws UsageException {
        ObjectNode realm = template.render(options("acme", "ACME <services> & \"co\" {{name}}", "nl,de", "eid"));
        ObjectNode rest = realm.deepCopy();
        rest.remove(List.of("displayName", "displayNameHtml"));
        assertFalse(rest.toString().contains("{{"), "a placeholder is left");
        assertEquals("acme", realm.path("realm").asText());
        assertEquals("ACME <services> & \"co\" {{name}}", realm.path("displayName").asText());
        assertEquals("<span class=\"dk-brand\">ACME &lt;services&gt; &amp; &quot;co&quot; {{name}}</span>",
                realm.path("displayNameHtml").asText());
        assertEquals("[\"nl\",\"de\"]", realm.path("supportedLocales").toString());
        assertEquals("nl", realm.path("defaultLocale").asText());
        for (String theme : List.of("loginTheme", "accountTheme", "emailTheme")) {
            assertEquals("digitalkeys-acme", realm.path(theme).asText());
        }
        assertTrue(realm.path("internationalizationEnabled").asBoolean());
        assertTrue(realm.path("bruteForceProtected").asBoolean());
        assertEquals(5, realm.path("failureFactor").asInt());
        assertEquals("dk acme browser", realm.path("browserFlow").asText());
    }

    @Test
    void rendering_keepsOnlyTheEnabledKeys_theirConfigs_andTheRequiredActionsTheyNeed() throws UsageException {
        ObjectNode realm = template.render(options("acme", "ACME", "fr", "eid,app,email-code,sms-code"));
        assertEquals(List.of("dk acme browser", "dk acme keys", "dk levels of assurance", "dk key eid", "dk key app", "dk key email-code",
                "dk key sms-code", "dk acme reset credentials"), aliases(realm.path("authenticationFlows")));
        assertEquals("dk acme reset credentials", realm.path("resetCredentialsFlow").asText(), "no login after a reset (issue 22)");
        assertFalse(realm.path("resetPasswordAllowed").asBoolean(), "forgot password off unless the operator turns it on");
        assertEquals(List.of("dk-key-chooser", "dk key eid", "dk key app", "dk key email-code", "dk key sms-code", "dk levels of assurance"),
                executions(flow(realm, "dk acme keys")));
        assertEquals(Set.of("dk-key-eid", "dk-key-app", "dk-key-email-code", "dk-key-sms-code", "dk-eid", "dk-app",
                "dk-security-code-email", "dk-security-code-sms", "dk-reset-email-force-login",
                "dk-level-low", "dk-level-substantial", "dk-level-high",
                "dk-amr-dk-key-email-code-dk-username-password", "dk-amr-dk-key-sms-code-dk-username-password"),
                new TreeSet<>(aliases(realm.path("authenticatorConfig"))));
        List<String> actions = aliases(realm.path("requiredActions"));
        assertTrue(actions.containsAll(List.of("dk-app-enrol", "dk-activate-keys", "dk-password-setup")), actions.toString());
        assertFalse(actions.contains("dk-totp-setup"), "no key of this tenant uses an authenticator app");

        ObjectNode bank = template.render(options("bank2", "Bank", "fr", "card-reader"));
        assertEquals(List.of("dk-key-chooser", "dk key card-reader", "dk levels of assurance"), executions(flow(bank, "dk bank2 keys")));
        assertEquals(List.of("dk-condition-key", "dk-card-reader"), executions(flow(bank, "dk key card-reader")));
        assertFalse(aliases(bank.path("requiredActions")).contains("dk-password-setup"), "a card needs no password");
    }

    @Test
    void everyKey_isAConditionalSubflowWhoseConditionNamesIt() throws UsageException {
        ObjectNode realm = template.render(options("all", "All", "fr,nl,de,en", String.join(",", template.methods())));
        for (String method : template.methods()) {
            JsonNode subflow = flow(realm, "dk key " + method);
            JsonNode condition = subflow.path("authenticationExecutions").get(0);
            assertEquals("dk-condition-key", condition.path("authenticator").asText(), method);
            assertEquals(method, config(realm, condition.path("authenticatorConfig").asText()).path("key").asText());
        }
        // every config an execution names exists, and the other way round
        Set<String> named = new TreeSet<>();
        realm.path("authenticationFlows").forEach(f -> f.path("authenticationExecutions").forEach(e -> {
            if (e.has("authenticatorConfig")) {
                named.add(e.path("authenticatorConfig").asText());
            }
        }));
        assertEquals(named, new TreeSet<>(aliases(realm.path("authenticatorConfig"))));
    }

    @Test
    void everyKey_hasItsDefaultLevel_andTheRealmNamesTheLevels() throws UsageException {
        ObjectNode realm = template.render(options("all", "All", "fr", String.join(",", template.methods())));
        assertEquals("{\"http://eidas.europa.eu/LoA/low\":1,\"http://eidas.europa.eu/LoA/substantial\":2,\"http://eidas.europa.eu/LoA/high\":3}",
                realm.path("attributes").path("acr.loa.map").asText());
        java.util.Map<String, String> expected = java.util.Map.of("eid", "3", "app", "3", "card-reader", "2", "email-code", "1",
                "app-code", "2", "sms-code", "1", "password-totp", "2");
        for (String method : template.methods()) {
            assertEquals(expected.get(method), level(realm, method), method);
        }
        // Keycloak's single sign-on reads each level's max age from one condition per level, in a subflow that never runs.
        JsonNode table = flow(realm, "dk levels of assurance");
        List<String> maxAges = new ArrayList<>();
        table.path("authenticationExecutions").forEach(e -> {
            JsonNode c = config(realm, e.path("authenticatorConfig").asText());
            maxAges.add(c.path("loa-condition-level").asText() + "/" + c.path("loa-max-age").asText());
        });
        assertEquals(List.of("1/36000", "2/36000", "3/36000"), maxAges);
        JsonNode tableExecution = null;
        for (JsonNode e : flow(realm, "dk all keys").path("authenticationExecutions")) {
            if ("dk levels of assurance".equals(e.path("flowAlias").asText())) {
                tableExecution = e;
            }
        }
        assertEquals("DISABLED", tableExecution.path("requirement").asText());
    }

    @Test
    void levels_changeTheChosenKeysOnly() throws UsageException {
        ObjectNode realm = template.render(TenantOptions.parse(List.of("--render-only", "--name", "acme", "--display-name", "ACME",
                "--languages", "fr", "--methods", "eid,email-code,sms-code", "--levels", "email-code=substantial, eid=substantial")));
        assertEquals("2", level(realm, "email-code"));
        assertEquals("2", level(realm, "eid"));
        assertEquals("1", level(realm, "sms-code"), "a key without --levels keeps the template's level");
    }

    @Test
    void levels_areNamed_andOnlyForChosenKeys() {
        for (String[] bad : new String[][] {{"eid=top", "--levels: 'eid=top' is not KEY=LEVEL with LEVEL one of low, substantial, high"},
                {"eid", "--levels: 'eid' is not KEY=LEVEL with LEVEL one of low, substantial, high"},
                {"eid=high,eid=low", "--levels: 'eid' is given twice"},
                {"app=high", "--levels: 'app' is not one of --methods eid"}}) {
            assertEquals(bad[1], assertThrows(UsageException.class, () -> TenantOptions.parse(List.of("--render-only", "--name", "acme",
                    "--display-name", "ACME", "--languages", "fr", "--methods", "eid", "--levels", bad[0]))).getMessage(), bad[0]);
        }
    }

    private static String level(JsonNode realm, String method) {
        JsonNode condition = flow(realm, "dk key " + method).path("authenticationExecutions").get(0);
        return config(realm, condition.path("authenticatorConfig").asText()).path("level").asText();
    }

    @Test
    void anUnknownKey_isRefusedWithTheKnownOnes() {
        UsageException e = assertThrows(UsageException.class, () -> template.checkMethods(List.of("eid", "password")));
        assertEquals("--methods: unknown digital key 'password' (known: eid, app, card-reader, email-code, app-code, sms-code, "
                + "password-totp)", e.getMessage());
    }

    static List<String> aliases(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.path("alias").asText()));
        return list;
    }

    static List<String> executions(JsonNode flow) {
        List<String> list = new ArrayList<>();
        flow.path("authenticationExecutions").forEach(e -> list.add(e.has("flowAlias") ? e.path("flowAlias").asText() : e.path("authenticator").asText()));
        return list;
    }

    static JsonNode flow(JsonNode realm, String alias) {
        for (JsonNode f : realm.path("authenticationFlows")) {
            if (alias.equals(f.path("alias").asText())) {
                return f;
            }
        }
        throw new AssertionError("no flow " + alias);
    }

    static JsonNode config(JsonNode realm, String alias) {
        for (JsonNode c : realm.path("authenticatorConfig")) {
            if (alias.equals(c.path("alias").asText())) {
                return c.path("config");
            }
        }
        throw new AssertionError("no config " + alias);
    }
}
