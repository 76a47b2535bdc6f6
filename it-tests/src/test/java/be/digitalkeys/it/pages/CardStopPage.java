package be.digitalkeys.it.pages;

import java.util.List;

import be.digitalkeys.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** dk-card-stop.ftl: a blocked or replaced card, with the seed's explanation and the support number. */
public final class CardStopPage extends Page {

    public CardStopPage(Browser browser) {
        super(browser);
        awaitElement("dk-card-stop-form");
    }

    public String message() {
        List<WebElement> alerts = browser.driver().findElements(By.cssSelector(".pf-v5-c-alert__title, .kc-feedback-text"));
        return alerts.isEmpty() ? "" : alerts.get(0).getText().trim();
    }

    public String explanation() {
        return byId("dk-card-stop-text").getText().trim();
    }

    public String support() {
        List<WebElement> support = browser.driver().findElements(By.id("dk-card-support"));
        return support.isEmpty() ? "" : support.get(0).getText().trim();
    }

    public void otherCard() {
        clickAndAwaitNewPage(byId("dk-card-other"));
    }
}
