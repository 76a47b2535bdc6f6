package be.digitalkeys.it.a11y;

import static be.digitalkeys.it.support.PageChecks.accessible;
import static be.digitalkeys.it.support.PageChecks.assertErrorTiedToField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import be.digitalkeys.it.pages.AccountPage;
import be.digitalkeys.it.pages.ActivationPage;
import be.digitalkeys.it.pages.AppPhonePage;
import be.digitalkeys.it.pages.AppSimulatorPage;
import be.digitalkeys.it.pages.CardChallengePage;
import be.digitalkeys.it.pages.CardNumberPage;
import be.digitalkeys.it.pages.CardReaderSimulatorPage;
import be.digitalkeys.it.pages.CardStopPage;
import be.digitalkeys.it.pages.EidLoginPage;
import be.digitalkeys.it.pages.InfoPage;
import be.digitalkeys.it.pages.KeyChooserPage;
import be.digitalkeys.it.pages.LoginPage;
import be.digitalkeys.it.pages.PasswordSetupPage;
import be.digitalkeys.it.pages.ProfileChoicePage;
import be.digitalkeys.it.pages.RegistrationOfficePage;
import be.digitalkeys.it.pages.SecurityCodePage;
import be.digitalkeys.it.pages.TotpPage;
import be.digitalkeys.it.pages.TotpSetupPage;
import be.digitalkeys.it.support.Accounts;
import be.digitalkeys.it.support.Axe;
import be.digitalkeys.it.support.BankCards;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.Mailbox;
import be.digitalkeys.it.support.Officers;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.TestSettings;
import be.digitalkeys.it.support.Totp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every login, setup and management page as a French-speaking user reaches it (and the error
 * states that show a message under a field), checked by {@link be.digitalkeys.it.support.PageChecks}:
 * the page's language, the language chooser, and axe-core against WCAG 2.0 and 2.1 levels A and AA
 * with no violation allowed. Each page is shot (target/screenshots/a11y-*.png) and its result
 * appended to target/a11y/axe-results.md. Every test has its own user.
 */
@ExtendWith(DigitalKeysExtension.class)
class AccessibilityIT {

    private static final String PUBLIC_SERVICES = "public-services";
    private static final String INSURANCE = "insurance";
    private static final String PASSWORD = "Une phrase de passe pour les tests 2026";
    private static final String SECRET = "AccessibilityItSecret";
    private final TestEnvironment env;
    private final Mailbox mailbox;

    AccessibilityIT(TestEnvironment env) {
        this.env = env;
        this.mailbox = new Mailbox(env);
    }

    @BeforeAll
    static void freshResults() throws IOException {
        Files.deleteIfExists(TestSettings.output().resolve("a11y").resolve("axe-results.md"));
    }

    @Test
    void keyChooser() {
        try (Browser browser = Browser.open("fr")) {
            KeyChooserPage.open(browser, env.baseUrl(), PUBLIC_SERVICES);
            accessible(browser, "key-chooser");
        }
    }

    @Test
    void eidPage() {
        try (Browser browser = Browser.open("fr")) {
            eid(browser);
            accessible(browser, "eid");
        }
    }

    @Test
    void eidPage_softwareEidDialogOpen() {
        try (Browser browser = Browser.open("fr")) {
            eid(browser);
            browser.driver().findElement(By.id("dk-eid-software")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("dk-seid-dialog")));
            accessible(browser, "eid-software-dialog");
        }
    }

    @Test
    void eidPage_clientErrorWithInstallAdvice() {
        try (Browser browser = Browser.open("fr")) {
            EidLoginPage page = eid(browser);
            page.loginWithCardReader();
            page.clientError();
            browser.waiting().until(d -> page.installAdviceShown());
            accessible(browser, "eid-client-error");
        }
    }

    @Test
    void profileChoice() {
        try (Browser browser = Browser.open("fr")) {
            eid(browser).loginWithSoftwareEid("sophie.dubois", "1234");
            new ProfileChoicePage(browser);
            accessible(browser, "eid-profile-choice");
        }
    }

    @Test
    void bankCardNumber() {
        try (Browser browser = Browser.open("fr")) {
            browser.get(env.baseUrl() + "/realms/bank/account/");
            new CardNumberPage(browser);
            accessible(browser, "bank-card-number");
        }
    }

    @Test
    void insuranceUsernamePassword() {
        try (Browser browser = Browser.open("fr")) {
            browser.get(env.baseUrl() + "/realms/insurance/account/");
            new LoginPage(browser);
            accessible(browser, "insurance-username-password");
        }
    }

    @Test
    void securityCodeUsernamePassword() {
        try (Browser browser = Browser.open("fr")) {
            KeyChooserPage.open(browser, env.baseUrl(), PUBLIC_SERVICES).choose("email-code");
            new LoginPage(browser);
            accessible(browser, "security-code-username-password");
        }
    }

    @Test
    void appPhoneNumber_andItsError() {
        try (Browser browser = Browser.open("fr")) {
            KeyChooserPage.open(browser, env.baseUrl(), PUBLIC_SERVICES).choose("app");
            AppPhonePage page = new AppPhonePage(browser);
            accessible(browser, "app-phone");
            page.send("BE", "0479 99 99 98");
            new AppPhonePage(browser);
            accessible(browser, "app-phone-unknown-number");
        }
    }

    @Test
    void appPhoneSimulator() {
        try (Browser browser = Browser.open("fr")) {
            AppSimulatorPage.open(browser, env.baseUrl(), PUBLIC_SERVICES);
            browser.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(By.id("simActivate")));
            accessible(browser, "app-simulator");
        }
    }

    /** Insurance first login from the operator's e-mail: actions, password (and a refused one), app setup (and a wrong code), done. */
    @Test
    void insuranceFirstLogin_setupPages_andTheirErrors() {
        Accounts accounts = new Accounts(env, INSURANCE);
        String email = Accounts.uniqueEmail("a11y-setup");
        String id = accounts.create(email, "fr");
        accounts.sendActionsEmail(id, "accident-manager", env.baseUrl() + "/realms/" + INSURANCE + "/account/",
                "dk-password-setup", "dk-totp-setup");
        try (Browser browser = Browser.open("fr")) {
            browser.get(Mailbox.firstLink(mailbox.latestTo(email)));
            InfoPage actions = new InfoPage(browser);
            accessible(browser, "insurance-required-actions");
            actions.proceed();

            PasswordSetupPage password = new PasswordSetupPage(browser);
            accessible(browser, "insurance-password-setup");
            password.choose("azerty123", "azerty123");
            password = new PasswordSetupPage(browser);
            assertErrorTiedToField(browser, "password-new");
            accessible(browser, "insurance-password-setup-refused");
            password.choose(PASSWORD, PASSWORD);

            TotpSetupPage setup = new TotpSetupPage(browser);
            accessible(browser, "insurance-totp-setup");
            String secret = setup.secret();
            setup.confirm(wrongCode(t -> Totp.code(secret, t)), "Téléphone");
            setup = new TotpSetupPage(browser);
            assertErrorTiedToField(browser, "totp");
            accessible(browser, "insurance-totp-setup-wrong-code");
            setup.confirm(Totp.code(secret, Totp.now()), "Téléphone");

            new InfoPage(browser);
            accessible(browser, "insurance-account-updated");
        }
    }

    @Test
    void insuranceTotpCode_withRememberDevice_andAWrongCode() {
        String email = Accounts.uniqueEmail("a11y-totp");
        new Accounts(env, INSURANCE).createEnrolled(email, "fr", PASSWORD, SECRET);
        try (Browser browser = Browser.open("fr")) {
            LoginPage.open(browser, env.baseUrl(), INSURANCE).logIn(email, PASSWORD);
            TotpPage page = new TotpPage(browser);
            assertFalse(page.rememberLabel().isEmpty(), "the insurer offers \"remember this device\"");
            accessible(browser, "insurance-totp");
            page.enter(wrongCode(step -> Totp.codeForRawSecret(SECRET, step)), false);
            page = new TotpPage(browser);
            assertEquals(page.codeError(), assertErrorTiedToField(browser, "otp"));
            accessible(browser, "insurance-totp-wrong-code");
        }
    }

    @Test
    void securityCodeByEmail_andAWrongCode() {
        Accounts accounts = new Accounts(env, PUBLIC_SERVICES);
        String username = "a11y-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@public-services.example";
        accounts.addSecurityCodeKey(accounts.createWithPassword(username, email, "fr", PASSWORD), "email", email);
        try (Browser browser = Browser.open("fr")) {
            KeyChooserPage.open(browser, env.baseUrl(), PUBLIC_SERVICES).choose("email-code");
            new LoginPage(browser).logIn(username, PASSWORD);
            SecurityCodePage page = new SecurityCodePage(browser);
            accessible(browser, "security-code");
            String code = Mailbox.securityCode(mailbox.latestTo(email));
            page.enter(code.equals("000000") ? "111111" : "000000");
            page = new SecurityCodePage(browser);
            assertEquals(page.codeError(), assertErrorTiedToField(browser, "code"));
            accessible(browser, "security-code-wrong-code");
        }
    }

    /** The officer's desk: the form, the form with its errors, the issued paper code. */
    @Test
    void registrationOffice_form_errors_andIssuedPage() {
        try (Browser officer = Browser.open("fr")) {
            RegistrationOfficePage desk = new Officers(env).deskOfANewOfficer(officer);
            accessible(officer, "registration-office");
            desk.issue(false, "Sans", "Contrôle", "sans.controle@public-services.example", "fr");
            desk = new RegistrationOfficePage(officer);
            assertErrorTiedToField(officer, "identityChecked");
            accessible(officer, "registration-office-identity-not-checked");
            desk.issue(true, "Mauvaise", "Adresse", "not-an-address", "fr");
            new RegistrationOfficePage(officer);
            assertErrorTiedToField(officer, "email");
            accessible(officer, "registration-office-bad-address");
            String email = "a11y-" + UUID.randomUUID().toString().substring(0, 8) + "@public-services.example";
            new RegistrationOfficePage(officer).issue(true, "Test", "Guichet", email, "fr");
            new RegistrationOfficePage.Issued(officer);
            accessible(officer, "registration-office-issued");
        }
    }

    /** The person's activation from the e-mail link: paper code (and a mistyped one), key, username and password, registration code (and a wrong one). */
    @Test
    void activation_everyStep_andTheirErrors() {
        Officers officers = new Officers(env);
        Officers.Person person;
        try (Browser officer = Browser.open("fr")) {
            officers.deskOfANewOfficer(officer);
            person = officers.issue(officer, "fr");
        }
        try (Browser browser = Browser.open("fr")) {
            browser.get(officers.activationLink(person));
            new InfoPage(browser).proceed();
            ActivationPage page = new ActivationPage(browser);
            accessible(browser, "activation-paper-code");
            page.activationCode("ABCDE-12345");
            page = new ActivationPage(browser);
            assertErrorTiedToField(browser, "activationCode");
            accessible(browser, "activation-paper-code-mistyped");
            page.activationCode(person.paperCode());

            page = new ActivationPage(browser);
            accessible(browser, "activation-key-choice");
            page.next();
            page = new ActivationPage(browser);
            assertErrorTiedToField(browser, "terms");
            accessible(browser, "activation-key-choice-terms-missing");
            page.chooseKey("email", null);

            page = new ActivationPage(browser);
            accessible(browser, "activation-username-password");
            page.credentials(person.username(), PASSWORD);

            page = new ActivationPage(browser);
            accessible(browser, "activation-registration-code");
            String code = Mailbox.securityCode(mailbox.nthTo(person.email(), 2));
            page.code(code.equals("000000") ? "111111" : "000000");
            page = new ActivationPage(browser);
            assertErrorTiedToField(browser, "code");
            accessible(browser, "activation-registration-code-wrong");
            page.code(code);

            new InfoPage(browser);
            accessible(browser, "activation-done");
        }
    }

    @Test
    void bankCardChallenge_andAWrongResponse() {
        BankCards.Card card = new BankCards(env).newCustomerWithCard("fr", "ALICE ACCESSIBLE");
        try (Browser browser = Browser.open("fr")) {
            browser.get(env.baseUrl() + "/realms/" + BankCards.REALM + "/account/");
            new CardNumberPage(browser).enter(card.afterPrefix(), false);
            CardChallengePage challenge = new CardChallengePage(browser);
            accessible(browser, "bank-card-challenge");
            challenge.sign(wrongResponse(card, challenge.challenge()));
            challenge = new CardChallengePage(browser);
            assertEquals(challenge.responseError(), assertErrorTiedToField(browser, "response"));
            accessible(browser, "bank-card-challenge-wrong-response");
            challenge.sign(card.response(challenge.challenge()));
            new AccountPage(browser, env.baseUrl(), BankCards.REALM);
        }
    }

    @Test
    void bankCardStop_afterFiveWrongResponses() {
        BankCards.Card card = new BankCards(env).newCustomerWithCard("fr", "BORIS BLOQUE");
        try (Browser browser = Browser.open("fr")) {
            browser.get(env.baseUrl() + "/realms/" + BankCards.REALM + "/account/");
            new CardNumberPage(browser).enter(card.afterPrefix(), false);
            for (int i = 0; i < 5; i++) {
                CardChallengePage challenge = new CardChallengePage(browser);
                challenge.sign(wrongResponse(card, challenge.challenge()));
            }
            new CardStopPage(browser);
            accessible(browser, "bank-card-stop");
        } finally {
            env.realm(BankCards.REALM).attackDetection().clearBruteForceForUser(card.userId());
        }
    }

    @Test
    void bankCardReaderSimulator() {
        try (Browser browser = Browser.open("fr")) {
            CardReaderSimulatorPage.open(browser, env.baseUrl(), BankCards.REALM);
            accessible(browser, "bank-card-simulator");
        }
    }

    /** The harness itself: a planted image without text and grey-on-grey text must be reported, so a green run means something. */
    @Test
    void axeReportsAPlantedViolation() {
        try (Browser browser = Browser.open("fr")) {
            KeyChooserPage.open(browser, env.baseUrl(), PUBLIC_SERVICES);
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "const main = document.getElementById('dk-key-chooser-form');"
                            + "main.insertAdjacentHTML('beforebegin', '<img id=\"dk-a11y-canary-img\" src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"
                            + "<p id=\"dk-a11y-canary-text\" style=\"color:#aaa;background:#bbb\">canari</p>');");
            List<String> found = Axe.run(browser).violations().stream().map(Axe.Violation::id).toList();
            assertTrue(found.contains("image-alt") && found.contains("color-contrast"), found.toString());
        }
    }

    /** A 6-digit code no step within ten minutes of now produces ({@code codeAt}: epoch seconds to code). */
    private static String wrongCode(java.util.function.LongFunction<String> codeAt) {
        long now = Totp.now();
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            boolean matches = false;
            for (long t = now - 600; t <= now + 600; t += 30) {
                matches |= code.equals(codeAt.apply(t));
            }
            if (!matches) {
                return code;
            }
        }
    }

    private static String wrongResponse(BankCards.Card card, String challenge) {
        String right = card.response(challenge);
        return right.substring(0, 7) + ((right.charAt(7) - '0' + 1) % 10);
    }

    private EidLoginPage eid(Browser browser) {
        KeyChooserPage.open(browser, env.baseUrl(), PUBLIC_SERVICES).choose("eid");
        return new EidLoginPage(browser);
    }
}
