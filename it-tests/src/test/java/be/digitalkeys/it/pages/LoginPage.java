package be.digitalkeys.it.pages;

import be.digitalkeys.it.support.Browser;
import org.openqa.selenium.By;

/** keycloak.v2 login.ftl: e-mail address and password. */
public final class LoginPage extends Page {

    public LoginPage(Browser browser) {
        super(browser);
        awaitElement("kc-form-login");
    }

    public static LoginPage open(Browser browser, String baseUrl, String realm) {
        browser.get(baseUrl + "/realms/" + realm + "/account");
        return new LoginPage(browser);
    }

    public void logIn(String email, String password) {
        type("username", email);
        type("password", password);
        clickAndAwaitNewPage(byId("kc-login"));
    }

    public ForgotPasswordPage forgotPassword() {
        clickAndAwaitNewPage(browser.driver().findElement(By.cssSelector("a[href*='reset-credentials']")));
        return new ForgotPasswordPage(browser);
    }
}
