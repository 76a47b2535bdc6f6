package be.digitalkeys.it.pages;

import java.util.List;

import be.digitalkeys.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** dk-app-wait.ftl: "Ouvrez votre application", with the icon to remember when one is shown. */
public final class AppWaitPage extends Page {

    public AppWaitPage(Browser browser) {
        super(browser);
        awaitElement("dkAppWaiting");
    }

    /** The icon the page shows, or null. */
    public String icon() {
        List<WebElement> icons = browser.driver().findElements(By.id("dkAppIcon"));
        return icons.isEmpty() ? null : icons.get(0).getAttribute("data-icon");
    }

    public String iconAlt() {
        return byId("dkAppIcon").getAttribute("alt");
    }

    /** "sse" or "poll" once the page's script follows the request. */
    public String transport() {
        browser.waiting().until(d -> !String.valueOf(browser.driver().findElement(By.tagName("body")).getAttribute("data-dk-app-transport")).equals("null"));
        return browser.driver().findElement(By.tagName("body")).getAttribute("data-dk-app-transport");
    }

    /** The "I confirmed in the app" button (the no-script and keyboard fallback). */
    public void continueByHand() {
        clickAndAwaitNewPage(byId("dkAppContinue"));
    }

    public void useAnotherNumber() {
        clickAndAwaitNewPage(byId("dkAppCancel"));
    }

    public boolean isShown() {
        return !browser.driver().findElements(By.id("dkAppWaiting")).isEmpty();
    }
}
