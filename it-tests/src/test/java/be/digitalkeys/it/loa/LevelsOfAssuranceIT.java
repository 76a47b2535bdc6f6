package be.digitalkeys.it.loa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.digitalkeys.it.pages.CardChallengePage;
import be.digitalkeys.it.pages.CardNumberPage;
import be.digitalkeys.it.pages.EidLoginPage;
import be.digitalkeys.it.pages.KeyChooserPage;
import be.digitalkeys.it.pages.LoginPage;
import be.digitalkeys.it.pages.TotpPage;
import be.digitalkeys.it.support.Accounts;
import be.digitalkeys.it.support.BankCards;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.EidLab;
import be.digitalkeys.it.support.OidcLogin;
import be.digitalkeys.it.support.PageChecks;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.ThemeMessages;
import be.digitalkeys.it.support.Totp;
import be.digitalkeys.lab.eid.TestCitizen;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Levels of assurance through the real pages: each digital key reaches its level (eIDAS low,
 * substantial, high, named by the realm's acr.loa.map), a service asks for one (the client's
 * minimum ACR, acr_values, or an essential acr claim), the chooser offers only the keys that reach
 * it, a person logged in lower steps up with a stronger key as the same person, and the tokens say
 * the level reached (acr) and the methods used (amr).
 */
@ExtendWith(DigitalKeysExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LevelsOfAssuranceIT {

    static final String LOW = "http://eidas.europa.eu/LoA/low";
    static final String SUBSTANTIAL = "http://eidas.europa.eu/LoA/substantial";
    static final String HIGH = "http://eidas.europa.eu/LoA/high";
    static final String PASSWORD = "Une phrase assez longue pour le test 2026";
    static final String INSURANCE = "insurance";
    static final String INSURANCE_SECRET = "LevelsOfAssuranceIt2026";

    private final TestEnvironment env;
    private final EidLab lab;

    LevelsOfAssuranceIT(TestEnvironment env) {
        this.env = env;
        this.lab = new EidLab(env);
        env.pointMailTo(EidLab.REALM);
    }

    @BeforeEach
    void defaults() {
        lab.defaults();
    }

    private String citizenWithEmailKey(TestCitizen citizen, String username, String locale) {
        return lab.registerWithEmailKey(citizen, username, locale, PASSWORD);
    }

    /** Low: username + password + the code from the e-mail, on My e-Box (which asks for no level). */
    private JsonNode emailCodeLogin(Browser browser, String username, String email) {
        try (OidcLogin ebox = new OidcLogin(env.baseUrl(), EidLab.REALM, "my-ebox")) {
            browser.get(ebox.authorizationUrl());
            assertEquals(List.of("eid", "app", "email-code", "app-code", "sms-code"), new KeyChooserPage(browser).keys(),
                    "nothing asked: every key");
            return lab.emailCodeLogin(browser, ebox, username, PASSWORD, email);
        }
    }

    private static JsonNode idToken(JsonNode tokens) {
        return OidcLogin.claims(tokens.get("id_token").asText());
    }

    private static JsonNode accessToken(JsonNode tokens) {
        return OidcLogin.claims(tokens.get("access_token").asText());
    }

    private static Set<String> amr(JsonNode claims) {
        Set<String> methods = new HashSet<>();
        claims.path("amr").forEach(m -> methods.add(m.asText()));
        return methods;
    }

    private static String intro(Browser browser) {
        return browser.driver().findElement(By.id("dk-key-chooser-intro")).getText().trim();
    }

    @Test
    void lowLogin_thenAHighService_stepsUpWithTheSamePersonsEid_andBackToTheLowServiceWithoutLogin() throws InterruptedException {
        TestCitizen sophie = EidLab.citizen("sophie.dubois");
        String email = citizenWithEmailKey(sophie, "sophie.loa", "en");
        try (Browser browser = Browser.open("en")) {
            JsonNode low = emailCodeLogin(browser, "sophie.loa", email);
            assertEquals(LOW, idToken(low).path("acr").asText(), "an e-mail code is low");
            assertEquals(LOW, accessToken(low).path("acr").asText());
            assertEquals(Set.of("pwd", "email"), amr(idToken(low)));
            assertEquals(Set.of("pwd", "email"), amr(accessToken(low)));
            String subject = idToken(low).path("sub").asText();

            JsonNode high;
            try (OidcLogin tax = new OidcLogin(env.baseUrl(), EidLab.REALM, "tax-on-web")) {
                browser.get(tax.authorizationUrl());
                KeyChooserPage chooser = new KeyChooserPage(browser);
                assertEquals(List.of("eid", "app"), chooser.keys(), "Tax-on-web needs high: only the eID and the app");
                assertEquals(new ThemeMessages("en").get("dkKeyChooserStepUp"), intro(browser));
                PageChecks.accessible(browser, "loa-step-up-chooser-en");
                chooser.choose("eid");
                new EidLoginPage(browser).loginWithSoftwareEid(sophie.id(), sophie.pin());
                high = tax.tokens(browser);
            }
            assertEquals(subject, idToken(high).path("sub").asText(), "the same person, not a switch");
            assertEquals(HIGH, idToken(high).path("acr").asText());
            assertEquals(HIGH, accessToken(high).path("acr").asText());
            assertTrue(amr(idToken(high)).contains("eid"), amr(idToken(high)).toString());

            // Back to a service that asks for less: single sign-on, no page, and the session's level.
            try (OidcLogin ebox = new OidcLogin(env.baseUrl(), EidLab.REALM, "my-ebox")) {
                browser.get(ebox.authorizationUrl());
                JsonNode again = ebox.tokens(browser);
                assertEquals(subject, idToken(again).path("sub").asText());
                assertEquals(HIGH, idToken(again).path("acr").asText());
            }

            // max_age=0 on the high service: a full new authentication at that level, not the session's.
            // Keycloak counts in whole seconds (auth_time + max_age < now), so the request must come
            // after the second of the last authentication, whatever the machine's speed.
            try (OidcLogin tax = new OidcLogin(env.baseUrl(), EidLab.REALM, "tax-on-web")) {
                long before = idToken(high).path("auth_time").asLong();
                while (System.currentTimeMillis() / 1000 <= before) {
                    Thread.sleep(100);
                }
                browser.get(tax.authorizationUrl(Map.of("max_age", "0")));
                KeyChooserPage chooser = new KeyChooserPage(browser);
                assertEquals(List.of("eid", "app"), chooser.keys());
                chooser.choose("eid");
                new EidLoginPage(browser).loginWithSoftwareEid(sophie.id(), sophie.pin());
                JsonNode fresh = tax.tokens(browser);
                assertEquals(HIGH, idToken(fresh).path("acr").asText());
                assertTrue(idToken(fresh).path("auth_time").asLong() > before, "a new authentication time");
                assertEquals(subject, idToken(fresh).path("sub").asText());
            }
        }
    }

    @Test
    void stepUpChooser_inTheOtherLanguages_saysWhyAndPassesAxe() {
        TestCitizen sophie = EidLab.citizen("sophie.dubois");
        for (String language : List.of("fr", "nl", "de")) {
            String username = "sophie.stepup." + language;
            String email = citizenWithEmailKey(sophie, username, language);
            try (Browser browser = Browser.open(language); OidcLogin tax = new OidcLogin(env.baseUrl(), EidLab.REALM, "tax-on-web")) {
                emailCodeLogin(browser, username, email);
                browser.get(tax.authorizationUrl());
                assertEquals(List.of("eid", "app"), new KeyChooserPage(browser).keys(), language);
                assertEquals(new ThemeMessages(language).get("dkKeyChooserStepUp"), intro(browser), language);
                PageChecks.accessible(browser, "loa-step-up-chooser-" + language);
            }
        }
    }

    @Test
    void stepUp_withAnotherPersonsEid_isRefused_andNothingIsIssued() {
        TestCitizen sophie = EidLab.citizen("sophie.dubois");
        TestCitizen pieter = EidLab.citizen("pieter.devos");
        String email = citizenWithEmailKey(sophie, "sophie.other", "fr");
        lab.register(pieter, "pieter.other", "Pieter", "De Vos", Map.of());
        try (Browser browser = Browser.open("fr"); OidcLogin tax = new OidcLogin(env.baseUrl(), EidLab.REALM, "tax-on-web")) {
            emailCodeLogin(browser, "sophie.other", email);
            browser.get(tax.authorizationUrl());
            new KeyChooserPage(browser).choose("eid");
            new EidLoginPage(browser).loginWithSoftwareEid(pieter.id(), pieter.pin());
            EidLoginPage refused = new EidLoginPage(browser);
            assertEquals(new ThemeMessages("fr").get("dkEidErrorOtherPerson"), refused.alert());
            browser.screenshot("loa-step-up-other-person-fr");
            assertFalse(browser.driver().getCurrentUrl().contains("code="), "no code for anyone");
        }
    }

    @Test
    void aHighService_offersOnlyStrongKeys_inFourLanguages_andAWeakKeyPostedAnywayIsRefused() {
        for (String language : List.of("fr", "nl", "de", "en")) {
            try (Browser browser = Browser.open(language); OidcLogin tax = new OidcLogin(env.baseUrl(), EidLab.REALM, "tax-on-web")) {
                browser.get(tax.authorizationUrl());
                KeyChooserPage chooser = new KeyChooserPage(browser);
                assertEquals(List.of("eid", "app"), chooser.keys(), language);
                assertEquals(new ThemeMessages(language).get("dkKeyChooserStronger"), intro(browser), language);
                PageChecks.accessible(browser, "loa-stronger-key-chooser-" + language);
                if ("en".equals(language)) {
                    // As a hostile user would: the eID tile's value changed to the e-mail code key.
                    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].setAttribute('value', 'email-code');",
                            browser.driver().findElement(By.id("dk-key-eid")));
                    chooser.choose("eid");
                    KeyChooserPage again = new KeyChooserPage(browser);
                    assertEquals(List.of("eid", "app"), again.keys());
                    assertEquals(new ThemeMessages("en").get("dkKeyChooserInvalid"),
                            browser.driver().findElement(By.id("input-error-key")).getText().trim());
                }
            }
        }
    }

    @Test
    void acrValues_substantial_offersTheAppCodeToo_andTheTokenSaysSubstantial() {
        try (Browser browser = Browser.open("nl"); OidcLogin ebox = new OidcLogin(env.baseUrl(), EidLab.REALM, "my-ebox")) {
            browser.get(ebox.authorizationUrl(Map.of("acr_values", SUBSTANTIAL)));
            assertEquals(List.of("eid", "app", "app-code"), new KeyChooserPage(browser).keys());
        }
    }

    @Test
    void insurer_essentialHigh_endsWithTheOidcError_beforeAnyPage_andItsOwnLoginIsSubstantial() {
        String email = Accounts.uniqueEmail("loa");
        new Accounts(env, INSURANCE).createEnrolled(email, "en", PASSWORD, INSURANCE_SECRET);
        try (Browser browser = Browser.open("en")) {
            try (OidcLogin client = new OidcLogin(env.baseUrl(), INSURANCE, "accident-manager")) {
                browser.get(client.authorizationUrl(Map.of("state", "loa-state-1",
                        "claims", "{\"id_token\":{\"acr\":{\"essential\":true,\"values\":[\"" + HIGH + "\"]}}}")));
                Map<String, String> answer = client.redirect(browser);
                assertEquals("unmet_authentication_requirements", answer.get("error"), answer.toString());
                assertEquals("loa-state-1", answer.get("state"));
                assertFalse(answer.containsKey("code"));
            }
            try (OidcLogin client = new OidcLogin(env.baseUrl(), INSURANCE, "accident-manager")) {
                browser.get(client.authorizationUrl());
                new LoginPage(browser).logIn(email, PASSWORD);
                new TotpPage(browser).enter(Totp.codeForRawSecret(INSURANCE_SECRET, Totp.now()), false);
                JsonNode tokens = client.tokens(browser);
                assertEquals(SUBSTANTIAL, idToken(tokens).path("acr").asText());
                assertEquals(Set.of("pwd", "otp"), amr(idToken(tokens)));
            }
        }
    }

    @Test
    void bank_paymentService_asksTheSameCardAgain_everyTime() {
        BankCards cards = new BankCards(env);
        BankCards.Card card = cards.newCustomerWithCard("fr", "Client Paiement");
        BankCards.Card otherCard = cards.newCustomerWithCard("fr", "Autre Client");
        try (Browser browser = Browser.open("fr")) {
            String subject;
            try (OidcLogin web = new OidcLogin(env.baseUrl(), BankCards.REALM, "bank-web")) {
                browser.get(web.authorizationUrl());
                sign(browser, card);
                JsonNode tokens = web.tokens(browser);
                assertEquals(SUBSTANTIAL, idToken(tokens).path("acr").asText(), "logging in to online banking is substantial");
                assertEquals(Set.of("card"), amr(idToken(tokens)));
                subject = idToken(tokens).path("sub").asText();
            }
            for (int payment = 1; payment <= 2; payment++) {
                try (OidcLogin payments = new OidcLogin(env.baseUrl(), BankCards.REALM, "bank-payments")) {
                    browser.get(payments.authorizationUrl());
                    if (payment == 1) {
                        // Another customer's card is not the session's card.
                        new CardNumberPage(browser).enter(otherCard.afterPrefix(), false);
                        CardNumberPage refused = new CardNumberPage(browser);
                        assertEquals(new ThemeMessages("fr").get("dkCardNotSessionCard"), refused.alert());
                        browser.screenshot("loa-bank-payment-other-card-fr");
                    }
                    sign(browser, card);
                    JsonNode tokens = payments.tokens(browser);
                    assertEquals(HIGH, idToken(tokens).path("acr").asText(), "payment " + payment);
                    assertEquals(subject, idToken(tokens).path("sub").asText());
                }
            }
            // The session's own service still opens without a card.
            try (OidcLogin web = new OidcLogin(env.baseUrl(), BankCards.REALM, "bank-web")) {
                browser.get(web.authorizationUrl());
                assertNotEquals("", web.redirect(browser).getOrDefault("code", ""));
            }
        }
    }

    /** The card number, then the reader's answer to the challenge shown. */
    private static void sign(Browser browser, BankCards.Card card) {
        new CardNumberPage(browser).enter(card.afterPrefix(), false);
        CardChallengePage challenge = new CardChallengePage(browser);
        challenge.sign(card.response(challenge.challenge()));
    }
}
