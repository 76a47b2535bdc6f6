package be.digitalkeys.it.pages;

import java.util.List;

import be.digitalkeys.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** dk-card-number.ftl: pre-filled prefix, the card number, "remember this card", remembered cards. */
public final class CardNumberPage extends Page {

    public CardNumberPage(Browser browser) {
        super(browser);
        awaitElement("dk-card-form");
    }

    public String prefix() {
        List<WebElement> prefix = browser.driver().findElements(By.id("dk-card-prefix"));
        return prefix.isEmpty() ? "" : prefix.get(0).getText().trim();
    }

    /** The digits in the card number field, without the spaces of the grouping. */
    public String typedNumber() {
        return byId("cardNumber").getAttribute("value").replace(" ", "");
    }

    /** The field exactly as shown. */
    public String shownNumber() {
        return byId("cardNumber").getAttribute("value");
    }

    /** Types the digits after the prefix (or a whole number) and continues. */
    public void enter(String typed, boolean remember) {
        type("cardNumber", typed);
        if (remember) {
            byId("rememberCard").click();
        }
        clickAndAwaitNewPage(byId("dk-card-continue"));
    }

    /** Each remembered card as shown: holder name and masked number. */
    public List<String> remembered() {
        return browser.driver().findElements(By.cssSelector(".dk-card-button")).stream()
                .map(b -> b.getText().replaceAll("\\s+", " ").trim()).toList();
    }

    public void useRemembered(int index) {
        clickAndAwaitNewPage(byId("dk-card-use-" + index));
    }

    public void forget(int index) {
        clickAndAwaitNewPage(byId("dk-card-forget-" + index));
    }

    /** As a hostile user would: the "Remove" button of a remembered card with its value altered. */
    public void forgetAltered(int index, String cardId) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].setAttribute('value', arguments[1]);", byId("dk-card-forget-" + index), cardId);
        clickAndAwaitNewPage(byId("dk-card-forget-" + index));
    }

    /** Puts a value into the card number field as it is (control characters included, which keys cannot type) and continues. */
    public void enterExactly(String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", byId("cardNumber"), value);
        clickAndAwaitNewPage(byId("dk-card-continue"));
    }

    public String cardNumberError() {
        return fieldError("cardNumber");
    }

    /** The page-level message (keycloak.v2's alert), or "". */
    public String message() {
        List<WebElement> alerts = browser.driver().findElements(By.cssSelector(".pf-v5-c-alert__title, .kc-feedback-text"));
        return alerts.isEmpty() ? "" : alerts.get(0).getText().trim();
    }

    /** Waits until the connected-mode script has said whether a connector answered; true when one did. */
    public boolean connectorFound() {
        browser.waiting().until(d -> d.findElement(By.id("dk-card-connector-found")).isDisplayed()
                || d.findElement(By.id("dk-card-connector-missing")).isDisplayed());
        return byId("dk-card-connector-found").isDisplayed();
    }

    /** Waits until the connected-mode script has run and offers "use my connected card reader"; false when it went to the reader by itself. */
    public boolean offersConnectedReader() {
        browser.waiting().until(d -> d.findElement(By.id("dk-card-offer")).isDisplayed()
                || d.findElement(By.id("dk-card-connector-found")).isDisplayed()
                || d.findElement(By.id("dk-card-connector-missing")).isDisplayed());
        return byId("dk-card-offer").isDisplayed();
    }

    /** Chooses connected mode (the choice is remembered on this device). */
    public void useConnectedReader() {
        browser.waiting().until(d -> d.findElement(By.id("dk-card-use-reader")).isDisplayed());
        byId("dk-card-use-reader").click();
    }

    /** Waits for the explanation that the browser refused the connection to the reader, and returns it. */
    public String readerDenied() {
        browser.waiting().until(d -> d.findElement(By.id("dk-card-reader-denied")).isDisplayed());
        return byId("dk-card-reader-denied").getText().trim();
    }

    /** Whether "stop using the connected card reader on this device" is shown. */
    public boolean offersToStopTheReader() {
        return byId("dk-card-stop-reader").isDisplayed();
    }
}
