package be.digitalkeys.it.pages;

import java.util.List;

import be.digitalkeys.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** dk-activate-keys.ftl: activation code, key choice, username + password, registration code. */
public final class ActivationPage extends Page {

    public ActivationPage(Browser browser) {
        super(browser);
        awaitElement("dk-activation-form");
    }

    public boolean has(String fieldId) {
        return !browser.driver().findElements(By.id(fieldId)).isEmpty();
    }

    public String currentStep() {
        List<WebElement> current = browser.driver().findElements(By.cssSelector("#dk-activation-progress [aria-current=step]"));
        return current.isEmpty() ? "" : current.get(0).getText().trim();
    }

    public boolean saysKeysDeactivated() {
        return has("dk-activation-deactivated");
    }

    public void activationCode(String typed) {
        type("activationCode", typed);
        clickAndAwaitNewPage(byId("dk-activation-submit"));
    }

    public void chooseKey(String channel, String phone) {
        byId("dk-channel-" + channel).click();
        if (phone != null) {
            type("phone", phone);
        }
        if (!byId("terms").isSelected()) {
            byId("terms").click();
        }
        clickAndAwaitNewPage(byId("dk-activation-submit"));
    }

    public void credentials(String username, String password) {
        type("username", username);
        type("password-new", password);
        type("password-confirm", password);
        clickAndAwaitNewPage(byId("dk-activation-submit"));
    }

    public void code(String code) {
        type("code", code);
        clickAndAwaitNewPage(byId("dk-activation-submit"));
    }

    /** The step's main button as it is, e.g. without ticking the terms. */
    public void next() {
        clickAndAwaitNewPage(byId("dk-activation-submit"));
    }

    public String secret() {
        return byId("dk-totp-secret").getText().trim();
    }

    public String error(String field) {
        return fieldError(field);
    }
}
