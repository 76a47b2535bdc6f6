package be.digitalkeys.it.pages;

import java.util.List;

import be.digitalkeys.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** dk-eid.ftl: "Identification avec un lecteur de carte eID", with the TEST software eID dialog in development realms. */
public final class EidLoginPage extends Page {

    public EidLoginPage(Browser browser) {
        super(browser);
        awaitElement("dk-eid-login");
    }

    public boolean offersSoftwareEid() {
        return !browser.driver().findElements(By.id("dk-eid-software")).isEmpty();
    }

    /** Opens the software eID dialog, inserts the TEST card and types the PIN. */
    public void softwareEid(String cardId, String pin) {
        byId("dk-eid-software").click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("dk-seid-dialog")));
        new Select(byId("dk-seid-card")).selectByValue(cardId);
        type("dk-seid-pin", pin);
    }

    /** Types another PIN in the open dialog and confirms it. */
    public void retryPin(String pin) {
        type("dk-seid-pin", pin);
        confirm();
    }

    /** Confirms the PIN and waits for the next page (the token is posted). */
    public void confirmAndAwaitNewPage() {
        clickAndAwaitNewPage(byId("dk-seid-ok"));
    }

    /** Confirms the PIN and stays on the page (wrong PIN, no card). */
    public void confirm() {
        byId("dk-seid-ok").click();
    }

    /** Logs in with a TEST card: card inserted, PIN typed, signed, posted. */
    public void loginWithSoftwareEid(String cardId, String pin) {
        softwareEid(cardId, pin);
        confirmAndAwaitNewPage();
    }

    public String dialogError() {
        WebElement error = byId("dk-seid-error");
        browser.waiting().until(d -> !error.getText().isBlank());
        return error.getText().trim();
    }

    public boolean dialogOpen() {
        List<WebElement> dialog = browser.driver().findElements(By.id("dk-seid-dialog"));
        return !dialog.isEmpty() && dialog.get(0).isDisplayed();
    }

    /** The error the page shows for what happened in the browser (no extension, no card, blocked PIN...). */
    public String clientError() {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("dk-eid-error")));
        return byId("dk-eid-error").getText().trim();
    }

    public boolean installAdviceShown() {
        List<WebElement> install = browser.driver().findElements(By.id("dk-eid-install"));
        return !install.isEmpty() && install.get(0).isDisplayed();
    }

    public void loginWithCardReader() {
        byId("dk-eid-login").click();
    }

    /** The id of the element that has the keyboard focus. */
    public String focused() {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "return document.activeElement ? document.activeElement.id : ''"));
    }

    /** Presses keys on whatever has the focus, as a keyboard user does. */
    public void press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(keys).perform();
    }

    /** The nonce this page asks the card to sign. */
    public String nonce() {
        return byId("dk-eid-form").getAttribute("data-nonce");
    }

    /**
     * Signs with a TEST card without posting, and returns the token JSON the page would post:
     * what an attacker who captured a token holds.
     */
    public String signWithoutPosting(String cardId, String pin) {
        Object token = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const form = document.getElementById('dk-eid-form');"
                        + "const card = arguments[1], pin = arguments[2];"
                        + "window.DkSoftwareEid.authenticate(form.dataset.nonce, {lang: form.dataset.lang, cardsUrl: document.getElementById('dk-eid-software').dataset.cardsUrl})"
                        + ".then(t => done(JSON.stringify(t)), e => done('error:' + e.code));"
                        + "const fill = () => { const select = document.getElementById('dk-seid-card');"
                        + " if (!select || !select.querySelector('option[value=\\'' + card + '\\']')) { setTimeout(fill, 50); return; }"
                        + " select.value = card; document.getElementById('dk-seid-pin').value = pin;"
                        + " document.getElementById('dk-seid-ok').click(); };"
                        + "fill();",
                nonce(), cardId, pin);
        return String.valueOf(token);
    }

    /** Posts a token as the page's form would. */
    public void post(String tokenJson) {
        browser.markDocument();
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('webEidToken').value = arguments[0]; document.getElementById('dk-eid-form').submit();", tokenJson);
        browser.awaitNewDocument();
    }
}
