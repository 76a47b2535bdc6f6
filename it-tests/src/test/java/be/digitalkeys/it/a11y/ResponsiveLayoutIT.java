package be.digitalkeys.it.a11y;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;

import be.digitalkeys.it.pages.AppPhonePage;
import be.digitalkeys.it.pages.AppSimulatorPage;
import be.digitalkeys.it.pages.CardNumberPage;
import be.digitalkeys.it.pages.EidLoginPage;
import be.digitalkeys.it.pages.KeyChooserPage;
import be.digitalkeys.it.pages.LoginPage;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.PageChecks;
import be.digitalkeys.it.support.TestEnvironment;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The login pages on a 360-pixel-wide phone screen and at 200 % zoom (a 1280-pixel window
 * zoomed to 200 % lays out in 640 CSS pixels): nothing wider than the screen, so no sideways
 * scrolling; each page is shot (target/screenshots/layout-*.png).
 */
@ExtendWith(DigitalKeysExtension.class)
class ResponsiveLayoutIT {

    private static final String PUBLIC_SERVICES = "public-services";
    private final TestEnvironment env;

    ResponsiveLayoutIT(TestEnvironment env) {
        this.env = env;
    }

    private record Reached(String name, Consumer<Browser> open) {
    }

    private List<Reached> pages() {
        return List.of(
                new Reached("key-chooser", b -> KeyChooserPage.open(b, env.baseUrl(), PUBLIC_SERVICES)),
                new Reached("eid", b -> {
                    KeyChooserPage.open(b, env.baseUrl(), PUBLIC_SERVICES).choose("eid");
                    new EidLoginPage(b);
                }),
                new Reached("app-phone", b -> {
                    KeyChooserPage.open(b, env.baseUrl(), PUBLIC_SERVICES).choose("app");
                    new AppPhonePage(b);
                }),
                new Reached("security-code-username-password", b -> {
                    KeyChooserPage.open(b, env.baseUrl(), PUBLIC_SERVICES).choose("email-code");
                    new LoginPage(b);
                }),
                new Reached("bank-card-number", b -> {
                    b.get(env.baseUrl() + "/realms/bank/account/");
                    new CardNumberPage(b);
                }),
                new Reached("insurance-username-password", b -> {
                    b.get(env.baseUrl() + "/realms/insurance/account/");
                    new LoginPage(b);
                }),
                new Reached("app-simulator", b -> AppSimulatorPage.open(b, env.baseUrl(), PUBLIC_SERVICES)));
    }

    @ParameterizedTest(name = "{0} CSS pixels wide")
    @ValueSource(ints = {360, 640})
    void noPageScrollsSideways(int width) {
        try (Browser browser = Browser.open("fr")) {
            browser.driver().manage().window().setSize(new Dimension(width, width == 360 ? 740 : 512));
            StringBuilder wide = new StringBuilder();
            for (Reached page : pages()) {
                page.open().accept(browser);
                browser.screenshot("layout-" + width + "-" + page.name());
                if (wider(browser)) {
                    wide.append(page.name()).append("; ");
                }
            }
            assertTrue(wide.length() == 0, "pages wider than the screen at " + width + " px: " + wide);
        }
    }

    /** The check can fail: a planted element wider than the screen is reported. */
    @org.junit.jupiter.api.Test
    void aPlantedWideElement_isCaught() {
        try (Browser browser = Browser.open("fr")) {
            browser.driver().manage().window().setSize(new Dimension(360, 740));
            KeyChooserPage.open(browser, env.baseUrl(), PUBLIC_SERVICES);
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "var d = document.createElement('div'); d.style.width = '900px'; d.style.height = '10px'; document.body.appendChild(d);");
            assertTrue(wider(browser), "a 900-pixel element on a 360-pixel screen is caught");
        }
    }

    private static boolean wider(Browser browser) {
        return PageChecks.scrollsSideways(browser);
    }
}
