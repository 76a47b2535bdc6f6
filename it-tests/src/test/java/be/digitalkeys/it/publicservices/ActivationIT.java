package be.digitalkeys.it.publicservices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.digitalkeys.it.pages.AccountPage;
import be.digitalkeys.it.pages.ActivationPage;
import be.digitalkeys.it.pages.InfoPage;
import be.digitalkeys.it.pages.KeyChooserPage;
import be.digitalkeys.it.pages.LoginPage;
import be.digitalkeys.it.pages.RegistrationOfficePage;
import be.digitalkeys.it.pages.SecurityCodePage;
import be.digitalkeys.it.pages.TotpPage;
import be.digitalkeys.it.support.Accounts;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.Clock;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.Flows;
import be.digitalkeys.it.support.Mailbox;
import be.digitalkeys.it.support.SmsGatewayStub;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.Totp;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * Activation by a registration office (public-services seed, part 3): the officer issues a paper
 * code, the person follows the e-mail link, types the paper code, chooses a key, a username and
 * a password, confirms with the registration code, and logs in with the new key.
 */
@ExtendWith(DigitalKeysExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivationIT {

    static final String REALM = "public-services";
    static final String OFFICER_PASSWORD = "Le guichet ouvre à neuf heures";
    static final String PASSWORD = "Ma nouvelle clé numérique 2026";

    private final TestEnvironment env;
    private final Accounts accounts;
    private final Mailbox mailbox;
    private SmsGatewayStub gateway;
    private Map<String, String> smsBefore;
    private Browser officer;

    ActivationIT(TestEnvironment env) {
        this.env = env;
        this.accounts = new Accounts(env, REALM);
        this.mailbox = new Mailbox(env);
    }

    @BeforeAll
    void officerAtTheDesk() throws Exception {
        gateway = SmsGatewayStub.start();
        smsBefore = new Flows(env, REALM).configure("dk key sms-code", "dk-security-code", Map.of(
                "dk.sms.sender", "http", "dk.sms.http.url", gateway.url(), "dk.sms.http.retries", "0"));
        String username = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@public-services.example";
        String id = accounts.createWithPassword(username, email, "fr", OFFICER_PASSWORD);
        accounts.addSecurityCodeKey(id, "email", email);
        RoleRepresentation role = env.realm(REALM).roles().get("dk-registration-officer").toRepresentation();
        accounts.user(id).roles().realmLevel().add(List.of(role));

        officer = Browser.open("fr");
        officer.get(RegistrationOfficePage.url(env.baseUrl(), REALM));
        new KeyChooserPage(officer).choose("email-code");
        new LoginPage(officer).logIn(username, OFFICER_PASSWORD);
        new SecurityCodePage(officer).enter(Mailbox.securityCode(mailbox.latestTo(email)));
        new RegistrationOfficePage(officer);
        officer.screenshot("activation-fr-01-office");
    }

    /** The demo realm's SMS key goes back to how it was: no later class finds it pointing at this closed stub. */
    @AfterAll
    void close() {
        try {
            new Flows(env, REALM).restore("dk key sms-code", "dk-security-code", smsBefore);
        } finally {
            officer.close();
            gateway.close();
        }
    }

    @Test
    void emailKey_fromOfficerToFirstLogin() {
        Person person = issue("fr");
        try (Browser browser = Browser.open("fr")) {
            ActivationPage page = openActivation(browser, person);
            browser.screenshot("activation-fr-03-paper-code");
            page.activationCode(person.paperCode.toLowerCase().replace('-', ' '));
            page = new ActivationPage(browser);
            browser.screenshot("activation-fr-04-choose-key");
            page.chooseKey("email", null);
            page = new ActivationPage(browser);
            browser.screenshot("activation-fr-05-credentials");
            page.credentials(person.username, PASSWORD);
            page = new ActivationPage(browser);
            browser.screenshot("activation-fr-06-registration-code");
            MimeMessage registration = mailbox.nthTo(person.email, 2);
            assertEquals("Votre code d’enregistrement", Mailbox.subject(registration));
            page.code(Mailbox.securityCode(registration));
            finish(browser);
        }
        logInWithEmailKey(person);
        assertTrue(accounts.credentials(person.id, "dk-activation-code").isEmpty(), "the paper code is used up");
    }

    @Test
    void appKey_fromOfficerToFirstLogin() {
        Person person = issue("de");
        String secret;
        try (Browser browser = Browser.open("de")) {
            ActivationPage page = openActivation(browser, person);
            page.activationCode(person.paperCode);
            new ActivationPage(browser).chooseKey("app", null);
            new ActivationPage(browser).credentials(person.username, PASSWORD);
            page = new ActivationPage(browser);
            browser.screenshot("activation-de-06-app");
            secret = page.secret();
            page.code(Totp.code(secret, Totp.now()));
            finish(browser);
        }
        try (Browser browser = Browser.open("de")) {
            KeyChooserPage.open(browser, env.baseUrl(), REALM).choose("app-code");
            new LoginPage(browser).logIn(person.username, PASSWORD);
            new TotpPage(browser).enter(Totp.code(secret, Totp.now() + 30), false);
            new AccountPage(browser, env.baseUrl(), REALM);
        }
    }

    @Test
    void smsKey_fromOfficerToFirstLogin() {
        Person person = issue("nl");
        String phone = "+32478" + String.format("%06d", Math.abs(person.username.hashCode()) % 1_000_000);
        try (Browser browser = Browser.open("nl")) {
            ActivationPage page = openActivation(browser, person);
            page.activationCode(person.paperCode);
            new ActivationPage(browser).chooseKey("sms", "0" + phone.substring(3, 6) + " " + phone.substring(6, 8) + " "
                    + phone.substring(8, 10) + " " + phone.substring(10));
            new ActivationPage(browser).credentials(person.username, PASSWORD);
            page = new ActivationPage(browser);
            browser.screenshot("activation-nl-06-sms");
            page.code(sixDigits(gateway.awaitMessage(phone, 1).text()));
            finish(browser);
        }
        try (Browser browser = Browser.open("nl")) {
            KeyChooserPage.open(browser, env.baseUrl(), REALM).choose("sms-code");
            new LoginPage(browser).logIn(person.username, PASSWORD);
            new SecurityCodePage(browser).enter(sixDigits(gateway.awaitMessage(phone, 2).text()));
            new AccountPage(browser, env.baseUrl(), REALM);
        }
    }

    @Test
    void addressThatHadKeys_getsThemDeactivated_andThePersonIsTold() {
        String username = "haskeys-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@public-services.example";
        String id = accounts.createWithPassword(username, email, "en", "An old password of 2025");
        accounts.addSecurityCodeKey(id, "email", email);
        officerPage().issue(true, "Old", "Keys", email, "en");
        RegistrationOfficePage.Issued issued = new RegistrationOfficePage.Issued(officer);
        assertTrue(issued.saysKeysDeactivated(), "the officer is told");
        officer.screenshot("activation-fr-02-issued-deactivated");
        assertTrue(accounts.credentials(id, "dk-security-code-key").isEmpty());
        assertTrue(accounts.credentials(id, "password").isEmpty());
        try (Browser browser = Browser.open("en")) {
            browser.get(Mailbox.firstLink(mailbox.latestTo(email)));
            new InfoPage(browser).proceed();
            assertTrue(new ActivationPage(browser).saysKeysDeactivated(), "the person is told");
            browser.screenshot("activation-en-03-keys-deactivated");
        }
        try (Browser browser = Browser.open("en")) {
            KeyChooserPage.open(browser, env.baseUrl(), REALM).choose("email-code");
            new LoginPage(browser).logIn(username, "An old password of 2025");
            assertFalse(new LoginPage(browser).fieldError("username").isEmpty(), "the old keys no longer work");
        }
        issued.next();
    }

    @Test
    void wrongPaperCodes_areLimited_andTypingMistakesAreExplained() {
        Person person = issue("en");
        try (Browser browser = Browser.open("en")) {
            ActivationPage page = openActivation(browser, person);
            page.activationCode("ABCDE-12345");
            assertEquals("An activation code has 4 groups of 5 letters and digits.", new ActivationPage(browser).error("activationCode"));
            String wrong = person.paperCode.startsWith("A") ? "CCCCC-CCCCC-CCCCC-CCCCC" : "AAAAA-AAAAA-AAAAA-AAAAA";
            for (int i = 4; i >= 1; i--) {
                new ActivationPage(browser).activationCode(wrong);
                assertEquals("This activation code is not correct. " + i + " attempt(s) left.",
                        new ActivationPage(browser).error("activationCode"));
            }
            new ActivationPage(browser).activationCode(wrong);
            new ActivationPage(browser).activationCode(person.paperCode);
            assertTrue(new ActivationPage(browser).has("dk-activation-intro") && new ActivationPage(browser).has("activationCode"),
                    "even the right code is refused once blocked");
            browser.screenshot("activation-en-blocked");
        }
    }

    @Test
    void registrationCodeAfterFiveMinutes_isRefused() {
        Person person = issue("fr");
        try (Browser browser = Browser.open("fr"); Clock clock = new Clock(env)) {
            ActivationPage page = openActivation(browser, person);
            page.activationCode(person.paperCode);
            new ActivationPage(browser).chooseKey("email", null);
            new ActivationPage(browser).credentials(person.username, PASSWORD);
            String code = Mailbox.securityCode(mailbox.nthTo(person.email, 2));
            clock.shiftSeconds(301);
            new ActivationPage(browser).code(code);
            assertEquals("Ce code d’enregistrement n’est plus valable. Cliquez sur « Renvoyer le code ».",
                    new ActivationPage(browser).error("code"));
        }
    }

    @Test
    void officerForm_refusesMissingIdentityCheck_andBadAddresses() {
        RegistrationOfficePage page = officerPage();
        page.issue(false, "No", "Check", "nocheck@public-services.example", "fr");
        page = new RegistrationOfficePage(officer);
        assertEquals("Confirmez que vous avez vérifié le document d’identité.", page.fieldError("identityChecked"));
        page.issue(true, "Bad", "Address", "not-an-address", "fr");
        assertEquals("Saisissez une adresse e-mail valide.", new RegistrationOfficePage(officer).fieldError("email"));
        page = new RegistrationOfficePage(officer);
        page.issue(true, "x".repeat(300), "Long", "long@public-services.example", "fr");
        assertEquals("Saisissez un nom de 1 à 100 caractères.", new RegistrationOfficePage(officer).fieldError("firstName"));
        assertTrue(env.realm(REALM).users().searchByEmail("nocheck@public-services.example", true).isEmpty());
        assertTrue(env.realm(REALM).users().searchByEmail("long@public-services.example", true).isEmpty());
    }

    private record Person(String id, String username, String email, String paperCode) {
    }

    private RegistrationOfficePage officerPage() {
        officer.get(RegistrationOfficePage.url(env.baseUrl(), REALM));
        return new RegistrationOfficePage(officer);
    }

    private Person issue(String locale) {
        String username = "person-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@public-services.example";
        officerPage().issue(true, "Test", username, email, locale);
        RegistrationOfficePage.Issued issued = new RegistrationOfficePage.Issued(officer);
        String id = env.realm(REALM).users().searchByEmail(email, true).get(0).getId();
        return new Person(id, username, email, issued.paperCode());
    }

    private ActivationPage openActivation(Browser browser, Person person) {
        MimeMessage mail = mailbox.nthTo(person.email, 1);
        browser.get(Mailbox.firstLink(mail));
        new InfoPage(browser).proceed();
        return new ActivationPage(browser);
    }

    private void finish(Browser browser) {
        InfoPage done = new InfoPage(browser);
        browser.screenshot("activation-done-" + browser.driver().findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang"));
        done.proceed();
    }

    private void logInWithEmailKey(Person person) {
        try (Browser browser = Browser.open("fr")) {
            KeyChooserPage.open(browser, env.baseUrl(), REALM).choose("email-code");
            int before = mailbox.countTo(person.email);
            new LoginPage(browser).logIn(person.username, PASSWORD);
            new SecurityCodePage(browser).enter(Mailbox.securityCode(mailbox.nthTo(person.email, before + 1)));
            new AccountPage(browser, env.baseUrl(), REALM);
        }
    }

    private static String sixDigits(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])").matcher(text);
        assertTrue(m.find(), "a 6-digit code in the SMS");
        return m.group(1);
    }
}
