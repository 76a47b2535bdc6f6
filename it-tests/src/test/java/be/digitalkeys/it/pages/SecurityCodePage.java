package be.digitalkeys.it.pages;

import java.util.List;

import be.digitalkeys.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** dk-security-code.ftl: where the code went, the code field, "send it again", "another key". */
public final class SecurityCodePage extends Page {

    public SecurityCodePage(Browser browser) {
        super(browser);
        awaitElement("dk-choose-another-key");
    }

    public boolean asksForCode() {
        return !browser.driver().findElements(By.id("dk-security-code-form")).isEmpty();
    }

    public String intro() {
        List<WebElement> intro = browser.driver().findElements(By.id("dk-security-code-intro"));
        return intro.isEmpty() ? "" : intro.get(0).getText().trim();
    }

    public void enter(String code) {
        type("code", code);
        clickAndAwaitNewPage(byId("dk-security-code-submit"));
    }

    public void resend() {
        clickAndAwaitNewPage(byId("dk-security-code-resend"));
    }

    public String codeError() {
        return fieldError("code");
    }

    /** The page-level message (info or error) of keycloak.v2's alert. */
    public String message() {
        List<WebElement> alerts = browser.driver().findElements(By.cssSelector(".pf-v5-c-alert__title, .kc-feedback-text"));
        return alerts.isEmpty() ? "" : alerts.get(0).getText().trim();
    }

    public void chooseAnotherKey() {
        clickAndAwaitNewPage(byId("dk-choose-another-key"));
    }
}
