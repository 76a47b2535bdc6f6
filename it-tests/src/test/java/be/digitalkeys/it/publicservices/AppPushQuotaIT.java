package be.digitalkeys.it.publicservices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import be.digitalkeys.appclient.AppDevice;
import be.digitalkeys.it.pages.AccountPage;
import be.digitalkeys.it.pages.AppEnrolPage;
import be.digitalkeys.it.pages.AppPhonePage;
import be.digitalkeys.it.pages.AppWaitPage;
import be.digitalkeys.it.pages.KeyChooserPage;
import be.digitalkeys.it.pages.LoginPage;
import be.digitalkeys.it.support.AppLab;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.FormSession;
import be.digitalkeys.it.support.OidcLogin;
import be.digitalkeys.it.support.SmsGatewayStub;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.ThemeMessages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attack on the phone app's push quota and lockout: a stranger who knows the victim's number asks
 * for logins from their own HTTP session until their quota is used up, and the victim presses
 * "this was not me" on each. The account is not locked and the victim still logs in with the app
 * from their own browser.
 */
@ExtendWith(DigitalKeysExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppPushQuotaIT {

    private final TestEnvironment env;
    private final AppLab lab;
    private SmsGatewayStub gateway;

    AppPushQuotaIT(TestEnvironment env) {
        this.env = env;
        this.lab = new AppLab(env);
    }

    @BeforeAll
    void setUp() throws Exception {
        gateway = SmsGatewayStub.start();
        lab.bindPasswordClient();
        lab.smsTo(gateway.url());
        lab.configure(Map.of("iconMode", "new_browser", "maxRequests", "5", "requestWindowSeconds", "900", "browserTransport", "auto"));
    }

    @AfterAll
    void tearDown() {
        gateway.close();
    }

    private String accountUrl() {
        return env.baseUrl() + "/realms/" + AppLab.REALM + "/account/";
    }

    /** Ends the browser's Keycloak session but keeps what it remembers (the app's known-browser cookie). */
    private void logOut(Browser browser) {
        browser.get(env.baseUrl() + "/realms/" + AppLab.REALM + "/.well-known/openid-configuration");
        browser.driver().manage().getCookies().stream().filter(c -> !c.getName().startsWith("DK_APP_BROWSER_"))
                .forEach(c -> browser.driver().manage().deleteCookie(c));
    }

    /** The stranger's own session: the key chooser, the app, the victim's number; the page that follows. */
    private Document strangerAsks(FormSession stranger, String national) {
        stranger.startLogin(AppLab.REALM, "account-console", accountUrl(), "fr");
        stranger.submit("dk-key-chooser-form", Map.of("key", "app"));
        return stranger.submit("kc-dk-app-phone-form", Map.of("country", "BE", "phone", national));
    }

    @Test
    void strangerUsesUpTheQuota_victimDeniesEach_victimStillLogsInWithTheApp() throws Exception {
        String id = lab.user("nora.quota", "Nora", "fr", true);
        String e164 = "+32471300001";
        String national = "0471300001";
        ThemeMessages fr = new ThemeMessages("fr");
        try (Browser victim = Browser.open("fr")) {
            AppDevice phone;
            try (OidcLogin client = new OidcLogin(env.baseUrl(), AppLab.REALM, AppLab.PASSWORD_CLIENT)) {
                victim.get(client.authorizationUrl());
                new LoginPage(victim).logIn("nora.quota", AppLab.PASSWORD);
                new AppEnrolPage(victim).start("BE", national);
                phone = lab.enrolPhone(new AppEnrolPage(victim), gateway, e164, 1);
                client.tokens(victim);
            }
            logOut(victim);
            // Her own browser, where she logged in with the app before.
            victim.get(accountUrl());
            new KeyChooserPage(victim).choose("app");
            new AppPhonePage(victim).send("BE", national);
            AppWaitPage first = new AppWaitPage(victim);
            assertEquals("approved", phone.approve(phone.pending().get(0).request(), first.icon(), AppLab.APP_CODE));
            new AccountPage(victim, env.baseUrl(), AppLab.REALM);
            logOut(victim);

            // The stranger asks until refused (her own first login from this address took one slot), she denies each.
            FormSession stranger = new FormSession(env.baseUrl());
            Document refused = null;
            int denied = 0;
            for (int i = 1; i <= 10 && refused == null; i++) {
                Document page = strangerAsks(stranger, national);
                if (page.getElementById("dkAppWaiting") == null) {
                    refused = page;
                    break;
                }
                assertEquals("denied", phone.deny(phone.pending().get(0).request(), AppLab.APP_CODE));
                denied++;
                Document after = stranger.submit("kc-dk-app-continue-form", Map.of("action", "continue"));
                assertEquals(fr.get("dkAppDenied"), after.select(".kc-feedback-text").text().trim());
            }
            assertNotNull(refused, "the stranger's quota ends");
            assertTrue(denied >= 4, "denied " + denied);
            assertNull(refused.getElementById("dkAppWaiting"), "the stranger's sixth request is refused");
            assertEquals(fr.get("dkAppTooManyRequests"), refused.select(".kc-feedback-text").text().trim());
            assertTrue(phone.pending().isEmpty(), "no push for a refused request");

            victim.get(accountUrl());
            new KeyChooserPage(victim).choose("app");
            new AppPhonePage(victim).send("BE", national);
            AppWaitPage own = new AppWaitPage(victim);
            assertNull(own.icon(), "her known browser");
            assertEquals("approved", phone.approve(phone.pending().get(0).request(), null, AppLab.APP_CODE));
            new AccountPage(victim, env.baseUrl(), AppLab.REALM);
            Map<String, Object> status = lab.bruteForceStatus(id);
            assertEquals(0, ((Number) status.get("numFailures")).intValue(), "a refusal is not a failure of the account: " + status);
            assertNotEquals(Boolean.TRUE, status.get("disabled"));
        } finally {
            lab.realm().attackDetection().clearBruteForceForUser(id);
        }
    }
}
