package be.digitalkeys.it.pages;

import be.digitalkeys.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** dk-app-simulator.ftl: the development phone simulator, the phone app in a page. */
public final class AppSimulatorPage extends Page {

    public AppSimulatorPage(Browser browser) {
        super(browser);
        awaitElement("simBanner");
    }

    public static AppSimulatorPage open(Browser browser, String baseUrl, String realm) {
        browser.get(baseUrl + "/realms/" + realm + "/dk-lab/app-simulator");
        return new AppSimulatorPage(browser);
    }

    /** "Activer": the activation token and the number; waits for the SMS code screen. */
    public void activate(String token, String number) {
        awaitElement("simActivate");
        type("simToken", token);
        type("simPhone", number);
        byId("simStart").click();
        awaitElement("simSms");
    }

    public void confirmSms(String code) {
        type("simSmsCode", code);
        byId("simSmsConfirm").click();
        awaitElement("simChooseCode");
    }

    /** Chooses the app code twice; waits until the rules allow it, confirms, and waits for the home screen. */
    public void chooseAppCode(String code) {
        type("simAppCode", code);
        type("simAppCodeRepeat", code);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("simCodeConfirm")));
        byId("simCodeConfirm").click();
        awaitElement("simHome");
    }

    /** Waits for the pending request (the simulator checks every 2 seconds), taps the icon, confirms and types the code. */
    public String approve(String icon, String appCode) {
        awaitElement("simRequest");
        if (icon != null) {
            browser.driver().findElement(By.cssSelector("#simIcons .dk-sim-icon[data-icon='" + icon + "']")).click();
        }
        byId("simConfirm").click();
        awaitElement("simPinScreen");
        type("simPin", appCode);
        byId("simPinOk").click();
        awaitElement("simResultScreen");
        return byId("simResultText").getText().trim();
    }
}
