package be.digitalkeys.it.insurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.digitalkeys.it.pages.InfoPage;
import be.digitalkeys.it.pages.PasswordSetupPage;
import be.digitalkeys.it.pages.TotpSetupPage;
import be.digitalkeys.it.support.Accounts;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.Mailbox;
import be.digitalkeys.it.support.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** NIST SP 800-63B password rules on the guided password page, with the reason of each refusal. */
@ExtendWith(DigitalKeysExtension.class)
class PasswordPolicyIT {

    static final String REALM = "insurance";

    private final TestEnvironment env;
    private final Accounts accounts;

    PasswordPolicyIT(TestEnvironment env) {
        this.env = env;
        this.accounts = new Accounts(env, REALM);
    }

    @Test
    void refusedPasswords_showTheirReason_andChangeNothing() {
        String email = Accounts.uniqueEmail("policy");
        String id = accounts.create(email, "en");
        try (Browser browser = openPasswordPage(email, id)) {
            PasswordSetupPage page = new PasswordSetupPage(browser);
            page.choose("Short1!", "Short1!");
            assertEquals("Invalid password: minimum length 8.", new PasswordSetupPage(browser).fieldError("password-new"));

            page.choose("Password123", "Password123");
            assertEquals("This password is too common and easy to guess. Choose another one.",
                    new PasswordSetupPage(browser).fieldError("password-new"));
            browser.screenshot("password-en-too-common");

            page.choose(email, email);
            assertEquals("Invalid password: must not be equal to the username.",
                    new PasswordSetupPage(browser).fieldError("password-new"), "the e-mail is the username here");

            page.choose("x".repeat(129), "x".repeat(129));
            assertEquals("Invalid password: maximum length 128.", new PasswordSetupPage(browser).fieldError("password-new"));

            page.choose("A perfectly good sentence", "A different sentence");
            assertEquals("Passwords don't match.", new PasswordSetupPage(browser).fieldError("password-confirm"));
            browser.screenshot("password-en-mismatch");
        }
        assertEquals(0, accounts.credentials(id, "password").size(), "no refused password was stored");
    }

    @Test
    void sixtyFourCharacterUnicodePassword_isAccepted() {
        String password = "Één lange zin: ça marche très bien, oder? Ünïcödé ✓ 2026 ŝŧŕøñğ!";
        assertEquals(64, password.codePointCount(0, password.length()));
        String email = Accounts.uniqueEmail("unicode");
        String id = accounts.create(email, "en");
        try (Browser browser = openPasswordPage(email, id)) {
            new PasswordSetupPage(browser).choose(password, password);
            new TotpSetupPage(browser);
        }
        assertEquals(1, accounts.credentials(id, "password").size());
    }

    private Browser openPasswordPage(String email, String id) {
        accounts.sendActionsEmail(id, "accident-manager", env.baseUrl() + "/realms/" + REALM + "/account/",
                "dk-password-setup", "dk-totp-setup");
        String link = Mailbox.firstLink(new Mailbox(env).latestTo(email));
        Browser browser = Browser.open("en");
        browser.get(link);
        if (!browser.driver().findElements(By.id("kc-info-message")).isEmpty()) {
            new InfoPage(browser).proceed();
        }
        return browser;
    }
}
