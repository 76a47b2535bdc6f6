package be.digitalkeys.it.pages;

import java.util.List;

import be.digitalkeys.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** dk-eid-profile.ftl: "Se connecter en tant que" — yourself, a child, an organisation. */
public final class ProfileChoicePage extends Page {

    public ProfileChoicePage(Browser browser) {
        super(browser);
        awaitElement("dk-profile-form");
    }

    /** The profile ids offered, in page order. */
    public List<String> profiles() {
        return buttons().stream().map(b -> b.getAttribute("value")).toList();
    }

    /** The visible texts of the profile buttons, in page order. */
    public List<String> labels() {
        return buttons().stream().map(WebElement::getText).map(String::trim).toList();
    }

    public void choose(String profileId) {
        WebElement button = buttons().stream().filter(b -> profileId.equals(b.getAttribute("value"))).findFirst()
                .orElseThrow(() -> new AssertionError("no profile " + profileId + " among " + profiles()));
        clickAndAwaitNewPage(button);
    }

    private List<WebElement> buttons() {
        return browser.driver().findElements(By.cssSelector("#dk-profile-form button[name=profile]"));
    }
}
