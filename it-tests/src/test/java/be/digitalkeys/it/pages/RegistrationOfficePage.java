package be.digitalkeys.it.pages;

import be.digitalkeys.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** dk-registration-office.ftl: the officer's form. */
public final class RegistrationOfficePage extends Page {

    public RegistrationOfficePage(Browser browser) {
        super(browser);
        awaitElement("dk-office-form");
    }

    public static String url(String baseUrl, String realm) {
        return baseUrl + "/realms/" + realm + "/dk-registration-office/desk";
    }

    /** Fills the form as the officer does; {@code identityChecked} false leaves the box unticked. */
    public void issue(boolean identityChecked, String firstName, String lastName, String email, String locale) {
        if (identityChecked != byId("identityChecked").isSelected()) {
            byId("identityChecked").click();
        }
        type("firstName", firstName);
        type("lastName", lastName);
        type("email", email);
        new Select(byId("locale")).selectByValue(locale);
        clickAndAwaitNewPage(byId("dk-office-submit"));
    }

    /** The issued page: the code to print, and whether old keys were deactivated. */
    public static final class Issued extends Page {

        public Issued(Browser browser) {
            super(browser);
            awaitElement("dk-paper-code");
        }

        public String paperCode() {
            return byId("dk-paper-code").getText().trim();
        }

        public boolean saysKeysDeactivated() {
            return !browser.driver().findElements(By.id("dk-office-deactivated")).isEmpty();
        }

        public RegistrationOfficePage next() {
            clickAndAwaitNewPage(byId("dk-office-next"));
            return new RegistrationOfficePage(browser);
        }
    }
}
