package be.digitalkeys.it.pages;

import be.digitalkeys.it.support.Browser;
import org.openqa.selenium.support.ui.Select;

/** dk-app-phone.ftl: "Se connecter avec l'application": country picker and mobile number. */
public final class AppPhonePage extends Page {

    public AppPhonePage(Browser browser) {
        super(browser);
        awaitElement("kc-dk-app-phone-form");
    }

    /** Picks the country (ISO region) and types the number, then sends: the next page loads. */
    public void send(String region, String number) {
        new Select(byId("dkAppCountry")).selectByValue(region);
        type("dkAppPhone", number);
        clickAndAwaitNewPage(byId("dkAppSend"));
    }

    /** Puts a value into the number field as it is (control characters included, which keys cannot type) and sends. */
    public void sendExactly(String region, String value) {
        new Select(byId("dkAppCountry")).selectByValue(region);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", byId("dkAppPhone"), value);
        clickAndAwaitNewPage(byId("dkAppSend"));
    }

    public String selectedCountry() {
        return new Select(byId("dkAppCountry")).getFirstSelectedOption().getAttribute("value");
    }

    public String typedNumber() {
        return byId("dkAppPhone").getAttribute("value");
    }

    public String phoneError() {
        return fieldError("phone");
    }
}
