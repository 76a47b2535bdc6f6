package be.digitalkeys.it.pages;

import java.util.List;

import be.digitalkeys.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** dk-key-chooser.ftl: "Choisissez votre clé numérique". */
public final class KeyChooserPage extends Page {

    public KeyChooserPage(Browser browser) {
        super(browser);
        awaitElement("dk-key-chooser-form");
    }

    public static KeyChooserPage open(Browser browser, String baseUrl, String realm) {
        browser.get(baseUrl + "/realms/" + realm + "/account");
        return new KeyChooserPage(browser);
    }

    /** Tile ids in page order. */
    public List<String> keys() {
        return browser.driver().findElements(By.cssSelector("button[name=key]")).stream()
                .map(b -> b.getAttribute("value")).toList();
    }

    public List<String> groups() {
        return browser.driver().findElements(By.cssSelector(".dk-key-group-title")).stream()
                .map(WebElement::getText).map(String::trim).toList();
    }

    /** The key marked "last used on this browser", or "". */
    public String lastUsed() {
        List<WebElement> last = browser.driver().findElements(By.cssSelector(".dk-key-last button[name=key]"));
        return last.isEmpty() ? "" : last.get(0).getAttribute("value");
    }

    public void choose(String key) {
        clickAndAwaitNewPage(byId("dk-key-" + key));
    }
}
