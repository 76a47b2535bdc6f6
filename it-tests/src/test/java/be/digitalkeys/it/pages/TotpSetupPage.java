package be.digitalkeys.it.pages;

import be.digitalkeys.it.support.Browser;

/** dk-totp-setup.ftl: step 2 of the first-login journey, or a reset of the authenticator. */
public final class TotpSetupPage extends Page {

    public TotpSetupPage(Browser browser) {
        super(browser);
        awaitElement("dk-totp-setup-form");
    }

    /** The key for manual entry, as shown (Base32 in groups). */
    public String secret() {
        return byId("dk-totp-secret").getText().trim();
    }

    public boolean showsQrCode() {
        return byId("dk-totp-qr").getAttribute("src").startsWith("data:image/png;base64,")
                && (Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", byId("dk-totp-qr"));
    }

    public String apps() {
        return byId("dk-totp-apps").getText();
    }

    public String steps() {
        return browser.driver().findElements(org.openqa.selenium.By.id("dk-steps")).stream()
                .map(e -> e.getText().trim()).findFirst().orElse("");
    }

    /** The notice that the new app will replace the current one. */
    public boolean replacesCurrentApp() {
        return !browser.driver().findElements(org.openqa.selenium.By.id("dk-totp-setup-replacing")).isEmpty();
    }

    /** Only when an application started the reset (kc_action): keeps the current app. */
    public void cancel() {
        clickAndAwaitNewPage(byId("dk-totp-setup-cancel"));
    }

    public void confirm(String code, String deviceName) {
        type("totp", code);
        type("userLabel", deviceName);
        clickAndAwaitNewPage(byId("dk-totp-setup-submit"));
    }
}
