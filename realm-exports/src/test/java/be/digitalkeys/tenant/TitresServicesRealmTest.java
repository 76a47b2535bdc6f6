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

/**
 * titres-services-realm.json is the template's rendering for that tenant plus its specifics: its
 * clients (the portal with the dk-org-context-mapper, the access management page), users (one of
 * them the registry's legal representative of the demo company) and organisation, and the
 * organisation context step after the identification in the browser flow.
 */
class TitresServicesRealmTest {

    /**
     * The export as Keycloak imports it: the import fills in {@code ${DK_MAILBOX_PORT:8025}} (the demo
     * SMS go to the mailbox on run.sh's port), which the template, posted by the tenant command to a
     * running server, writes as the default port.
     */
    private final JsonNode realm = new ObjectMapper().readTree(Files.readString(Path.of("titres-services-realm.json"))
            .replace("${DK_MAILBOX_PORT:8025}", "8025"));

    TitresServicesRealmTest() throws IOException {
    }

    @Test
    void flowsConfigsRequiredActionsAndSettings_areTheTemplatesRendering() throws UsageException {
        ObjectNode rendered = TenantTemplate.load(null).render(TenantOptions.parse(List.of("--render-only",
                "--name", "titres-services", "--display-name", "Titres-services", "--languages", "fr,nl,de,en",
                "--theme", "digitalkeys-titres-services", "--methods", "eid,app,email-code,sms-code")));
        withOrganisationContextStep(rendered);
        // The demo realm's own attributes (the lab opt-in, registration office settings) come on top of the template's.
        ObjectNode attributes = (ObjectNode) realm.get("attributes").deepCopy();
        List<String> templateAttributes = new java.util.ArrayList<>();
        rendered.get("attributes").fieldNames().forEachRemaining(templateAttributes::add);
        attributes.retain(templateAttributes);
        assertEquals(rendered.get("attributes"), attributes, "attributes (the levels of assurance named alike)");
        rendered.remove("attributes");
        rendered.fieldNames().forEachRemaining(field -> assertEquals(rendered.get(field), realm.get(field), field));
    }

    /**
     * The specific of the flows: the template's browser flow becomes the sub-flow
     * "dk titres-services identify" (REQUIRED), followed by dk-org-context (REQUIRED, requireRight
     * off: the management page's client has no rights, and the portal refuses a token without dk_org).
     */
    private static void withOrganisationContextStep(ObjectNode rendered) {
        ObjectMapper json = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ArrayNode flows = (com.fasterxml.jackson.databind.node.ArrayNode) rendered.get("authenticationFlows");
        for (int i = 0; i < flows.size(); i++) {
            ObjectNode flow = (ObjectNode) flows.get(i);
            if ("dk titres-services browser".equals(flow.path("alias").asText())) {
                ObjectNode identify = json.createObjectNode().put("alias", "dk titres-services identify")
                        .put("description", flow.path("description").asText()).put("providerId", "basic-flow")
                        .put("topLevel", false).put("builtIn", false);
                identify.set("authenticationExecutions", flow.get("authenticationExecutions"));
                flow.put("description", "Identification (single sign-on or a digital key), then the organisation context");
                com.fasterxml.jackson.databind.node.ArrayNode executions = json.createArrayNode();
                executions.addObject().put("flowAlias", "dk titres-services identify").put("authenticatorFlow", true)
                        .put("requirement", "REQUIRED").put("priority", 10).put("userSetupAllowed", false);
                executions.addObject().put("authenticator", "dk-org-context").put("authenticatorConfig", "dk-org-context")
                        .put("authenticatorFlow", false).put("requirement", "REQUIRED").put("priority", 20).put("userSetupAllowed", false);
                flow.set("authenticationExecutions", executions);
                flows.insert(i + 1, identify);
                break;
            }
        }
        ((com.fasterxml.jackson.databind.node.ArrayNode) rendered.get("authenticatorConfig")).addObject()
                .put("alias", "dk-org-context").putObject("config").put("requireRight", "false");
    }

    @Test
    void organisations_portalCarriesTheContextClaim_legalRepresentativeOfTheDemoCompany_andTheManagementClient() {
        JsonNode portal = null;
        JsonNode manage = null;
        for (JsonNode client : realm.path("clients")) {
            if ("titres-services-portal".equals(client.path("clientId").asText())) {
                portal = client;
            } else if ("dk-organisations-manage".equals(client.path("clientId").asText())) {
                manage = client;
            }
        }
        assertEquals("dk-org-context-mapper", portal.path("protocolMappers").get(0).path("protocolMapper").asText());
        assertEquals("dk_org", portal.path("protocolMappers").get(0).path("config").path("claim.name").asText());
        assertTrue(manage.path("publicClient").asBoolean());
        String kbo = realm.path("organizations").get(0).path("attributes").path("dk-kbo").get(0).asText();
        long representatives = 0;
        for (JsonNode user : realm.path("users")) {
            if (user.path("attributes").path("dk-legal-representative-of").toString().contains("\"" + kbo + "\"")) {
                representatives++;
            }
        }
        assertEquals(1, representatives);
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
        assertEquals(4, realm.path("users").size());
        realm.path("users").forEach(user -> {
            String niss = user.path("attributes").path("niss").get(0).asText();
            assertEquals(97 - Long.parseLong(niss.substring(0, 9)) % 97, Long.parseLong(niss.substring(9)), niss);
        });
    }

    /** Issue 20: the portal's name is a message key the realm translates, so a Dutch account console shows it in Dutch. */
    @Test
    void portalName_isTranslatedInEveryLanguageOfTheRealm() {
        JsonNode portal = null;
        for (JsonNode client : realm.path("clients")) {
            if ("titres-services-portal".equals(client.path("clientId").asText())) {
                portal = client;
            }
        }
        String name = portal.path("name").asText();
        assertTrue(name.matches("\\$\\{client_[a-z0-9-]+}"), name);
        String key = name.substring(2, name.length() - 1);
        java.util.Set<String> translations = new java.util.HashSet<>();
        for (JsonNode locale : realm.path("supportedLocales")) {
            String text = realm.path("localizationTexts").path(locale.asText()).path(key).asText();
            assertFalse(text.isBlank(), locale.asText());
            translations.add(text);
        }
        assertEquals(realm.path("supportedLocales").size(), translations.size(), "a different text per language");
    }
}
