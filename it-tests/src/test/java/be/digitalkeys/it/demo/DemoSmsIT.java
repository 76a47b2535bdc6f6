package be.digitalkeys.it.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import java.util.UUID;

import be.digitalkeys.it.pages.KeyChooserPage;
import be.digitalkeys.it.pages.LoginPage;
import be.digitalkeys.it.pages.SecurityCodePage;
import be.digitalkeys.it.support.Accounts;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.SmsGatewayStub;
import be.digitalkeys.it.support.TestEnvironment;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 32: the demo realms' SMS codes go to the development mailbox on the port DK_MAILBOX_PORT
 * names (./run.sh exports it; the harness starts the server the same way, on a free port). Before
 * the fix both code realms hard-coded 127.0.0.1:8025 and the page said the code could not be sent.
 * Uses titres-services as imported (no test reconfigures its SMS step); the mailbox is a stub on
 * that port recording what the 'log' sender posts to /api/sms.
 */
@ExtendWith(DigitalKeysExtension.class)
class DemoSmsIT {

    private static final String REALM = "titres-services";
    private static final String PASSWORD = "Demo-Sms-Pass-2026!";

    private final TestEnvironment env;

    DemoSmsIT(TestEnvironment env) {
        this.env = env;
    }

    @Test
    void smsCode_goesToTheMailboxOnTheConfiguredPort() throws Exception {
        OptionalInt port = env.keycloak().demoMailboxPort();
        Assumptions.assumeTrue(port.isPresent(), "only the distribution harness starts the server with DK_MAILBOX_PORT");
        Accounts accounts = new Accounts(env, REALM);
        String username = "demo-sms-" + UUID.randomUUID().toString().substring(0, 8);
        String phone = "+3247" + String.format("%07d", Math.abs(username.hashCode()) % 10_000_000);
        String id = accounts.createWithPassword(username, username + "@titres-services.example", "nl", PASSWORD);
        accounts.addSecurityCodeKey(id, "sms", phone);
        try (SmsGatewayStub mailbox = SmsGatewayStub.start(port.getAsInt(), "/api/sms"); Browser browser = Browser.open("nl")) {
            KeyChooserPage.open(browser, env.baseUrl(), REALM).choose("sms-code");
            new LoginPage(browser).logIn(username, PASSWORD);
            SecurityCodePage page = new SecurityCodePage(browser);
            assertTrue(page.asksForCode(), "the code was sent: " + page.message());
            SmsGatewayStub.Received sms = mailbox.awaitMessage(phone, 1);
            assertTrue(sms.text().matches("(?s).*(?<![0-9])[0-9]{6}(?![0-9]).*"), "a 6-digit code in the SMS");
            assertTrue(sms.body().contains("\"realm\""), "posted by the demo's 'log' sender: " + sms.body().length());
        }
    }
}
