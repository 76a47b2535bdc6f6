package be.digitalkeys.it.pages;

import be.digitalkeys.it.support.Browser;

/** keycloak.v2 login-reset-password.ftl. */
public final class ForgotPasswordPage extends Page {

    public ForgotPasswordPage(Browser browser) {
        super(browser);
        awaitElement("kc-reset-password-form");
    }

    public void requestLink(String email) {
        type("username", email);
        clickAndAwaitNewPage(byId("kc-form-buttons"));
    }
}
