package be.digitalkeys.it.pages;

import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.RawMessages;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The account console, reached once the login is complete. */
public final class AccountPage extends Page {

    /** PatternFly page sidebar navigation of the React account console. */
    private static final String CONSOLE = "nav, [class*='c-page__sidebar']";

    public AccountPage(Browser browser, String baseUrl, String realm) {
        super(browser);
        browser.waiting().until(ExpectedConditions.urlMatches("^" + java.util.regex.Pattern.quote(baseUrl + "/realms/" + realm + "/account") + "(/.*)?(#.*)?$"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(CONSOLE)));
        RawMessages.assertNoneOnPage(browser, "AccountPage");
    }

    /**
     * Opens the console's "Signing in" page (account-security/signing-in), waits until it lists the
     * credential types, checks it shows no unfinished message, and returns its visible text.
     */
    public String signingIn(String baseUrl, String realm) {
        browser.get(baseUrl + "/realms/" + realm + "/account/account-security/signing-in");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid$='/help'], .cred-title")));
        RawMessages.assertNoneOnPage(browser, "AccountPage-signing-in");
        return browser.driver().findElement(By.tagName("body")).getText();
    }

    /**
     * After "back to application": waits until either the login form (no SSO session yet) or the
     * account console is on screen, and tells which.
     */
    public static boolean isShown(Browser browser, String baseUrl, String realm) {
        By login = By.id("kc-form-login");
        By console = By.cssSelector(CONSOLE);
        browser.waiting().until(d -> !d.findElements(login).isEmpty() || !d.findElements(console).isEmpty());
        return browser.driver().findElements(login).isEmpty();
    }
}
