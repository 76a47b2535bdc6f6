package be.digitalkeys.it.insurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import be.digitalkeys.it.pages.AccountPage;
import be.digitalkeys.it.pages.InfoPage;
import be.digitalkeys.it.pages.LoginPage;
import be.digitalkeys.it.pages.PasswordSetupPage;
import be.digitalkeys.it.pages.TotpPage;
import be.digitalkeys.it.pages.TotpSetupPage;
import be.digitalkeys.it.support.Accounts;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.PageChecks;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.Mailbox;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.Totp;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The insurer's first-login journey (Accident Manager FAQ), from the operator creating the user
 * to the account page, in each language, with a screenshot of every page.
 */
@ExtendWith(DigitalKeysExtension.class)
class FirstLoginJourneyIT {

    static final String REALM = "insurance";
    static final String PASSWORD = "Mijn fiets staat in Leuven sinds 2019";

    /** Words each page must show in its language (a missing translation falls back to English). */
    static final Map<String, List<String>> EXPECTED = Map.of(
            "fr", List.of("Activez votre compte", "Choisissez votre mot de passe", "Étape 1 sur 2", "Étape 2 sur 2", "Vérifiez votre identité"),
            "nl", List.of("Activeer uw account", "Kies uw wachtwoord", "Stap 1 van 2", "Stap 2 van 2", "Bevestig uw identiteit"),
            "de", List.of("Aktivieren Sie Ihr Konto", "Wählen Sie Ihr Passwort", "Schritt 1 von 2", "Schritt 2 von 2", "Bestätigen Sie Ihre Identität"),
            "en", List.of("Activate your account", "Choose your password", "Step 1 of 2", "Step 2 of 2", "Verify your identity"));

    private final TestEnvironment env;

    FirstLoginJourneyIT(TestEnvironment env) {
        this.env = env;
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"fr", "nl", "de", "en"})
    void operatorCreatesUser_userSetsPasswordAndApp_thenReachesAccount(String lang) {
        List<String> words = EXPECTED.get(lang);
        Accounts accounts = new Accounts(env, REALM);
        String email = Accounts.uniqueEmail("journey" + lang);
        String userId = accounts.create(email, lang);
        accounts.sendActionsEmail(userId, "accident-manager", env.baseUrl() + "/realms/" + REALM + "/account/",
                "dk-password-setup", "dk-totp-setup");

        MimeMessage mail = new Mailbox(env).latestTo(email);
        assertEquals(words.get(0), Mailbox.subject(mail));
        String link = Mailbox.firstLink(mail);

        try (Browser browser = Browser.open(lang)) {
            browser.get(link);
            String shot = "journey-" + lang + "-";
            InfoPage actions = new InfoPage(browser);
            browser.screenshot(shot + "00-actions");
            actions.proceed();

            PasswordSetupPage password = new PasswordSetupPage(browser);
            assertEquals(lang, password.language());
            assertEquals(words.get(1), password.title());
            assertEquals(words.get(2), password.steps());
            browser.screenshot(shot + "01-password");
            password.choose("azerty123", "azerty123");
            password = new PasswordSetupPage(browser);
            assertFalse(password.fieldError("password-new").isEmpty(), "a common password is refused with a reason");
            browser.screenshot(shot + "02-password-refused");
            password.choose(PASSWORD, PASSWORD);

            TotpSetupPage setup = new TotpSetupPage(browser);
            assertEquals(words.get(3), setup.steps());
            assertTrue(setup.showsQrCode(), "QR code image rendered");
            assertTrue(setup.apps().contains("Google Authenticator") && setup.apps().contains("Okta Verify"));
            browser.screenshot(shot + "03-totp-setup");
            String secret = setup.secret();
            // Issue 20: a key typed by hand breaks between its groups of four, never inside one.
            PageChecks.assertNeverSplit(browser, "dk-totp-secret", List.of(secret.split("\\s+")));
            setup.confirm(Totp.code(secret, Totp.now()), "Phone " + lang);

            InfoPage updated = new InfoPage(browser);
            browser.screenshot(shot + "04-account-updated");
            updated.proceed();
            if (!AccountPage.isShown(browser, env.baseUrl(), REALM)) {
                new LoginPage(browser).logIn(email, PASSWORD);
                TotpPage totp = new TotpPage(browser);
                assertEquals(words.get(4), totp.title());
                browser.screenshot(shot + "05-totp");
                totp.enter(Totp.code(secret, Totp.now() + 30), false);
            }
            new AccountPage(browser, env.baseUrl(), REALM);
            browser.screenshot(shot + "06-account");
        }
        assertEquals(1, accounts.credentials(userId, "otp").size());
        assertEquals(1, accounts.credentials(userId, "password").size());
        assertTrue(accounts.user(userId).toRepresentation().getRequiredActions().isEmpty());
    }
}
