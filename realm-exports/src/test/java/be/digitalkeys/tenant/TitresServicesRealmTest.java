package be.digitalkeys.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** titres-services-realm.json is the template's rendering for that tenant plus its own clients, users and organisation. */
class TitresServicesRealmTest {

    private final JsonNode realm = new ObjectMapper().readTree(Files.readString(Path.of("titres-services-realm.json")));

    TitresServicesRealmTest() throws IOException {
    }

    @Test
    void flowsConfigsRequiredActionsAndSettings_areTheTemplatesRendering() throws UsageException {
        ObjectNode rendered = TenantTemplate.load(null).render(TenantOptions.parse(List.of("--render-only",
                "--name", "titres-services", "--display-name", "Titres-services", "--languages", "fr,nl,de,en",
                "--theme", "digitalkeys-titres-services", "--methods", "eid,app,email-code,sms-code")));
        rendered.fieldNames().forEachRemaining(field -> assertEquals(rendered.get(field), realm.get(field), field));
    }

    @Test
    void noUsernameAndPasswordAlone_theChooserOffersEidAppAndSecurityCodes() {
        assertFalse(realm.toString().contains("auth-username-password-form"));
        List<String> keys = new java.util.ArrayList<>();
        realm.path("authenticatorConfig").forEach(c -> {
            if (c.path("config").has("key")) {
                keys.add(c.path("config").path("key").asText());
            }
        });
        assertEquals(List.of("eid", "app", "email-code", "sms-code"), keys);
    }

    @Test
    void theOrganisation_carriesAValidEnterpriseNumber_andTheRightItsCatalogue() {
        assertTrue(realm.path("organizationsEnabled").asBoolean());
        String kbo = realm.path("organizations").get(0).path("attributes").path("dk-kbo").get(0).asText();
        assertTrue(kbo.matches("[01]\\d{9}"), kbo);
        assertEquals(97 - Long.parseLong(kbo.substring(0, 8)) % 97, Long.parseLong(kbo.substring(8)), kbo);
        JsonNode right = realm.path("roles").path("client").path("titres-services-portal").get(0);
        assertEquals("TITRES-SERVICES POUR ENTREPRISES AGRÉÉES", right.path("name").asText());
        assertEquals("[\"true\"]", right.path("attributes").path("dk-right").toString());
    }

    @Test
    void demoUsers_haveValidNationalNumbers() {
        assertEquals(3, realm.path("users").size());
        realm.path("users").forEach(user -> {
            String niss = user.path("attributes").path("niss").get(0).asText();
            assertEquals(97 - Long.parseLong(niss.substring(0, 9)) % 97, Long.parseLong(niss.substring(9)), niss);
        });
    }
}
