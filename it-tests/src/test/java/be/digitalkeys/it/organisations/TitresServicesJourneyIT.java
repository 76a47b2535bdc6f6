package be.digitalkeys.it.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import be.digitalkeys.lab.eid.TestCitizen;
import be.digitalkeys.it.pages.EidLoginPage;
import be.digitalkeys.it.pages.KeyChooserPage;
import be.digitalkeys.it.pages.OrgContextPage;
import be.digitalkeys.it.pages.OrgManagePage;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.EidLab;
import be.digitalkeys.it.support.Keyboard;
import be.digitalkeys.it.support.OidcLogin;
import be.digitalkeys.it.support.PageChecks;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.ThemeMessages;
import be.digitalkeys.it.support.TitresLab;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * (TEST cards: only sophie.dubois, lucas.dubois, pieter.devos and anna.schmidt are GOOD; julie.martin is
 * expired and amelie.lefevre revoked, so the legal representative here is the Sophie card.)
 * The titres-services seed's journey through the real pages, in French, on a copy of the
 * titres-services realm (TitresLab): the registry's legal representative appoints a main access
 * manager on the management page; the manager creates the establishments, finds an employee by
 * national number (pre-registered) and grants TITRES-SERVICES POUR ENTREPRISES AGRÉÉES in a chosen
 * establishment; the employee logs in to the portal with the TEST software eID, picks the context,
 * and the token carries exactly that right there. Then the page's refusals (roles, CSRF, another
 * organisation), axe, a keyboard-only grant and the page in four languages.
 */
@ExtendWith(DigitalKeysExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TitresServicesJourneyIT {

    private static final String NAMUR = "2123456791";
    private static final String LIEGE = "2234567818";
    private final TestEnvironment env;
    private final TitresLab lab;

    TitresServicesJourneyIT(TestEnvironment env) {
        this.env = env;
        this.lab = new TitresLab(env);
    }

    /** Opens the management page without a session: the realm's login (eID), then back to the page. */
    private OrgManagePage login(Browser browser, TestCitizen citizen) {
        browser.get(OrgManagePage.url(env.baseUrl(), TitresLab.REALM));
        new KeyChooserPage(browser).choose("eid");
        new EidLoginPage(browser).loginWithSoftwareEid(citizen.id(), citizen.pin());
        return new OrgManagePage(browser);
    }

    private static List<String> rights(JsonNode claim) {
        List<String> rights = new ArrayList<>();
        claim.get("rights").forEach(r -> rights.add(r.asText()));
        return rights;
    }

    @Test
    void seedJourney_legalRepresentativeAppointsMainManager_whoGrantsTheRightInAnEstablishment_employeeChoosesIt_tokenHasExactlyThatRight() {
        TestCitizen sophie = EidLab.citizen("sophie.dubois");
        TestCitizen anna = EidLab.citizen("anna.schmidt");
        TestCitizen lucas = EidLab.citizen("lucas.dubois");
        String kbo = TitresLab.freshKbo();
        String org = lab.company("Aide Ménagère", kbo);
        lab.legalRepresentative(sophie, "Sophie", "Dubois", kbo);
        String manager = lab.register(anna, "Anna", "Schmidt", Map.of());
        lab.forget(lucas.niss());
        ThemeMessages fr = new ThemeMessages("fr");

        // The legal representative (named by the registry) appoints a main access manager.
        try (Browser browser = Browser.open("fr")) {
            OrgManagePage home = login(browser, sophie);
            assertEquals(List.of(org), home.organisations());
            OrgManagePage page = home.open(org);
            assertEquals(List.of("LEGAL_REPRESENTATIVE"), page.myRoles());
            page = page.find(anna.niss(), "", "");
            assertEquals(fr.get("dkOrgManageDoneFound"), page.alert());
            assertTrue(page.people().contains(manager));
            assertFalse(page.personText(manager).contains("Anna Schmidt"), "finding by number reveals no name: " + page.personText(manager));
            assertFalse(page.personText(manager).contains(anna.niss()), "the national number is shown masked");
            page = page.appointMainManager(manager);
            assertEquals(fr.get("dkOrgManageDoneAppointed"), page.alert());
            assertEquals(List.of("MAIN_ACCESS_MANAGER"), page.roles(manager));
            assertTrue(page.personText(manager).contains("Anna Schmidt"), "one of the organisation's people now: " + page.personText(manager));
            browser.screenshot("org-manage-legal-representative-fr");
        }

        // The main access manager creates the establishments, finds the employee by national number and grants the right.
        String namur;
        String employee;
        try (Browser browser = Browser.open("fr")) {
            OrgManagePage page = login(browser, anna).open(org);
            assertEquals(List.of("MAIN_ACCESS_MANAGER"), page.myRoles());
            assertFalse(page.has("dk-org-manage-main-form"), "only the legal representative appoints main managers");
            String root = page.contextOptions().get(0);
            // Issue 20: the root context is "the whole organisation", not the technical "(root)".
            assertEquals(root, page.option("grantContext", fr.get("dkOrgManageWholeOrganisation").replace("{0}", lab.companyName(org))));
            assertFalse(page.element("grantContext").getText().contains("root"), page.element("grantContext").getText());
            page = page.createContext(root, "ESTABLISHMENT", NAMUR, "Siège de Namur");
            assertEquals(fr.get("dkOrgManageDoneContext"), page.alert());
            page = page.createContext(root, "ESTABLISHMENT", LIEGE, "Agence de Liège");
            namur = page.option("grantContext", fr.get("dkOrgContextKind_ESTABLISHMENT") + " – Siège de Namur");
            String liege = page.option("grantContext", fr.get("dkOrgContextKind_ESTABLISHMENT") + " – Agence de Liège");
            page = page.find(lucas.niss(), "Lucas", "Dubois");
            assertEquals(fr.get("dkOrgManageDonePreRegistered"), page.alert());
            employee = page.personNamed("Lucas Dubois");
            assertEquals(1, lab.byNiss(lucas.niss()).size());
            assertEquals("true", lab.byNiss(lucas.niss()).get(0).getAttributes().get("dk-preregistered").get(0));
            assertFalse(lab.byNiss(lucas.niss()).get(0).isEnabled(), "a placeholder until the person's own eID login");
            page = page.grant(employee, lab.titresRightId(), namur, "");
            assertEquals(fr.get("dkOrgManageDoneGranted"), page.alert());
            page = page.grant(employee, lab.titresRightId(), liege, "2099-12-31");
            // The product's listing order (RightsOrder): by context path, then right name, whatever the ids.
            assertEquals(List.of(TitresLab.TITRES + " @ Agence de Liège", TitresLab.TITRES + " @ Siège de Namur"), page.rights(employee));
            assertTrue(page.personText(employee).contains("2099-12-31"), page.personText(employee));
            browser.screenshot("org-manage-main-manager-fr");
        }

        // The employee logs in to the portal with the eID, is linked, picks Namur: the token carries exactly that right there.
        try (Browser browser = Browser.open("fr");
             OidcLogin portal = new OidcLogin(env.baseUrl(), TitresLab.REALM, TitresLab.PORTAL)) {
            browser.get(portal.authorizationUrl());
            new KeyChooserPage(browser).choose("eid");
            new EidLoginPage(browser).loginWithSoftwareEid(lucas.id(), lucas.pin());
            OrgContextPage contexts = new OrgContextPage(browser);
            assertEquals(2, contexts.contexts().size());
            assertTrue(contexts.contexts().contains(namur));
            browser.screenshot("org-context-titres-services-fr");
            contexts.choose(namur);
            JsonNode claim = OidcLogin.claims(portal.tokens(browser).get("access_token").asText()).get("dk_org");
            assertEquals(org, claim.get("organisation").get("id").asText());
            assertEquals(namur, claim.get("context").get("id").asText());
            assertEquals("ESTABLISHMENT", claim.get("context").get("kind").asText());
            assertEquals(List.of(TitresLab.TITRES), rights(claim));
        }
        assertEquals(employee, lab.byNiss(lucas.niss()).get(0).getId(), "linked to the pre-registered account, no second one");
        assertEquals(null, lab.byNiss(lucas.niss()).get(0).getAttributes().get("dk-preregistered"));
        assertTrue(lab.byNiss(lucas.niss()).get(0).isEnabled(), "the eID made it an account");
        assertEquals(lucas.givenNames(), lab.byNiss(lucas.niss()).get(0).getFirstName(), "names from the card");
    }

    @Test
    void localAdministratorAndPlainUser_cannotAppointMainManagers_nothingChanges() {
        TestCitizen sophie = EidLab.citizen("sophie.dubois");
        TestCitizen anna = EidLab.citizen("anna.schmidt");
        TestCitizen pieter = EidLab.citizen("pieter.devos");
        String kbo = TitresLab.freshKbo();
        String org = lab.company("Rhein Hilfe", kbo);
        lab.legalRepresentative(sophie, "Sophie", "Dubois", kbo);
        String admin = lab.register(anna, "Anna", "Schmidt", Map.of());
        String plain = lab.register(pieter, "Pieter", "Devos", Map.of());
        ThemeMessages fr = new ThemeMessages("fr");
        try (Browser browser = Browser.open("fr")) {
            OrgManagePage page = login(browser, sophie).open(org);
            page = page.find(anna.niss(), "", "").find(pieter.niss(), "", "");
            String root = page.contextOptions().get(0);
            page = page.appointLocalAdministrator(admin, root);
            page = page.grant(plain, lab.titresRightId(), root, "");
            assertEquals(List.of("LOCAL_ADMINISTRATOR"), page.roles(admin));
        }
        try (Browser browser = Browser.open("fr")) {
            OrgManagePage page = login(browser, anna).open(org);
            assertEquals(List.of("LOCAL_ADMINISTRATOR"), page.myRoles());
            assertFalse(page.has("dk-org-manage-main-form"), "no main-manager form for a local administrator");
            assertFalse(page.has("dk-org-manage-admin-form"));
            // A forged post of the missing form, with the page's own session token: the service refuses.
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "const f = document.getElementById('dk-org-manage-find-form');"
                            + "f.querySelector('input[name=action]').value = 'appointMain';"
                            + "const u = document.createElement('input'); u.type = 'hidden'; u.name = 'mainUser'; u.value = arguments[0]; f.appendChild(u);",
                    admin);
            page.submit("dk-org-manage-find-submit");
            page = new OrgManagePage(browser);
            assertEquals(fr.get("dkOrgManageError_INSUFFICIENT_ROLE"), page.alert());
            assertEquals(List.of("LOCAL_ADMINISTRATOR"), page.roles(admin), "nothing changed");
        }
        try (Browser browser = Browser.open("fr")) {
            OrgManagePage home = login(browser, pieter);
            assertEquals(List.of(org), home.organisations(), "the plain user sees the organisation of their right");
            OrgManagePage page = home.open(org);
            assertTrue(page.refused());
            assertEquals(fr.get("dkOrgManageError_NOT_A_MANAGER"), page.alert());
            assertFalse(page.has("dk-org-manage-main-form"));
        }
    }

    @Test
    void missingCsrfToken_refused_andAnotherOrganisationsId_refused() {
        TestCitizen sophie = EidLab.citizen("sophie.dubois");
        String kbo = TitresLab.freshKbo();
        String org = lab.company("Brabant Services", kbo);
        String other = lab.company("Not Yours", TitresLab.freshKbo());
        lab.legalRepresentative(sophie, "Sophie", "Dubois", kbo);
        String niss = "85073100328";
        lab.forget(niss);
        ThemeMessages fr = new ThemeMessages("fr");
        try (Browser browser = Browser.open("fr")) {
            OrgManagePage page = login(browser, sophie).open(org);
            page.dropCsrf("dk-org-manage-find-form");
            page.find(niss, "Nadia", "Peeters");
            page = new OrgManagePage(browser);
            assertEquals(fr.get("dkOrgManageError_CSRF"), page.alert());
            assertTrue(lab.byNiss(niss).isEmpty(), "nobody pre-registered");

            browser.get(OrgManagePage.url(env.baseUrl(), TitresLab.REALM, other));
            page = new OrgManagePage(browser);
            assertTrue(page.refused());
            assertEquals(fr.get("dkOrgManageError_OTHER_ORGANISATION"), page.alert());
        }
    }

    @Test
    void managementPages_passAxe_keyboardOnlyGrant_fieldErrorTied_andFourLanguages() {
        TestCitizen sophie = EidLab.citizen("sophie.dubois");
        String kbo = TitresLab.freshKbo();
        String org = lab.company("Clés Propres", kbo);
        String me = lab.legalRepresentative(sophie, "Sophie", "Dubois", kbo);
        String niss = "85073100328";
        lab.forget(niss);
        ThemeMessages fr = new ThemeMessages("fr");
        try (Browser browser = Browser.open("fr")) {
            OrgManagePage home = login(browser, sophie);
            PageChecks.accessible(browser, "org-manage-home");
            OrgManagePage page = home.open(org);
            page = page.find(niss, "Nadia", "Peeters");
            String nadia = page.personNamed("Nadia Peeters");
            PageChecks.accessible(browser, "org-manage-organisation");

            // Keyboard only: the grant form, from the person to the button.
            Keyboard keys = new Keyboard(browser);
            keys.tabTo("grantUser");
            keys.chooseWithArrows(nadia);
            keys.tabTo("grantRight");
            keys.chooseWithArrows(lab.titresRightId());
            keys.tabTo("grantContext");
            keys.tabTo("dk-org-manage-grant-submit");
            keys.assertFocusVisible("the grant button");
            keys.pressAndAwaitNewPage(Keys.ENTER);
            page = new OrgManagePage(browser);
            assertEquals(fr.get("dkOrgManageDoneGranted"), page.alert());
            assertEquals(1, page.rights(nadia).size());

            // An error tied to its field.
            page.find("12345678901", "", "");
            page = new OrgManagePage(browser);
            assertEquals(fr.get("dkOrgManageError_INVALID_NISS"), page.fieldError("findNiss"));
            PageChecks.assertErrorTiedToField(browser, "findNiss");
            PageChecks.accessible(browser, "org-manage-field-error");

            for (String language : PageChecks.LANGUAGES) {
                lab.locale(me, language);
                browser.get(OrgManagePage.url(env.baseUrl(), TitresLab.REALM, org));
                OrgManagePage shown = new OrgManagePage(browser);
                assertEquals(language, shown.language());
                assertEquals(new ThemeMessages(language).get("dkOrgManageGrantTitle"),
                        browser.driver().findElement(By.id("dk-org-manage-grant-title")).getText().trim());
                browser.screenshot("org-manage-" + language);
            }
        }
    }
}
