package be.digitalkeys.it.pages;

import be.digitalkeys.it.support.Browser;

/** dk-totp.ftl: the code of the authenticator app at login. */
public final class TotpPage extends Page {

    public TotpPage(Browser browser) {
        super(browser);
        awaitElement("dk-totp-form");
    }

    public void enter(String code, boolean rememberDevice) {
        type("otp", code);
        boolean offered = !browser.driver().findElements(org.openqa.selenium.By.id("rememberDevice")).isEmpty();
        if (offered && rememberDevice != byId("rememberDevice").isSelected()) {
            byId("rememberDevice").click();
        }
        clickAndAwaitNewPage(byId("dk-totp-submit"));
    }

    public String rememberLabel() {
        return browser.driver().findElement(org.openqa.selenium.By.cssSelector("label[for=rememberDevice]")).getText().trim();
    }

    public String codeError() {
        return fieldError("otp");
    }
}
