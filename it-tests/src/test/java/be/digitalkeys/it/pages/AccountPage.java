package be.digitalkeys.it.pages;

import be.digitalkeys.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The account console, reached once the login is complete. */
public final class AccountPage extends Page {

    public AccountPage(Browser browser, String baseUrl, String realm) {
        super(browser);
        browser.waiting().until(ExpectedConditions.urlMatches("^" + java.util.regex.Pattern.quote(baseUrl + "/realms/" + realm + "/account") + "(/.*)?(#.*)?$"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid='accountSecurity'], #page-sidebar, nav")));
    }

    public static boolean isShown(Browser browser, String baseUrl, String realm) {
        String url = browser.driver().getCurrentUrl();
        return url.startsWith(baseUrl + "/realms/" + realm + "/account") && browser.driver().findElements(By.id("kc-form-login")).isEmpty();
    }
}
