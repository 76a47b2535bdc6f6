package be.digitalkeys.it.pages;

import be.digitalkeys.it.support.Browser;

/** OIDC logout with confirmation: ends the SSO session, keeps "remember this device". */
public final class LogoutPage extends Page {

    private LogoutPage(Browser browser) {
        super(browser);
        awaitElement("kc-logout");
    }

    public static void logOut(Browser browser, String baseUrl, String realm) {
        browser.get(baseUrl + "/realms/" + realm + "/protocol/openid-connect/logout");
        LogoutPage page = new LogoutPage(browser);
        // Wait for the confirmation page to go first: its own markup must not end the wait early.
        page.clickAndAwaitNewPage(page.byId("kc-logout"));
        browser.waiting().until(d -> !d.getCurrentUrl().contains("/openid-connect/logout")
                || !d.findElements(org.openqa.selenium.By.id("kc-info-message")).isEmpty());
    }
}
