package be.digitalkeys.it.pages;

import java.util.List;

import be.digitalkeys.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** dk-card-challenge.ftl: the challenge in large digits, the reader's steps, "Code Signature". */
public final class CardChallengePage extends Page {

    public CardChallengePage(Browser browser) {
        super(browser);
        awaitElement("dk-card-response-form");
    }

    /** The challenge as displayed, without the spaces between groups. */
    public String challenge() {
        return byId("dk-card-challenge").getText().replaceAll("\\s", "");
    }

    public String intro() {
        return byId("dk-card-challenge-intro").getText().trim();
    }

    public List<String> steps() {
        return browser.driver().findElements(By.cssSelector("#dk-card-steps > li")).stream().map(e -> e.getText().trim()).toList();
    }

    public void sign(String response) {
        type("response", response);
        clickAndAwaitNewPage(byId("dk-card-sign"));
    }

    /** Posts the challenge form with its response field removed, as a hand-made request would. */
    public void signWithoutResponseField() {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].remove();", byId("response"));
        clickAndAwaitNewPage(byId("dk-card-sign"));
    }

    public String responseError() {
        return fieldError("response");
    }

    public void otherCard() {
        clickAndAwaitNewPage(byId("dk-card-other"));
    }

    public boolean connectedNoticeShown() {
        List<WebElement> notice = browser.driver().findElements(By.id("dk-card-connected"));
        return !notice.isEmpty() && notice.get(0).isDisplayed();
    }

    /** Waits until the connected-mode script has run; true when it offers "use my connected card reader". */
    public boolean offersConnectedReader() {
        browser.waiting().until(d -> d.findElement(By.id("dk-card-offer")).isDisplayed()
                || d.findElement(By.id("dk-card-connected")).isDisplayed()
                || d.findElement(By.id("dk-card-connector-failed")).isDisplayed());
        return byId("dk-card-offer").isDisplayed();
    }

    /** Chooses connected mode: the page asks the reader to sign and, when it does, sends the form by itself. */
    public void useConnectedReader() {
        browser.waiting().until(d -> d.findElement(By.id("dk-card-use-reader")).isDisplayed());
        browser.markDocument();
        byId("dk-card-use-reader").click();
    }
}
