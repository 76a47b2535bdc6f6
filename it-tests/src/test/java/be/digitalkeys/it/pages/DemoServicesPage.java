package be.digitalkeys.it.pages;

import java.util.Optional;

import be.digitalkeys.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The dev-tools demo services page (one card per demo client), found by ids only. */
public final class DemoServicesPage extends Page {

    public DemoServicesPage(Browser browser) {
        super(browser);
        awaitElement("card-my-ebox");
    }

    public static DemoServicesPage open(Browser browser, String url) {
        browser.get(url);
        return new DemoServicesPage(browser);
    }

    public String language() {
        return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    public DemoServicesPage switchLanguage(String lang) {
        clickAndAwaitNewPage(byId("lang-" + lang));
        return new DemoServicesPage(browser);
    }

    /** Sets the card's options (null leaves one as it is) and presses its login button: Keycloak's first page follows. */
    public void logIn(String card, String uiLocales, boolean promptLogin, String maxAge, String acr) {
        if (uiLocales != null) {
            new Select(byId("locale-" + card)).selectByValue(uiLocales);
        }
        if (promptLogin != byId("prompt-" + card).isSelected()) {
            byId("prompt-" + card).click();
        }
        if (maxAge != null) {
            type("max-age-" + card, maxAge);
        }
        if (acr != null) {
            type("acr-" + card, acr);
        }
        clickAndAwaitNewPage(byId("login-" + card));
    }

    public void logIn(String card) {
        logIn(card, null, false, null, null);
    }

    public boolean loggedIn(String card) {
        return !browser.driver().findElements(By.id("status-" + card)).isEmpty();
    }

    /** The value shown for a claim (e.g. {@code acr}, {@code national_number}, {@code dk_profile.type}), if shown. */
    public Optional<String> claim(String card, String claim) {
        return browser.driver().findElements(By.id("claim-" + card + "-" + claim)).stream().findFirst().map(WebElement::getText);
    }

    public String verified(String card) {
        return byId("verified-" + card).getText();
    }

    public Optional<String> notice(String card) {
        return browser.driver().findElements(By.id("notice-" + card)).stream().findFirst().map(WebElement::getText);
    }

    public String fieldInvalid(String fieldId) {
        return byId(fieldId).getAttribute("aria-invalid");
    }

    /** RP-initiated logout: Keycloak ends the session and sends the browser back here. */
    public DemoServicesPage logOut(String card) {
        clickAndAwaitNewPage(byId("logout-" + card));
        browser.waiting().until(d -> !d.findElements(By.id("login-" + card)).isEmpty());
        return new DemoServicesPage(browser);
    }
}
