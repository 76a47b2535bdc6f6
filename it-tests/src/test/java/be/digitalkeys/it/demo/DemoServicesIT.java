package be.digitalkeys.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.RealmRepresentation;
import org.openqa.selenium.Keys;

import be.digitalkeys.dev.demo.DemoServices;
import be.digitalkeys.lab.eid.TestCitizen;
import be.digitalkeys.it.pages.CardChallengePage;
import be.digitalkeys.it.pages.CardNumberPage;
import be.digitalkeys.it.pages.DemoServicesPage;
import be.digitalkeys.it.pages.EidLoginPage;
import be.digitalkeys.it.pages.KeyChooserPage;
import be.digitalkeys.it.pages.LoginPage;
import be.digitalkeys.it.pages.TotpPage;
import be.digitalkeys.it.support.Accounts;
import be.digitalkeys.it.support.BankCards;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.EidLab;
import be.digitalkeys.it.support.Flows;
import be.digitalkeys.it.support.Keyboard;
import be.digitalkeys.it.support.PageChecks;
import be.digitalkeys.it.support.RealmCopies;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.Totp;

/**
 * The demo services page (dev-tools), started in-process against the test Keycloak: a real
 * browser logs in through each card, the page shows the claims of the ID token whose signature it
 * verified against the realm's JWKS, and logs out (RP-initiated). The public-services and
 * titres-services cards point at copies of those exports (each test registers the TEST citizen it
 * logs in with); bank and insurance use the demo realms with customers made for the test.
 */
@ExtendWith(DigitalKeysExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoServicesIT {

    static final String PS = "demo-ps";
    static final String TITRES = "demo-titres";
    static final String PASSWORD = "Een demo met alle kaarten 2026";
    static final String SECRET = "DemoServicesItSecret2026";

    private final TestEnvironment env;
    private final DemoServices services;
    private final EidRealm ps;
    private final EidRealm titres;

    DemoServicesIT(TestEnvironment env) throws IOException {
        this.env = env;
        this.ps = new EidRealm(env, "public-services-realm.json", PS);
        this.titres = new EidRealm(env, "titres-services-realm.json", TITRES);
        this.services = DemoServices.start(env.baseUrl(), 0, Map.of("public-services", PS, "titres-services", TITRES));
    }

    @AfterAll
    void stop() {
        services.close();
    }

    @Test
    void myEbox_eidLogin_showsTheVerifiedClaims_nationalNumberMasked_thenLogsOut() {
        TestCitizen pieter = EidLab.citizen("pieter.devos");
        ps.register(pieter, "Pieter", "De Vos");
        try (Browser browser = Browser.open("en")) {
            DemoServicesPage page = DemoServicesPage.open(browser, services.url());
            page.logIn("my-ebox");
            new KeyChooserPage(browser).choose("eid");
            new EidLoginPage(browser).loginWithSoftwareEid(pieter.id(), pieter.pin());
            page = new DemoServicesPage(browser);
            assertTrue(page.loggedIn("my-ebox"));
            assertEquals(Optional.of("Pieter De Vos"), page.claim("my-ebox", "name"));
            String masked = pieter.niss().substring(0, 2) + "." + pieter.niss().substring(2, 4) + "." + pieter.niss().substring(4, 6) + "-xxx.xx";
            assertEquals(Optional.of(masked), page.claim("my-ebox", "national_number"));
            assertEquals(Optional.of("self"), page.claim("my-ebox", "dk_profile.type"));
            assertEquals(Optional.of(masked), page.claim("my-ebox", "dk_profile.id"));
            assertTrue(page.claim("my-ebox", "acr").filter(a -> !a.equals("—")).isPresent(), "acr shown");
            assertFalse(browser.driver().getPageSource().contains(pieter.niss()), "the national number is never shown in full");
            assertTrue(page.verified("my-ebox").contains("RS256"), page.verified("my-ebox"));
            PageChecks.accessible(browser, "demo-services-logged-in", PageChecks.LanguageChooser.NOT_A_LOGIN_TEMPLATE_PAGE);

            page = page.logOut("my-ebox");
            assertTrue(page.notice("my-ebox").orElse("").contains("Logged out of My e-Box"), page.notice("my-ebox").toString());
            assertFalse(page.loggedIn("my-ebox"));
            // The Keycloak session is gone: the next login asks for a key again.
            page.logIn("my-ebox");
            new KeyChooserPage(browser);
        }
    }

    @Test
    void belgianIdPro_loginPagesInTheChosenLanguage_promptLoginAsksAgain_andTheClaimsAreShown() {
        TestCitizen anna = EidLab.citizen("anna.schmidt");
        ps.register(anna, "Anna", "Schmidt");
        try (Browser browser = Browser.open("fr")) {
            DemoServicesPage page = DemoServicesPage.open(browser, services.url());
            assertEquals("fr", page.language());
            page.logIn("belgianidpro", "nl", false, null, null);
            KeyChooserPage chooser = new KeyChooserPage(browser);
            assertEquals("nl", chooser.language(), "ui_locales=nl from the card's option");
            chooser.choose("eid");
            new EidLoginPage(browser).loginWithSoftwareEid(anna.id(), anna.pin());
            page = new DemoServicesPage(browser);
            assertEquals(Optional.of("Anna Schmidt"), page.claim("belgianidpro", "name"));
            assertEquals(Optional.of("self"), page.claim("belgianidpro", "dk_profile.type"));
            assertTrue(page.verified("belgianidpro").contains("RS256"));

            // Single sign-on: My e-Box logs in without a page ...
            page.logIn("my-ebox");
            page = new DemoServicesPage(browser);
            assertEquals(Optional.of("Anna Schmidt"), page.claim("my-ebox", "name"));
            // ... unless the card asks prompt=login.
            page = page.logOut("belgianidpro");
            page.logIn("belgianidpro", null, true, null, null);
            new KeyChooserPage(browser);
        }
    }

    @Test
    void titresServicesPortal_eidLogin_showsTheClaims_andLogsOut() {
        TestCitizen sophie = EidLab.citizen("sophie.dubois");
        titres.register(sophie, "Sophie", "Dubois", "nl");
        try (Browser browser = Browser.open("de")) {
            DemoServicesPage page = DemoServicesPage.open(browser, services.url());
            assertEquals("de", page.language());
            page.logIn("titres-services-portal");
            new KeyChooserPage(browser).choose("eid");
            new EidLoginPage(browser).loginWithSoftwareEid(sophie.id(), sophie.pin());
            page = new DemoServicesPage(browser);
            assertEquals(Optional.of("Sophie Dubois"), page.claim("titres-services-portal", "name"));
            assertTrue(page.verified("titres-services-portal").contains("Signatur"), page.verified("titres-services-portal"));
            assertEquals(Optional.empty(), page.claim("titres-services-portal", "dk_org.rights"), "no right granted: no dk_org");
            // Issue 20: the Dutch account console names the portal in Dutch (realm localisation of ${client_...}).
            String demoPage = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            browser.get(env.baseUrl() + "/realms/" + TITRES + "/account/applications");
            browser.waiting().until(d -> d.getPageSource().contains("Dienstencheques: beveiligde zone van de erkende ondernemingen"));
            assertFalse(browser.driver().getPageSource().contains("secure area of recognised companies"));
            browser.screenshot("demo-titres-account-applications-nl");
            browser.driver().close();
            browser.show(demoPage);
            page = page.logOut("titres-services-portal");
            assertTrue(page.notice("titres-services-portal").isPresent());
        }
    }

    @Test
    void demoBankWeb_cardReaderLogin_showsTheClaims_andLogsOut() {
        BankCards cards = new BankCards(env);
        BankCards.Card card = cards.newCustomerWithCard("nl", "Test Klant");
        String username = env.realm(BankCards.REALM).users().get(card.userId()).toRepresentation().getUsername();
        try (Browser browser = Browser.open("nl")) {
            DemoServicesPage page = DemoServicesPage.open(browser, services.url());
            page.logIn("bank-web");
            new CardNumberPage(browser).enter(card.afterPrefix(), false);
            CardChallengePage challenge = new CardChallengePage(browser);
            challenge.sign(card.response(challenge.challenge()));
            page = new DemoServicesPage(browser);
            assertEquals(Optional.of(username), page.claim("bank-web", "preferred_username"));
            assertEquals(Optional.of("—"), page.claim("bank-web", "national_number"));
            assertTrue(page.verified("bank-web").contains("RS256"));
            PageChecks.accessible(browser, "demo-services-nl-logged-in", PageChecks.LanguageChooser.NOT_A_LOGIN_TEMPLATE_PAGE);
            page = page.logOut("bank-web");
            assertEquals(Optional.of("Afgemeld bij Demo Bank Web."), page.notice("bank-web"));
        }
    }

    @Test
    void accidentManager_passwordAndAppCode_withTheKeyboardAndMaxAge_showsTheClaims() {
        String email = Accounts.uniqueEmail("demo");
        new Accounts(env, "insurance").createEnrolled(email, "en", PASSWORD, SECRET);
        try (Browser browser = Browser.open("en")) {
            DemoServicesPage page = DemoServicesPage.open(browser, services.url());
            Keyboard keys = new Keyboard(browser);
            keys.tabTo("max-age-accident-manager");
            keys.press("600");
            keys.tabTo("login-accident-manager");
            keys.pressAndAwaitNewPage(Keys.ENTER);
            new LoginPage(browser).logIn(email, PASSWORD);
            new TotpPage(browser).enter(Totp.codeForRawSecret(SECRET, Totp.now()), false);
            page = new DemoServicesPage(browser);
            assertEquals(Optional.of(email), page.claim("accident-manager", "preferred_username"));
            assertTrue(page.verified("accident-manager").contains("RS256"));
            page.logOut("accident-manager");
        }
    }

    @Test
    void badMaxAge_isExplainedOnTheCard_tiedToTheField_andNoLoginStarts() {
        try (Browser browser = Browser.open("nl")) {
            DemoServicesPage page = DemoServicesPage.open(browser, services.url());
            page.logIn("bank-web", null, false, "tien", null);
            page = new DemoServicesPage(browser);
            assertTrue(browser.driver().getCurrentUrl().startsWith(services.url()), browser.driver().getCurrentUrl());
            assertEquals(Optional.of("De maximale leeftijd moet een geheel aantal seconden zijn (0 tot 99999999)."), page.notice("bank-web"));
            assertEquals("true", page.fieldInvalid("max-age-bank-web"));
            PageChecks.accessible(browser, "demo-services-nl-error", PageChecks.LanguageChooser.NOT_A_LOGIN_TEMPLATE_PAGE);
        }
    }

    @Test
    void page_inEveryLanguage_isAccessible_andTheSwitchChangesIt() {
        for (String lang : PageChecks.LANGUAGES) {
            try (Browser browser = Browser.open(lang)) {
                DemoServicesPage page = DemoServicesPage.open(browser, services.url());
                assertEquals(lang, page.language());
                PageChecks.accessible(browser, "demo-services-" + lang, PageChecks.LanguageChooser.NOT_A_LOGIN_TEMPLATE_PAGE);
                String other = lang.equals("en") ? "fr" : "en";
                assertEquals(other, page.switchLanguage(other).language());
            }
        }
    }

    /** A copy of a demo export without its users, whose eID step caches no OCSP answer (see RealmOrganisationsIT). */
    static final class EidRealm {
        private final TestEnvironment env;
        private final String name;

        EidRealm(TestEnvironment env, String export, String name) {
            this.env = env;
            this.name = name;
            if (env.admin().realms().findAll().stream().noneMatch(r -> name.equals(r.getRealm()))) {
                RealmRepresentation rep = RealmCopies.withoutUsers(export, name);
                rep.setOrganizations(List.of());
                env.admin().realms().create(rep);
            }
            new Flows(env, name).configure(EidLab.EID_FLOW, "dk-eid", Map.of("ocspCacheSeconds", "0"));
        }

        /** A fresh account for the citizen (earlier ones with that number removed). */
        void register(TestCitizen citizen, String first, String last) {
            register(citizen, first, last, citizen.locale());
        }

        void register(TestCitizen citizen, String first, String last, String locale) {
            var realm = env.realm(name);
            realm.users().searchByAttributes("niss:" + citizen.niss()).forEach(u -> realm.users().get(u.getId()).remove());
            var user = new org.keycloak.representations.idm.UserRepresentation();
            user.setUsername(first.toLowerCase() + "." + java.util.UUID.randomUUID().toString().substring(0, 8));
            user.setFirstName(first);
            user.setLastName(last);
            user.setEnabled(true);
            user.setAttributes(Map.of("niss", List.of(citizen.niss()), "locale", List.of(locale)));
            try (var response = realm.users().create(user)) {
                if (response.getStatus() != 201) {
                    throw new IllegalStateException("user not created: " + response.getStatus());
                }
            }
        }
    }
}
