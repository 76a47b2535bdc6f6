package be.digitalkeys.it.insurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import be.digitalkeys.it.pages.AccountPage;
import be.digitalkeys.it.pages.LoginPage;
import be.digitalkeys.it.pages.TotpPage;
import be.digitalkeys.it.support.Accounts;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.Totp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The code page: replay, expired code or wrong clock, malformed input, brute-force lockout. */
@ExtendWith(DigitalKeysExtension.class)
class TotpCodeIT {

    static final String REALM = "insurance";
    static final String PASSWORD = "Een lange zin als wachtwoord";
    static final String SECRET = "TotpCodeItSecret2026";

    private final TestEnvironment env;
    private final Accounts accounts;

    TotpCodeIT(TestEnvironment env) {
        this.env = env;
        this.accounts = new Accounts(env, REALM);
    }

    @Test
    void usedCode_isRefusedTheSecondTime() {
        String email = Accounts.uniqueEmail("replay");
        accounts.createEnrolled(email, "en", PASSWORD, SECRET);
        // Both logins wait on the code page first, so the code is typed twice within seconds: still
        // inside its time window however slow the machine, so only the replay guard can refuse it.
        try (Browser first = Browser.open("en"); Browser second = Browser.open("en")) {
            LoginPage.open(first, env.baseUrl(), REALM).logIn(email, PASSWORD);
            TotpPage firstPage = new TotpPage(first);
            LoginPage.open(second, env.baseUrl(), REALM).logIn(email, PASSWORD);
            TotpPage secondPage = new TotpPage(second);
            String code = Totp.codeForRawSecret(SECRET, Totp.now());
            firstPage.enter(code, false);
            new AccountPage(first, env.baseUrl(), REALM);
            secondPage.enter(code, false);
            TotpPage refused = new TotpPage(second);
            assertEquals("This code has already been used. Wait for the next code in your app.", refused.codeError());
            second.screenshot("totp-en-replayed");
        }
    }

    @Test
    void codeFromTwoMinutesAgo_pointsToTheClockAndTheNewestCode() {
        String email = Accounts.uniqueEmail("oldcode");
        accounts.createEnrolled(email, "fr", PASSWORD, SECRET);
        try (Browser browser = Browser.open("fr")) {
            LoginPage.open(browser, env.baseUrl(), REALM).logIn(email, PASSWORD);
            new TotpPage(browser).enter(Totp.codeForRawSecret(SECRET, Totp.now() - 120), false);
            TotpPage refused = new TotpPage(browser);
            assertTrue(refused.codeError().contains("l’heure de votre appareil"), refused.codeError());
            assertTrue(refused.codeError().contains("le plus récent"), refused.codeError());
            browser.screenshot("totp-fr-expired");
        }
    }

    @Test
    void malformedCode_isExplained_andNotCountedAsAFailure() {
        String email = Accounts.uniqueEmail("malformed");
        String id = accounts.createEnrolled(email, "de", PASSWORD, SECRET);
        try (Browser browser = Browser.open("de")) {
            LoginPage.open(browser, env.baseUrl(), REALM).logIn(email, PASSWORD);
            new TotpPage(browser).enter("12ab5", false);
            TotpPage refused = new TotpPage(browser);
            assertEquals("Geben Sie den 6-stelligen Code aus Ihrer Authentifizierungs-App ein.", refused.codeError());
            browser.screenshot("totp-de-malformed");
        }
        assertEquals(0, ((Number) accounts.bruteForceStatus(id).get("numFailures")).intValue());
    }

    @Test
    void fiveWrongCodes_lockTheAccount_evenForTheRightCode() {
        String email = Accounts.uniqueEmail("lockout");
        String id = accounts.createEnrolled(email, "nl", PASSWORD, SECRET);
        String wrong = wrongCode();
        try (Browser browser = Browser.open("nl")) {
            LoginPage.open(browser, env.baseUrl(), REALM).logIn(email, PASSWORD);
            for (int i = 0; i < 5; i++) {
                new TotpPage(browser).enter(wrong, false);
            }
            Map<String, Object> status = awaitLocked(id);
            assertEquals(Boolean.TRUE, status.get("disabled"), status.toString());
            assertTrue(((Number) status.get("numFailures")).intValue() >= 5, status.toString());

            TotpPage page = new TotpPage(browser);
            page.enter(Totp.codeForRawSecret(SECRET, Totp.now()), false);
            // Like Keycloak's own forms, a locked account gets the generic answer, even for the right code.
            assertFalse(new TotpPage(browser).codeError().isEmpty(), "a locked account does not get in");
            browser.screenshot("totp-nl-locked");
        }
    }

    /** A 6-digit code that matches no step of the secret within ten minutes. */
    private static String wrongCode() {
        long now = Totp.now();
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            boolean matches = false;
            for (long t = now - 600; t <= now + 600; t += 30) {
                matches |= code.equals(Totp.codeForRawSecret(SECRET, t));
            }
            if (!matches) {
                return code;
            }
        }
    }

    /** Lockouts are applied asynchronously: poll the attack-detection endpoint. */
    private Map<String, Object> awaitLocked(String id) {
        return be.digitalkeys.it.support.BruteForce.awaitLocked(() -> accounts.bruteForceStatus(id));
    }
}
