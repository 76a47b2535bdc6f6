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
        new LogoutPage(browser).byId("kc-logout").click();
        browser.waiting().until(d -> !d.getCurrentUrl().contains("/openid-connect/logout")
                || d.getPageSource().contains("kc-info-message"));
    }
}
