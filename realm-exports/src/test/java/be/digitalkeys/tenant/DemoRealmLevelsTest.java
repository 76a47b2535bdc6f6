package be.digitalkeys.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The four demo realms as exported: the levels of assurance named alike, each digital key at its
 * level, each step naming its authentication method (amr), every client putting amr in its
 * tokens, and the services that ask for a level asking for it.
 */
class DemoRealmLevelsTest {

    static final String ACR_MAP = "{\"http://eidas.europa.eu/LoA/low\":1,\"http://eidas.europa.eu/LoA/substantial\":2,"
            + "\"http://eidas.europa.eu/LoA/high\":3}";
    static final List<String> REALMS = List.of("public-services", "titres-services", "bank", "insurance");

    private static JsonNode realm(String name) throws IOException {
        return new ObjectMapper().readTree(Files.readString(Path.of(name + "-realm.json")));
    }

    private static Map<String, JsonNode> configs(JsonNode realm) {
        Map<String, JsonNode> configs = new HashMap<>();
        realm.path("authenticatorConfig").forEach(c -> configs.put(c.path("alias").asText(), c.path("config")));
        return configs;
    }

    /** Level and max age of the level condition in a subflow, as "level/maxAge", or "" when it has none. */
    private static String levelOf(JsonNode realm, JsonNode flow) {
        for (JsonNode e : flow.path("authenticationExecutions")) {
            if ("conditional-level-of-authentication".equals(e.path("authenticator").asText())) {
                JsonNode config = configs(realm).get(e.path("authenticatorConfig").asText());
                return config.path("loa-condition-level").asText() + "/" + config.path("loa-max-age").asText();
            }
        }
        return "";
    }

    private static JsonNode flow(JsonNode realm, String alias) {
        for (JsonNode f : realm.path("authenticationFlows")) {
            if (alias.equals(f.path("alias").asText())) {
                return f;
            }
        }
        throw new AssertionError("no flow " + alias);
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode c : realm.path("clients")) {
            if (clientId.equals(c.path("clientId").asText())) {
                return c;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    @Test
    void everyRealm_namesTheLevels_andEveryClientPutsAmrInItsTokens() throws IOException {
        for (String name : REALMS) {
            JsonNode realm = realm(name);
            assertEquals(ACR_MAP, realm.path("attributes").path("acr.loa.map").asText(), name);
            for (JsonNode client : realm.path("clients")) {
                boolean amr = false;
                for (JsonNode mapper : client.path("protocolMappers")) {
                    amr |= "oidc-amr-mapper".equals(mapper.path("protocolMapper").asText())
                            && "true".equals(mapper.path("config").path("id.token.claim").asText())
                            && "true".equals(mapper.path("config").path("access.token.claim").asText());
                }
                assertTrue(amr, name + " " + client.path("clientId").asText() + " has the amr mapper");
            }
        }
    }

    /**
     * Binding a key never raises assurance: Keycloak's own authenticator-app set-up (CONFIGURE_TOTP)
     * binds without asking for any level, so it is off wherever a realm (or the tenant template)
     * could use an authenticator app; ours (dk-totp-setup) is the guarded one. Admin events are kept
     * with their details, where the bindings are recorded.
     */
    @Test
    void keycloaksUnguardedTotpSetUp_isOff_andAdminEventsAreKept() throws IOException {
        List<JsonNode> realms = new java.util.ArrayList<>();
        for (String name : REALMS) {
            realms.add(realm(name));
        }
        realms.add(new ObjectMapper().readTree(Files.readString(Path.of("tenant/tenant-template.json"))).path("realm"));
        for (JsonNode realm : realms) {
            boolean listed = false;
            for (JsonNode action : realm.path("requiredActions")) {
                if ("CONFIGURE_TOTP".equals(action.path("alias").asText())) {
                    listed = true;
                    assertEquals("false", action.path("enabled").asText(), realm.path("realm").asText());
                }
            }
            // Not listed: Keycloak would add it, enabled, at import.
            assertTrue(listed,
                    realm.path("realm").asText() + " lists CONFIGURE_TOTP (off); unlisted, Keycloak adds it enabled");
            assertTrue(realm.path("adminEventsEnabled").asBoolean() && realm.path("adminEventsDetailsEnabled").asBoolean(),
                    realm.path("realm").asText() + " keeps admin events with details");
        }
    }

    @Test
    void everyDigitalKey_hasItsLevel_andEveryStepItsMethod() throws IOException {
        Map<String, String> levels = Map.of("eid", "3", "app", "3", "app-code", "2", "email-code", "1", "sms-code", "1");
        for (String name : List.of("public-services", "titres-services")) {
            JsonNode realm = realm(name);
            Map<String, JsonNode> configs = configs(realm);
            int keys = 0;
            for (JsonNode f : realm.path("authenticationFlows")) {
                String alias = f.path("alias").asText();
                if (alias.startsWith("dk key ")) {
                    keys++;
                    JsonNode condition = f.path("authenticationExecutions").get(0);
                    assertEquals(levels.get(alias.substring("dk key ".length())),
                            configs.get(condition.path("authenticatorConfig").asText()).path("level").asText(), name + " " + alias);
                    for (JsonNode e : f.path("authenticationExecutions")) {
                        String authenticator = e.path("authenticator").asText();
                        if (!authenticator.startsWith("dk-condition") && !authenticator.startsWith("conditional-")) {
                            assertTrue(configs.get(e.path("authenticatorConfig").asText("")) != null
                                    && !configs.get(e.path("authenticatorConfig").asText()).path("default.reference.value").asText().isEmpty(),
                                    name + " " + alias + " " + authenticator + " names its method (amr)");
                        }
                    }
                }
            }
            assertTrue(keys >= 4, name + " has its keys");
            assertEquals("1/36000", levelOf(realm, flow(realm, "dk levels of assurance")).substring(0, 7), name);
        }
    }

    @Test
    void theServicesThatAskForALevel_askForIt() throws IOException {
        assertEquals("http://eidas.europa.eu/LoA/high",
                client(realm("public-services"), "tax-on-web").path("attributes").path("minimum.acr.value").asText());
        assertEquals("", client(realm("public-services"), "my-ebox").path("attributes").path("minimum.acr.value").asText(),
                "My e-Box takes every key");
        assertEquals("http://eidas.europa.eu/LoA/high",
                client(realm("bank"), "bank-payments").path("attributes").path("minimum.acr.value").asText());
        assertEquals("http://eidas.europa.eu/LoA/substantial",
                client(realm("insurance"), "accident-manager").path("attributes").path("minimum.acr.value").asText());
    }

    @Test
    void bank_logsInAtSubstantial_andSignsAtHigh_neverRemembered() throws IOException {
        JsonNode bank = realm("bank");
        assertEquals("2/36000", levelOf(bank, flow(bank, "dk bank login")));
        assertEquals("3/0", levelOf(bank, flow(bank, "dk bank signature")), "every payment signs again");
        assertEquals("dk-level-check", flow(bank, "dk bank forms").path("authenticationExecutions").get(0).path("authenticator").asText());
        JsonNode insurance = realm("insurance");
        assertEquals("2/36000", levelOf(insurance, flow(insurance, "dk insurer password and app code")));
    }
}
