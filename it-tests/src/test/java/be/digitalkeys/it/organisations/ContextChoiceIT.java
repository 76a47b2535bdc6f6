package be.digitalkeys.it.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.digitalkeys.lab.eid.TestCitizen;
import be.digitalkeys.it.pages.EidLoginPage;
import be.digitalkeys.it.pages.KeyChooserPage;
import be.digitalkeys.it.pages.OrgContextPage;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.Clock;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.EidLab;
import be.digitalkeys.it.support.Keyboard;
import be.digitalkeys.it.support.OidcLogin;
import be.digitalkeys.it.support.OrgLab;
import be.digitalkeys.it.support.PageChecks;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.ThemeMessages;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/**
 * The organisation context at login (dk-org-context) and in the tokens (dk-org-context-mapper),
 * through the real pages with the TEST software eID: no page for one context, the page for
 * several, only offered contexts accepted, remembered per client, switched at prompt=login, and
 * the rights read again at every refresh (revoked, expired). A pre-registered person is linked.
 */
@ExtendWith(DigitalKeysExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContextChoiceIT {

    /** Enterprise numbers with valid check digits (0202.239.951: Proximus; 0812.345.603: the titres-services demo company). */
    private static final String KBO_A = "0202239951";
    private static final String KBO_B = "0812345603";
    private final TestEnvironment env;
    private final OrgLab lab;

    ContextChoiceIT(TestEnvironment env) {
        this.env = env;
        this.lab = new OrgLab(env);
    }

    private static void eidLogin(Browser browser, String url, TestCitizen citizen) {
        browser.get(url);
        new KeyChooserPage(browser).choose("eid");
        new EidLoginPage(browser).loginWithSoftwareEid(citizen.id(), citizen.pin());
    }

    private static JsonNode dkOrg(JsonNode tokens) {
        return OidcLogin.claims(tokens.get("access_token").asText()).get("dk_org");
    }

    private static List<String> rights(JsonNode claim) {
        List<String> rights = new ArrayList<>();
        claim.get("rights").forEach(r -> rights.add(r.asText()));
        return rights;
    }

    @Test
    void oneContext_noPage_tokenCarriesExactlyThatRight() {
        TestCitizen pieter = EidLab.citizen("pieter.devos");
        String user = lab.register(pieter, "pieter.one", Map.of());
        String[] org = lab.organisation("Net Propre", KBO_A);
        lab.grant(org[1], user, OrgLab.CLIENT, OrgLab.TITRES);
        lab.grant(org[1], user, OrgLab.OTHER, OrgLab.OTHER_RIGHT);
        try (Browser browser = Browser.open("nl"); OidcLogin client = new OidcLogin(env.baseUrl(), OrgLab.REALM, OrgLab.CLIENT)) {
            eidLogin(browser, client.authorizationUrl(), pieter);
            JsonNode tokens = client.tokens(browser);
            JsonNode claim = dkOrg(tokens);
            assertEquals(org[0], claim.get("organisation").get("id").asText());
            assertEquals("0202.239.951", claim.get("organisation").get("kbo").asText());
            assertEquals(lab.organisationName(org[0]), claim.get("organisation").get("name").asText());
            assertEquals(org[1], claim.get("context").get("id").asText());
            assertEquals("ORGANISATION", claim.get("context").get("kind").asText());
            assertEquals(List.of(OrgLab.TITRES), rights(claim), "only this client's right, not the other client's");
            assertEquals(org[1], OidcLogin.claims(tokens.get("id_token").asText()).get("dk_org").get("context").get("id").asText());
        }
    }

    @Test
    void twoContexts_pageOffersBoth_secondChosen_tokenHasItsContextAndOnlyThisClientsRights_andItIsRemembered() {
        TestCitizen sophie = EidLab.citizen("sophie.dubois");
        String user = lab.register(sophie, "sophie.two", Map.of());
        String[] a = lab.organisation("Aide Ménagère", KBO_A);
        String[] b = lab.organisation("Brabant Services", KBO_B);
        String namur = lab.establishment(b[1], "2123456789", "Siège de Namur");
        lab.grant(a[1], user, OrgLab.CLIENT, OrgLab.TITRES);
        lab.grant(namur, user, OrgLab.CLIENT, OrgLab.SIGNER);
        lab.grant(namur, user, OrgLab.OTHER, OrgLab.OTHER_RIGHT);
        try (Browser browser = Browser.open("fr"); OidcLogin client = new OidcLogin(env.baseUrl(), OrgLab.REALM, OrgLab.CLIENT)) {
            eidLogin(browser, client.authorizationUrl(), sophie);
            OrgContextPage page = new OrgContextPage(browser);
            assertEquals(List.of(a[1], namur), page.contexts());
            assertEquals(a[1], page.selected(), "nothing remembered: the first is preselected");
            String second = page.labels().get(1);
            assertTrue(second.contains("0812.345.603") && second.contains("Siège de Namur") && second.contains(OrgLab.SIGNER), second);
            assertFalse(second.contains(OrgLab.OTHER_RIGHT), second);
            browser.screenshot("org-context-fr");
            page.choose(namur);
            JsonNode claim = dkOrg(client.tokens(browser));
            assertEquals(b[0], claim.get("organisation").get("id").asText());
            assertEquals(namur, claim.get("context").get("id").asText());
            assertEquals("ESTABLISHMENT", claim.get("context").get("kind").asText());
            assertEquals("2123456789", claim.get("context").get("code").asText());
            assertEquals(List.of(OrgLab.SIGNER), rights(claim));
        }
        assertEquals(List.of(namur), lab.user(user).getAttributes().get("dk-org-context." + OrgLab.CLIENT));
        try (Browser browser = Browser.open("fr"); OidcLogin client = new OidcLogin(env.baseUrl(), OrgLab.REALM, OrgLab.CLIENT)) {
            eidLogin(browser, client.authorizationUrl(), sophie);
            assertEquals(namur, dkOrg(client.tokens(browser)).get("context").get("id").asText(), "remembered: no page");
        }
    }

    @Test
    void promptLogin_showsThePageAgainWithTheRememberedOne_andSwitchingChangesTheToken() {
        TestCitizen anna = EidLab.citizen("anna.schmidt");
        String user = lab.register(anna, "anna.switch", Map.of());
        String[] org = lab.organisation("Rhein Hilfe", KBO_A);
        String eupen = lab.establishment(org[1], "2234567891", "Eupen");
        lab.grant(org[1], user, OrgLab.CLIENT, OrgLab.SIGNER);
        lab.grant(eupen, user, OrgLab.CLIENT, OrgLab.TITRES);
        try (Browser browser = Browser.open("de")) {
            try (OidcLogin client = new OidcLogin(env.baseUrl(), OrgLab.REALM, OrgLab.CLIENT)) {
                eidLogin(browser, client.authorizationUrl(), anna);
                new OrgContextPage(browser).choose(org[1]);
                assertEquals(List.of(OrgLab.SIGNER), rights(dkOrg(client.tokens(browser))));
            }
            try (OidcLogin client = new OidcLogin(env.baseUrl(), OrgLab.REALM, OrgLab.CLIENT)) {
                browser.get(client.authorizationUrl());
                assertEquals(org[1], dkOrg(client.tokens(browser)).get("context").get("id").asText(), "SSO: remembered, no page");
            }
            try (OidcLogin client = new OidcLogin(env.baseUrl(), OrgLab.REALM, OrgLab.CLIENT)) {
                eidLogin(browser, client.authorizationUrl() + "&prompt=login", anna);
                OrgContextPage page = new OrgContextPage(browser);
                assertEquals(org[1], page.selected(), "the remembered context is preselected");
                page.choose(eupen);
                JsonNode claim = dkOrg(client.tokens(browser));
                assertEquals(eupen, claim.get("context").get("id").asText());
                assertEquals(List.of(OrgLab.SIGNER, OrgLab.TITRES), rights(claim), "the right granted at the organisation applies below it");
            }
        }
    }

    @Test
    void forgedChoice_isRefused_andNothingIsChosen() {
        TestCitizen pieter = EidLab.citizen("pieter.devos");
        String user = lab.register(pieter, "pieter.forged", Map.of());
        String[] a = lab.organisation("Forge A", KBO_A);
        String[] b = lab.organisation("Forge B", KBO_B);
        String[] foreign = lab.organisation("Not Yours", KBO_B);
        lab.grant(a[1], user, OrgLab.CLIENT, OrgLab.TITRES);
        lab.grant(b[1], user, OrgLab.CLIENT, OrgLab.TITRES);
        lab.grant(foreign[1], user, OrgLab.OTHER, OrgLab.OTHER_RIGHT);
        try (Browser browser = Browser.open("nl"); OidcLogin client = new OidcLogin(env.baseUrl(), OrgLab.REALM, OrgLab.CLIENT)) {
            eidLogin(browser, client.authorizationUrl(), pieter);
            new OrgContextPage(browser).chooseForged(foreign[1]);
            OrgContextPage again = new OrgContextPage(browser);
            assertEquals(new ThemeMessages("nl").get("dkOrgContextErrorUnknown"), again.alert());
            assertNull(lab.user(user).getAttributes() == null ? null : lab.user(user).getAttributes().get("dk-org-context." + OrgLab.CLIENT));
            again.chooseForged(UUID.randomUUID().toString());
            again = new OrgContextPage(browser);
            assertEquals(new ThemeMessages("nl").get("dkOrgContextErrorUnknown"), again.alert());
            again.choose(b[1]);
            assertEquals(b[1], dkOrg(client.tokens(browser)).get("context").get("id").asText());
        }
    }

    @Test
    void revokedRight_goneAtRefresh_andAnExpiredGrantToo() {
        TestCitizen sophie = EidLab.citizen("sophie.dubois");
        String user = lab.register(sophie, "sophie.refresh", Map.of());
        String[] org = lab.organisation("Refresh", KBO_A);
        lab.grant(org[1], user, OrgLab.CLIENT, OrgLab.TITRES);
        lab.grantUntil(org[1], user, OrgLab.CLIENT, OrgLab.SIGNER, System.currentTimeMillis() + 60_000L);
        try (Browser browser = Browser.open("fr"); OidcLogin client = new OidcLogin(env.baseUrl(), OrgLab.REALM, OrgLab.CLIENT);
             Clock clock = new Clock(env)) {
            eidLogin(browser, client.authorizationUrl(), sophie);
            JsonNode tokens = client.tokens(browser);
            assertEquals(List.of(OrgLab.SIGNER, OrgLab.TITRES), rights(dkOrg(tokens)));
            lab.revoke(org[1], user, OrgLab.CLIENT, OrgLab.TITRES);
            tokens = lab.refresh(tokens.get("refresh_token").asText());
            assertEquals(List.of(OrgLab.SIGNER), rights(dkOrg(tokens)), "revoked: gone at the next refresh");
            clock.shiftSeconds(120);
            tokens = lab.refresh(tokens.get("refresh_token").asText());
            JsonNode claim = dkOrg(tokens);
            assertEquals(List.of(), rights(claim), "expired: gone; the claim says no rights rather than failing");
            assertEquals(org[1], claim.get("context").get("id").asText());
        }
    }

    @Test
    void preRegisteredPerson_firstEidLogin_isLinked_andLandsOnTheContextPage() {
        TestCitizen pieter = EidLab.citizen("pieter.devos");
        String user = lab.register(pieter, "pieter.prereg", Map.of("dk-preregistered", List.of("true")));
        String[] a = lab.organisation("Prereg A", KBO_A);
        String[] b = lab.organisation("Prereg B", KBO_B);
        lab.grant(a[1], user, OrgLab.CLIENT, OrgLab.TITRES);
        lab.grant(b[1], user, OrgLab.CLIENT, OrgLab.TITRES);
        try (Browser browser = Browser.open("nl"); OidcLogin client = new OidcLogin(env.baseUrl(), OrgLab.REALM, OrgLab.CLIENT)) {
            eidLogin(browser, client.authorizationUrl(), pieter);
            OrgContextPage page = new OrgContextPage(browser);
            assertEquals(2, page.contexts().size());
            assertFalse(lab.user(user).getAttributes().containsKey("dk-preregistered"), "linked: the mark is gone");
            assertEquals("LINKED", lab.history(a[0], user).get(0));
            assertEquals("LINKED", lab.history(b[0], user).get(0));
            page.choose(a[1]);
            assertEquals(a[1], dkOrg(client.tokens(browser)).get("context").get("id").asText());
        }
    }

    @Test
    void thePage_inFourLanguages() {
        TestCitizen anna = EidLab.citizen("anna.schmidt");
        String user = lab.register(anna, "anna.shots", Map.of());
        String[] org = lab.organisation("Vier Sprachen", KBO_B);
        String site = lab.establishment(org[1], "2345678902", "Liège");
        lab.grant(org[1], user, OrgLab.CLIENT, OrgLab.TITRES);
        lab.grant(site, user, OrgLab.CLIENT, OrgLab.SIGNER);
        for (String language : List.of("fr", "nl", "de", "en")) {
            lab.locale(user, language);
            try (Browser browser = Browser.open(language); OidcLogin client = new OidcLogin(env.baseUrl(), OrgLab.REALM, OrgLab.CLIENT)) {
                eidLogin(browser, client.authorizationUrl(), anna);
                OrgContextPage page = new OrgContextPage(browser);
                ThemeMessages messages = new ThemeMessages(language);
                assertEquals(messages.get("dkOrgContextTitle"), page.title());
                assertEquals(language, page.language());
                assertTrue(page.labels().get(1).contains(messages.get("dkOrgContextKind_ESTABLISHMENT")), page.labels().toString());
                browser.screenshot("org-context-" + language);
                PageChecks.accessible(browser, "org-context-" + language);
            }
        }
    }

    /** Tab to the chosen context, an arrow key to the next one, Enter: the token has the second context. */
    @Test
    void keyboardOnly_choosesTheSecondContext() {
        TestCitizen lucas = EidLab.citizen("lucas.dubois");
        String user = lab.register(lucas, "lucas.keys", Map.of("locale", List.of("de")));
        String[] org = lab.organisation("Tastatur Dienste", KBO_B);
        String site = lab.establishment(org[1], "2345678902", "Eupen");
        lab.grant(org[1], user, OrgLab.CLIENT, OrgLab.TITRES);
        lab.grant(site, user, OrgLab.CLIENT, OrgLab.SIGNER);
        try (Browser browser = Browser.open("de"); OidcLogin client = new OidcLogin(env.baseUrl(), OrgLab.REALM, OrgLab.CLIENT)) {
            eidLogin(browser, client.authorizationUrl(), lucas);
            OrgContextPage page = new OrgContextPage(browser);
            Keyboard keys = new Keyboard(browser);
            keys.tabTo("dk-org-context-0");
            keys.assertFocusVisible("the context list");
            keys.press(Keys.ARROW_DOWN);
            keys.assertFocusOn("dk-org-context-1");
            assertEquals(site, page.selected());
            keys.pressAndAwaitNewPage(Keys.ENTER);
            JsonNode claim = dkOrg(client.tokens(browser));
            assertEquals(site, claim.get("context").get("id").asText());
            assertEquals(List.of(OrgLab.SIGNER, OrgLab.TITRES), rights(claim).stream().sorted().toList());
        }
    }
}
