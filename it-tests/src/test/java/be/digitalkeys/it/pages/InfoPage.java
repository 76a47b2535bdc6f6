package be.digitalkeys.it.pages;

import be.digitalkeys.it.support.Browser;
import org.openqa.selenium.By;

/** base info.ftl: "perform the following actions" and "your account has been updated". */
public final class InfoPage extends Page {

    public InfoPage(Browser browser) {
        super(browser);
        awaitElement("kc-info-message");
    }

    public String message() {
        return byId("kc-info-message").getText();
    }

    public void proceed() {
        clickAndAwaitNewPage(browser.driver().findElement(By.cssSelector("#kc-info-message a")));
    }
}
