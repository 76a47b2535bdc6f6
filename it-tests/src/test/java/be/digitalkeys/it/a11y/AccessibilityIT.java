package be.digitalkeys.it.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import be.digitalkeys.it.pages.CardNumberPage;
import be.digitalkeys.it.pages.EidLoginPage;
import be.digitalkeys.it.pages.AppPhonePage;
import be.digitalkeys.it.pages.AppSimulatorPage;
import be.digitalkeys.it.pages.KeyChooserPage;
import be.digitalkeys.it.pages.LoginPage;
import be.digitalkeys.it.pages.ProfileChoicePage;
import be.digitalkeys.it.support.Axe;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.TestSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The login pages as a French-speaking user reaches them, checked with axe-core against WCAG 2.0
 * and 2.1 levels A and AA: no violation allowed. Each page is shot (target/screenshots/a11y-*.png)
 * and its result appended to target/a11y/axe-results.md.
 */
@ExtendWith(DigitalKeysExtension.class)
class AccessibilityIT {

    private static final String PUBLIC_SERVICES = "public-services";
    private final TestEnvironment env;

    AccessibilityIT(TestEnvironment env) {
        this.env = env;
    }

    @BeforeAll
    static void freshResults() throws IOException {
        Files.deleteIfExists(TestSettings.output().resolve("a11y").resolve("axe-results.md"));
    }

    @Test
    void keyChooser() {
        try (Browser browser = Browser.open("fr")) {
            KeyChooserPage.open(browser, env.baseUrl(), PUBLIC_SERVICES);
            check(browser, "key-chooser");
        }
    }

    @Test
    void eidPage() {
        try (Browser browser = Browser.open("fr")) {
            eid(browser);
            check(browser, "eid");
        }
    }

    @Test
    void eidPage_softwareEidDialogOpen() {
        try (Browser browser = Browser.open("fr")) {
            eid(browser);
            browser.driver().findElement(By.id("dk-eid-software")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("dk-seid-dialog")));
            check(browser, "eid-software-dialog");
        }
    }

    @Test
    void eidPage_clientErrorWithInstallAdvice() {
        try (Browser browser = Browser.open("fr")) {
            EidLoginPage page = eid(browser);
            page.loginWithCardReader();
            page.clientError();
            browser.waiting().until(d -> page.installAdviceShown());
            check(browser, "eid-client-error");
        }
    }

    @Test
    void profileChoice() {
        try (Browser browser = Browser.open("fr")) {
            eid(browser).loginWithSoftwareEid("sophie.dubois", "1234");
            new ProfileChoicePage(browser);
            check(browser, "eid-profile-choice");
        }
    }

    @Test
    void bankCardNumber() {
        try (Browser browser = Browser.open("fr")) {
            browser.get(env.baseUrl() + "/realms/bank/account/");
            new CardNumberPage(browser);
            check(browser, "bank-card-number");
        }
    }

    @Test
    void insuranceUsernamePassword() {
        try (Browser browser = Browser.open("fr")) {
            browser.get(env.baseUrl() + "/realms/insurance/account/");
            new LoginPage(browser);
            check(browser, "insurance-username-password");
        }
    }

    @Test
    void securityCodeUsernamePassword() {
        try (Browser browser = Browser.open("fr")) {
            KeyChooserPage.open(browser, env.baseUrl(), PUBLIC_SERVICES).choose("email-code");
            new LoginPage(browser);
            check(browser, "security-code-username-password");
        }
    }

    /** The harness itself: a planted image without text and grey-on-grey text must be reported, so a green run means something. */
    @Test
    void appPhoneNumber_andItsError() {
        try (Browser browser = Browser.open("fr")) {
            KeyChooserPage.open(browser, env.baseUrl(), PUBLIC_SERVICES).choose("app");
            AppPhonePage page = new AppPhonePage(browser);
            check(browser, "app-phone");
            page.send("BE", "0479 99 99 98");
            new AppPhonePage(browser);
            check(browser, "app-phone-unknown-number");
        }
    }

    @Test
    void appPhoneSimulator() {
        try (Browser browser = Browser.open("fr")) {
            AppSimulatorPage.open(browser, env.baseUrl(), PUBLIC_SERVICES);
            browser.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(By.id("simActivate")));
            check(browser, "app-simulator");
        }
    }

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

    private EidLoginPage eid(Browser browser) {
        KeyChooserPage.open(browser, env.baseUrl(), PUBLIC_SERVICES).choose("eid");
        return new EidLoginPage(browser);
    }

    /** Shoots the page, runs axe (leaving out only {@code excluded}), records the result, and asserts no violation. */
    private static void check(Browser browser, String page, String... excluded) {
        assertEquals("fr", browser.driver().findElement(By.tagName("html")).getAttribute("lang"), "page language");
        browser.screenshot("a11y-" + page);
        Axe.Result result = Axe.run(browser, List.of(excluded));
        Axe.record(page, result);
        assertEquals(List.of(), result.violations().stream().map(Axe.Violation::id).toList(), page + ": " + result.report());
    }
}
