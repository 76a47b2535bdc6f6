package be.digitalkeys.it.pages;

import java.util.List;

import be.digitalkeys.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** dk-org-context.ftl: the organisation and context to act in for this service. */
public final class OrgContextPage extends Page {

    public OrgContextPage(Browser browser) {
        super(browser);
        awaitElement("dk-org-context-form");
    }

    /** The context ids offered, in page order. */
    public List<String> contexts() {
        return radios().stream().map(r -> r.getAttribute("value")).toList();
    }

    /** The context preselected (the remembered one), or null. */
    public String selected() {
        return radios().stream().filter(WebElement::isSelected).map(r -> r.getAttribute("value")).findFirst().orElse(null);
    }

    /** The visible text of each choice, in page order. */
    public List<String> labels() {
        return browser.driver().findElements(By.cssSelector("#dk-org-context-form label.dk-org-context")).stream()
                .map(WebElement::getText).map(String::trim).toList();
    }

    public void choose(String contextId) {
        WebElement radio = radios().stream().filter(r -> contextId.equals(r.getAttribute("value"))).findFirst()
                .orElseThrow(() -> new AssertionError("no context " + contextId + " among " + contexts()));
        byId("dk-org-context-label-" + radios().indexOf(radio)).click();
        clickAndAwaitNewPage(byId("dk-org-context-submit"));
    }

    /** Posts a value the page never offered (the first radio's value rewritten in the page). */
    public void chooseForged(String contextId) {
        WebElement first = radios().get(0);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]; arguments[0].checked = true;", first, contextId);
        clickAndAwaitNewPage(byId("dk-org-context-submit"));
    }

    private List<WebElement> radios() {
        return browser.driver().findElements(By.cssSelector("#dk-org-context-form input[name=context]"));
    }
}
