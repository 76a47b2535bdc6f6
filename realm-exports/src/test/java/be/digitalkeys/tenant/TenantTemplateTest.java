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
        assertEquals(List.of("dk acme browser", "dk acme keys", "dk key eid", "dk key app", "dk key email-code", "dk key sms-code",
                "dk acme reset credentials"), aliases(realm.path("authenticationFlows")));
        assertEquals("dk acme reset credentials", realm.path("resetCredentialsFlow").asText(), "no login after a reset (issue 22)");
        assertFalse(realm.path("resetPasswordAllowed").asBoolean(), "forgot password off unless the operator turns it on");
        assertEquals(List.of("dk-key-chooser", "dk key eid", "dk key app", "dk key email-code", "dk key sms-code"),
                executions(flow(realm, "dk acme keys")));
        assertEquals(Set.of("dk-key-eid", "dk-key-app", "dk-key-email-code", "dk-key-sms-code", "dk-eid", "dk-app",
                "dk-security-code-email", "dk-security-code-sms", "dk-reset-email-force-login"), new TreeSet<>(aliases(realm.path("authenticatorConfig"))));
        List<String> actions = aliases(realm.path("requiredActions"));
        assertTrue(actions.containsAll(List.of("dk-app-enrol", "dk-activate-keys", "dk-password-setup")), actions.toString());
        assertFalse(actions.contains("dk-totp-setup"), "no key of this tenant uses an authenticator app");

        ObjectNode bank = template.render(options("bank2", "Bank", "fr", "card-reader"));
        assertEquals(List.of("dk-key-chooser", "dk key card-reader"), executions(flow(bank, "dk bank2 keys")));
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
