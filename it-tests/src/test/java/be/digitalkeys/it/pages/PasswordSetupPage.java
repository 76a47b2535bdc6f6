package be.digitalkeys.it.pages;

import be.digitalkeys.it.support.Browser;

/** dk-password-setup.ftl: step 1 of the first-login journey. */
public final class PasswordSetupPage extends Page {

    public PasswordSetupPage(Browser browser) {
        super(browser);
        awaitElement("dk-password-setup-form");
    }

    public void choose(String password, String confirmation) {
        type("password-new", password);
        type("password-confirm", confirmation);
        clickAndAwaitNewPage(byId("dk-password-submit"));
    }

    public String steps() {
        return browser.driver().findElements(org.openqa.selenium.By.id("dk-steps")).stream()
                .map(e -> e.getText().trim()).findFirst().orElse("");
    }
}
