package be.digitalkeys.it.insurance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.digitalkeys.it.pages.AccountPage;
import be.digitalkeys.it.pages.ForgotPasswordPage;
import be.digitalkeys.it.pages.InfoPage;
import be.digitalkeys.it.pages.LoginPage;
import be.digitalkeys.it.pages.PasswordSetupPage;
import be.digitalkeys.it.pages.TotpPage;
import be.digitalkeys.it.pages.TotpSetupPage;
import be.digitalkeys.it.support.Accounts;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.Mailbox;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.Totp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The seed's route: "Forgot password" works for a user who never had one, and cannot skip the app. */
@ExtendWith(DigitalKeysExtension.class)
class ForgotPasswordIT {

    static final String REALM = "insurance";
    static final String PASSWORD = "Mon chat s'appelle Gaston depuis 2020";

    private final TestEnvironment env;
    private final Accounts accounts;

    ForgotPasswordIT(TestEnvironment env) {
        this.env = env;
        this.accounts = new Accounts(env, REALM);
    }

    @Test
    void userWithoutPassword_setsItThroughForgotPassword_thenSetsUpTheApp() {
        String email = Accounts.uniqueEmail("forgot");
        String id = accounts.create(email, "fr");
        try (Browser browser = Browser.open("fr")) {
            ForgotPasswordPage forgot = LoginPage.open(browser, env.baseUrl(), REALM).forgotPassword();
            browser.screenshot("forgot-fr-01-request");
            forgot.requestLink(email);
            browser.screenshot("forgot-fr-02-sent");
            browser.get(Mailbox.firstLink(new Mailbox(env).latestTo(email)));
            proceedIfAsked(browser);

            PasswordSetupPage password = new PasswordSetupPage(browser);
            assertEquals("Étape 1 sur 2", password.steps());
            password.choose(PASSWORD, PASSWORD);
            TotpSetupPage setup = new TotpSetupPage(browser);
            assertEquals("Étape 2 sur 2", setup.steps());
            setup.confirm(Totp.code(setup.secret(), Totp.now()), "");
            proceedIfAsked(browser);
            new AccountPage(browser, env.baseUrl(), REALM);
        }
        assertEquals(1, accounts.credentials(id, "otp").size());
    }

    @Test
    void userWithAnApp_mustGiveItsCodeBeforeChoosingANewPassword() {
        String email = Accounts.uniqueEmail("forgotapp");
        String secret = "ForgotPasswordSecret";
        accounts.createEnrolled(email, "nl", "Het oude wachtwoord 2025", secret);
        try (Browser browser = Browser.open("nl")) {
            LoginPage.open(browser, env.baseUrl(), REALM).forgotPassword().requestLink(email);
            browser.get(Mailbox.firstLink(new Mailbox(env).latestTo(email)));
            proceedIfAsked(browser);
            new TotpPage(browser).enter(Totp.codeForRawSecret(secret, Totp.now()), false);
            PasswordSetupPage password = new PasswordSetupPage(browser);
            assertEquals("", password.steps(), "not a first login: no step indicator");
            password.choose(PASSWORD, PASSWORD);
            proceedIfAsked(browser);
            new AccountPage(browser, env.baseUrl(), REALM);
        }
    }

    private static void proceedIfAsked(Browser browser) {
        if (!browser.driver().findElements(By.id("kc-info-message")).isEmpty()) {
            new InfoPage(browser).proceed();
        }
    }
}
