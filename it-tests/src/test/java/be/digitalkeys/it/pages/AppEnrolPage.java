package be.digitalkeys.it.pages;

import be.digitalkeys.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** dk-app-enrol.ftl: activating the app on the PC: the phone number, then the activation token to type in the app. */
public final class AppEnrolPage extends Page {

    public AppEnrolPage(Browser browser) {
        super(browser);
        awaitElement("kc-page-title");
        browser.waiting().until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("dkAppEnrolStart")),
                ExpectedConditions.visibilityOfElementLocated(By.id("dkAppActivationToken"))));
    }

    public boolean asksPhone() {
        return !browser.driver().findElements(By.id("dkAppEnrolStart")).isEmpty();
    }

    public String prefilledNumber() {
        return byId("dkAppPhone").getAttribute("value");
    }

    /** Gives the number to bind; the token step loads. */
    public void start(String region, String number) {
        new Select(byId("dkAppCountry")).selectByValue(region);
        type("dkAppPhone", number);
        clickAndAwaitNewPage(byId("dkAppEnrolStart"));
    }

    /** The activation token, as shown (6 characters). */
    public String token() {
        String shown = byId("dkAppActivationToken").getText().replaceAll("[^A-Z0-9]", "");
        return shown.substring(0, Math.min(6, shown.length()));
    }

    public String phone() {
        return byId("dkAppEnrolPhone").getText().trim();
    }

    public void newToken() {
        clickAndAwaitNewPage(byId("dkAppNewToken"));
    }
}
