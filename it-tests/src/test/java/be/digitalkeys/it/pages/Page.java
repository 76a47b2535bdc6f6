package be.digitalkeys.it.pages;

import java.util.List;

import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.RawMessages;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Common ground of the page objects: elements are found by id, never by visible text. */
public abstract class Page {

    protected final Browser browser;

    protected Page(Browser browser) {
        this.browser = browser;
    }

    /**
     * Waits until the element that identifies this page is visible and the document has loaded
     * (its scripts have run), so that no script of the page replaces a node the test then uses;
     * then checks that the page shows no unfinished message (a raw "{0}", "${", "???" or message
     * key): every page of every journey is checked this way (issue 28).
     */
    protected final void awaitElement(String id) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        browser.awaitLoaded();
        RawMessages.assertNoneOnPage(browser, getClass().getSimpleName());
    }

    /**
     * Clicks something that loads a new page and waits until the new document has replaced the
     * current one and has loaded, so the next page object never sees the old document (e.g. a form
     * shown again with an error) nor a document still being built.
     */
    protected final void clickAndAwaitNewPage(WebElement element) {
        browser.markDocument();
        element.click();
        browser.awaitNewDocument();
    }

    protected final WebElement byId(String id) {
        return browser.driver().findElement(By.id(id));
    }

    /** Types into a field of the loaded page (see {@link #awaitElement}). */
    protected final void type(String id, String text) {
        WebElement field = byId(id);
        field.clear();
        field.sendKeys(text);
    }

    public String title() {
        return byId("kc-page-title").getText().trim();
    }

    public String language() {
        return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    /** The error shown under a field (keycloak.v2 puts it in #input-error-{field}), or "". */
    public String fieldError(String field) {
        List<WebElement> errors = browser.driver().findElements(By.id("input-error-" + field));
        return errors.isEmpty() ? "" : errors.get(0).getText().trim();
    }

    /** The page-level alert, or "". */
    public String alert() {
        List<WebElement> alerts = browser.driver().findElements(By.cssSelector(".kc-feedback-text"));
        return alerts.isEmpty() ? "" : alerts.get(0).getText().trim();
    }

    /** Whether keycloak.v2's "attempted username" box (with its restart button) is on the page. */
    public boolean showsAttemptedUsername() {
        return !browser.driver().findElements(By.id("kc-attempted-username")).isEmpty();
    }

    public String template() {
        String source = browser.driver().getPageSource();
        int at = source.indexOf("<!-- template: ");
        return at < 0 ? "" : source.substring(at + 15, source.indexOf(" -->", at));
    }
}
