package be.digitalkeys.it.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import be.digitalkeys.it.pages.AccountPage;
import be.digitalkeys.it.pages.LoginPage;
import be.digitalkeys.it.pages.TotpPage;
import be.digitalkeys.it.support.Accounts;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.Mailbox;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.Totp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The language chooser of every page, and the belgianIDpro rule: the language a person picks is
 * kept in their profile, so the next login (once they are known) and the e-mails use it.
 */
@ExtendWith(DigitalKeysExtension.class)
class LanguageIT {

    static final String REALM = "insurance";
    static final String PASSWORD = "Drie koeien in de wei 2026";
    static final String SECRET = "dk-language-test-secret-0001";

    private final TestEnvironment env;
    private final Accounts accounts;

    LanguageIT(TestEnvironment env) {
        this.env = env;
        this.accounts = new Accounts(env, REALM);
    }

    @Test
    void languagePickedOnTheLoginPage_isKeptInTheProfile_andUsedNextTime() {
        String email = Accounts.uniqueEmail("language");
        String id = accounts.createEnrolled(email, "fr", PASSWORD, SECRET);
        try (Browser browser = Browser.open("fr")) {
            LoginPage login = LoginPage.open(browser, env.baseUrl(), REALM);
            assertEquals("fr", login.language());
            Select chooser = new Select(browser.driver().findElement(By.id("login-select-toggle")));
            // Keycloak names each language in the page's language and in its own: "Néerlandais (Nederlands)".
            assertEquals(List.of("Allemand (Deutsch)", "Anglais (English)", "Français", "Néerlandais (Nederlands)"),
                    chooser.getOptions().stream().map(WebElement::getText).map(String::trim).toList());
            // Choosing loads the page again in that language: wait for the new document, never read the old one.
            browser.markDocument();
            chooser.selectByVisibleText("Néerlandais (Nederlands)");
            browser.awaitNewDocument();
            login = new LoginPage(browser);
            assertEquals("nl", login.language());
            browser.screenshot("language-nl-chosen");
            login.logIn(email, PASSWORD);
            TotpPage totp = new TotpPage(browser);
            assertEquals("nl", totp.language());
            totp.enter(Totp.codeForRawSecret(SECRET, Totp.now()), false);
            new AccountPage(browser, env.baseUrl(), REALM);
        }
        assertEquals(List.of("nl"), accounts.user(id).toRepresentation().getAttributes().get("locale"));

        // A new browser that prefers French: once the person is known, their language wins.
        try (Browser browser = Browser.open("fr")) {
            LoginPage.open(browser, env.baseUrl(), REALM).logIn(email, PASSWORD);
            assertEquals("nl", new TotpPage(browser).language());
        }
        accounts.sendActionsEmail(id, "account-console", null, "UPDATE_PASSWORD");
        String html = Mailbox.html(new Mailbox(env).latestTo(email));
        assertEquals("nl", org.jsoup.Jsoup.parse(html).selectFirst("html").attr("lang"));
    }
}
