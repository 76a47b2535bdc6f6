package be.digitalkeys.it.publicservices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import be.digitalkeys.it.pages.ForgotPasswordPage;
import be.digitalkeys.it.pages.InfoPage;
import be.digitalkeys.it.pages.KeyChooserPage;
import be.digitalkeys.it.pages.LoginPage;
import be.digitalkeys.it.pages.TotpPage;
import be.digitalkeys.it.support.Accounts;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.Mailbox;
import be.digitalkeys.it.support.RealmCopies;
import be.digitalkeys.it.support.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * "Forgot password" cannot skip the second factor (issue 22), in a real browser on a lab copy of
 * the public-services realm export (its reset-credentials flow as shipped): someone who controls
 * the mailbox of a user whose key is password + SMS code, or password + authenticator app, asks for
 * the e-mail link and chooses a new password. The browser must not be logged in (the next login
 * asks for the key again: the new password, then the code), nobody is offered to enrol another
 * authenticator app, and the user's app stays as it is.
 */
@ExtendWith(DigitalKeysExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountRecoveryIT {

    private static final String REALM = "ps-recovery-lab";
    private static final String NEW_PASSWORD = "Une phrase toute neuve pour 2026";

    private final TestEnvironment env;
    private final Accounts accounts;

    AccountRecoveryIT(TestEnvironment env) {
        this.env = env;
        if (env.admin().realms().findAll().stream().noneMatch(r -> REALM.equals(r.getRealm()))) {
            env.admin().realms().create(RealmCopies.withoutUsers("public-services-realm.json", REALM));
            env.pointMailTo(REALM);
        }
        this.accounts = new Accounts(env, REALM);
    }

    /** A user of the public-services copy with a username, a password and an e-mail address. */
    private String user(String prefix, String email) {
        return accounts.createWithPassword(prefix + System.nanoTime(), email, "fr", "L'ancien mot de passe de 2025");
    }

    /** Asks "forgot password" from the key's password page, opens the e-mail's link and types a new password. */
    private void resetThroughTheMailbox(Browser browser, String key, String username, String email) {
        KeyChooserPage.open(browser, env.baseUrl(), REALM).choose(key);
        ForgotPasswordPage forgot = new LoginPage(browser).forgotPassword();
        forgot.requestLink(username);
        browser.get(Mailbox.firstLink(new Mailbox(env).latestTo(email)));
        if (!browser.driver().findElements(By.id("kc-info-message")).isEmpty()
                && browser.driver().findElements(By.id("password-new")).isEmpty()) {
            new InfoPage(browser).proceed();
        }
        chooseNewPassword(browser);
        browser.waiting().until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("kc-info-message")),
                ExpectedConditions.presenceOfElementLocated(By.id("totp")),
                ExpectedConditions.presenceOfElementLocated(By.id("dk-totp-setup-form")),
                ExpectedConditions.urlContains("/account")));
        assertTrue(browser.driver().findElements(By.id("totp")).isEmpty()
                        && browser.driver().findElements(By.id("dk-totp-setup-form")).isEmpty(),
                "after a reset nobody is offered to enrol a new authenticator app");
    }

    /** The browser is not logged in: the realm's login asks for a key again. */
    private KeyChooserPage loginAskedAgain(Browser browser) {
        try {
            return KeyChooserPage.open(browser, env.baseUrl(), REALM);
        } catch (TimeoutException e) {
            throw new AssertionError("after the reset the browser is logged in without the second factor: "
                    + browser.driver().getCurrentUrl(), e);
        }
    }

    @Test
    void smsKey_mailboxOwnerResetsThePassword_butIsNotLoggedInWithoutTheSmsCode() {
        String email = Accounts.uniqueEmail("recoverysms");
        String id = user("recoverysms", email);
        accounts.addSecurityCodeKey(id, "sms", "+32470" + (100000 + System.nanoTime() % 800000));
        String username = accounts.user(id).toRepresentation().getUsername();
        try (Browser browser = Browser.open("fr")) {
            resetThroughTheMailbox(browser, "sms-code", username, email);
            loginAskedAgain(browser);
        }
        assertTrue(accounts.user(id).getUserSessions().isEmpty(), "no session for the user");
    }

    @Test
    void appKey_theResetNeitherRemovesTheAppNorLogsIn_theNextLoginAsksTheAppsCode() {
        String email = Accounts.uniqueEmail("recoveryapp");
        String id = user("recoveryapp", email);
        UserRepresentation rep = accounts.user(id).toRepresentation();
        CredentialRepresentation otp = new CredentialRepresentation();
        otp.setType("otp");
        otp.setUserLabel("Téléphone");
        otp.setSecretData("{\"value\":\"AccountRecoverySecret\"}");
        otp.setCredentialData("{\"subType\":\"totp\",\"digits\":6,\"counter\":0,\"period\":30,\"algorithm\":\"HmacSHA1\"}");
        rep.setCredentials(List.of(otp));
        accounts.user(id).update(rep);
        List<String> appBefore = accounts.credentials(id, "otp").stream().map(CredentialRepresentation::getId).toList();
        assertEquals(1, appBefore.size());

        try (Browser browser = Browser.open("fr")) {
            resetThroughTheMailbox(browser, "app-code", rep.getUsername(), email);
            assertEquals(appBefore, accounts.credentials(id, "otp").stream().map(CredentialRepresentation::getId).toList(),
                    "the authenticator app is neither removed nor replaced by the reset");
            loginAskedAgain(browser).choose("app-code");
            new LoginPage(browser).logIn(rep.getUsername(), NEW_PASSWORD);
            new TotpPage(browser);
        }
    }

    /** Whichever page asks for the new password (Keycloak's or ours): both name the fields alike. */
    private static void chooseNewPassword(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new")));
        browser.driver().findElement(By.id("password-new")).sendKeys(NEW_PASSWORD);
        browser.driver().findElement(By.id("password-confirm")).sendKeys(NEW_PASSWORD);
        WebElement root = browser.driver().findElement(By.tagName("html"));
        browser.driver().findElement(By.id("password-new")).findElement(By.xpath("ancestor::form"))
                .findElement(By.cssSelector("[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.stalenessOf(root));
    }
}
