package be.digitalkeys.it.insurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.digitalkeys.it.pages.AccountPage;
import be.digitalkeys.it.pages.LoginPage;
import be.digitalkeys.it.pages.LogoutPage;
import be.digitalkeys.it.pages.TotpPage;
import be.digitalkeys.it.pages.TotpSetupPage;
import be.digitalkeys.it.support.Accounts;
import be.digitalkeys.it.support.ApplicationInitiatedAction;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.Clock;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.Totp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** "Remember this device for 30 days": skipped code, expiry and every way of revoking it. */
@ExtendWith(DigitalKeysExtension.class)
class RememberDeviceIT {

    static final String REALM = "insurance";
    static final String DEVICE = "dk-remembered-device";
    static final String PASSWORD = "Une longue phrase facile 2026";
    static final String SECRET = "RememberDeviceSecret";

    private final TestEnvironment env;
    private final Accounts accounts;

    RememberDeviceIT(TestEnvironment env) {
        this.env = env;
        this.accounts = new Accounts(env, REALM);
    }

    @Test
    void rememberedBrowser_skipsTheCodeWithinThirtyDays_andAsksAgainAfter() {
        String email = Accounts.uniqueEmail("remember");
        String id = accounts.createEnrolled(email, "fr", PASSWORD, SECRET);
        try (Browser browser = Browser.open("fr"); Clock clock = new Clock(env)) {
            logInRemembering(browser, email);
            assertEquals(1, accounts.credentials(id, DEVICE).size(), "server-side record of the browser");

            LogoutPage.logOut(browser, env.baseUrl(), REALM);
            LoginPage.open(browser, env.baseUrl(), REALM).logIn(email, PASSWORD);
            new AccountPage(browser, env.baseUrl(), REALM);

            clock.shiftSeconds(29 * 86_400);
            LogoutPage.logOut(browser, env.baseUrl(), REALM);
            LoginPage.open(browser, env.baseUrl(), REALM).logIn(email, PASSWORD);
            new AccountPage(browser, env.baseUrl(), REALM);

            clock.shiftSeconds(31 * 86_400);
            LogoutPage.logOut(browser, env.baseUrl(), REALM);
            LoginPage.open(browser, env.baseUrl(), REALM).logIn(email, PASSWORD);
            TotpPage again = new TotpPage(browser);
            browser.screenshot("remember-fr-after-31-days");
            again.enter(Totp.codeForRawSecret(SECRET, clock.serverEpochSeconds()), false);
            new AccountPage(browser, env.baseUrl(), REALM);
        }
        assertEquals(0, accounts.credentials(id, DEVICE).size(), "the expired record is removed");
    }

    @Test
    void deviceRemovedByAnAdmin_asksTheCodeAgain() {
        String email = Accounts.uniqueEmail("revoked");
        String id = accounts.createEnrolled(email, "nl", PASSWORD, SECRET);
        try (Browser browser = Browser.open("nl")) {
            logInRemembering(browser, email);
            CredentialRepresentation device = accounts.credentials(id, DEVICE).get(0);
            accounts.user(id).removeCredential(device.getId());
            LogoutPage.logOut(browser, env.baseUrl(), REALM);
            LoginPage.open(browser, env.baseUrl(), REALM).logIn(email, PASSWORD);
            new TotpPage(browser);
        }
    }

    @Test
    void passwordChange_revokesRememberedBrowsers() {
        String email = Accounts.uniqueEmail("pwchange");
        String id = accounts.createEnrolled(email, "de", PASSWORD, SECRET);
        String newPassword = "Ein ganz neues Passwort 2026";
        try (Browser browser = Browser.open("de")) {
            logInRemembering(browser, email);
            CredentialRepresentation pw = new CredentialRepresentation();
            pw.setType(CredentialRepresentation.PASSWORD);
            pw.setValue(newPassword);
            pw.setTemporary(false);
            accounts.user(id).resetPassword(pw);
            LogoutPage.logOut(browser, env.baseUrl(), REALM);
            LoginPage.open(browser, env.baseUrl(), REALM).logIn(email, newPassword);
            new TotpPage(browser);
        }
        assertEquals(0, accounts.credentials(id, DEVICE).size());
    }

    @Test
    void authenticatorReset_revokesRememberedBrowsers_andAsksForANewApp() {
        String email = Accounts.uniqueEmail("otpreset");
        String id = accounts.createEnrolled(email, "en", PASSWORD, SECRET);
        try (Browser browser = Browser.open("en")) {
            logInRemembering(browser, email);
            accounts.credentials(id, "otp").forEach(c -> accounts.user(id).removeCredential(c.getId()));
            LogoutPage.logOut(browser, env.baseUrl(), REALM);
            LoginPage.open(browser, env.baseUrl(), REALM).logIn(email, PASSWORD);
            TotpSetupPage setup = new TotpSetupPage(browser);
            browser.screenshot("totp-reset-en-setup-again");
            setup.confirm(Totp.code(setup.secret(), Totp.now()), "New phone");
            new AccountPage(browser, env.baseUrl(), REALM);
        }
        assertEquals(1, accounts.credentials(id, "otp").size());
    }

    @Test
    void userResetsTheirApp_fromTheApplication_oldAppAndRememberedBrowsersStopWorking() {
        String email = Accounts.uniqueEmail("userreset");
        String id = accounts.createEnrolled(email, "fr", PASSWORD, SECRET);
        try (Browser browser = Browser.open("fr")) {
            logInRemembering(browser, email);
            browser.get(ApplicationInitiatedAction.url(env, REALM, "accident-manager", "dk-totp-setup"));
            TotpSetupPage setup = new TotpSetupPage(browser);
            assertTrue(setup.replacesCurrentApp(), "the page says the new app replaces the current one");
            browser.screenshot("totp-reset-fr-by-user");
            String newKey = setup.secret();
            setup.confirm(Totp.code(newKey, Totp.now()), "Nouveau téléphone");
            browser.waiting().until(ExpectedConditions.urlContains("kc_action_status=success"));

            LogoutPage.logOut(browser, env.baseUrl(), REALM);
            LoginPage.open(browser, env.baseUrl(), REALM).logIn(email, PASSWORD);
            TotpPage totp = new TotpPage(browser);
            // The old app's next code, never used: refused because the old app is gone, not as a replay
            // of the code logInRemembering typed (it would be accepted if the old app were still there).
            totp.enter(Totp.codeForRawSecret(SECRET, Totp.now() + 30), false);
            assertFalse(new TotpPage(browser).codeError().isEmpty(), "the old app's code is refused");
            new TotpPage(browser).enter(Totp.code(newKey, Totp.now() + 30), false);
            new AccountPage(browser, env.baseUrl(), REALM);
        }
        assertEquals(1, accounts.credentials(id, "otp").size());
        assertEquals(0, accounts.credentials(id, DEVICE).size(), "the remembered browser is revoked");
    }

    @Test
    void userCancelsAnAppReset_keepsTheCurrentApp() {
        String email = Accounts.uniqueEmail("cancelreset");
        String id = accounts.createEnrolled(email, "nl", PASSWORD, SECRET);
        String before = accounts.credentials(id, "otp").get(0).getId();
        try (Browser browser = Browser.open("nl")) {
            logInRemembering(browser, email);
            browser.get(ApplicationInitiatedAction.url(env, REALM, "accident-manager", "dk-totp-setup"));
            new TotpSetupPage(browser).cancel();
            browser.waiting().until(ExpectedConditions.urlContains("kc_action_status=cancelled"));
        }
        assertEquals(before, accounts.credentials(id, "otp").get(0).getId());
        assertEquals(1, accounts.credentials(id, DEVICE).size());
    }

    private void logInRemembering(Browser browser, String email) {
        LoginPage.open(browser, env.baseUrl(), REALM).logIn(email, PASSWORD);
        TotpPage totp = new TotpPage(browser);
        assertTrue(totp.rememberLabel().contains("30"), totp.rememberLabel());
        totp.enter(Totp.codeForRawSecret(SECRET, Totp.now()), true);
        new AccountPage(browser, env.baseUrl(), REALM);
    }
}
