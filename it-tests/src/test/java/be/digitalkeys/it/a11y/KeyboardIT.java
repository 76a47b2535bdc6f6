package be.digitalkeys.it.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.digitalkeys.lab.eid.TestCitizen;
import be.digitalkeys.it.pages.AccountPage;
import be.digitalkeys.it.pages.ActivationPage;
import be.digitalkeys.it.pages.CardChallengePage;
import be.digitalkeys.it.pages.CardNumberPage;
import be.digitalkeys.it.pages.EidLoginPage;
import be.digitalkeys.it.pages.InfoPage;
import be.digitalkeys.it.pages.KeyChooserPage;
import be.digitalkeys.it.pages.LoginPage;
import be.digitalkeys.it.pages.PasswordSetupPage;
import be.digitalkeys.it.pages.ProfileChoicePage;
import be.digitalkeys.it.pages.RegistrationOfficePage;
import be.digitalkeys.it.pages.SecurityCodePage;
import be.digitalkeys.it.pages.TotpPage;
import be.digitalkeys.it.pages.TotpSetupPage;
import be.digitalkeys.it.support.Accounts;
import be.digitalkeys.it.support.BankCards;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.EidLab;
import be.digitalkeys.it.support.Keyboard;
import be.digitalkeys.it.support.Mailbox;
import be.digitalkeys.it.support.Officers;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.Totp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Keyboard-only journeys (issue 11): every key goes to the focused element (characters, Tab,
 * Shift+Tab, Enter, Space, arrows), nothing is clicked, and each journey ends on the account page or
 * the page that comes next. The page objects only wait for pages and read what they show. The
 * focus is visible (outline or box-shadow) on the key chooser's tiles and on the primary buttons.
 * Every test has its own user.
 */
@ExtendWith(DigitalKeysExtension.class)
class KeyboardIT {

    private static final String INSURANCE = "insurance";
    private static final String PUBLIC_SERVICES = "public-services";
    private static final String PASSWORD = "Tout au clavier, sans souris 2026";
    private static final String SECRET = "KeyboardItTotpSecret";

    private final TestEnvironment env;
    private final Mailbox mailbox;

    KeyboardIT(TestEnvironment env) {
        this.env = env;
        this.mailbox = new Mailbox(env);
    }

    private String accountUrl(String realm) {
        return env.baseUrl() + "/realms/" + realm + "/account/";
    }

    /** Username (focused on arrival), Tab, password, Enter. */
    private static void logIn(Keyboard keyboard, String username, String password) {
        keyboard.assertFocusOn("username");
        keyboard.press(username);
        keyboard.tabTo("password");
        keyboard.press(password);
        keyboard.pressAndAwaitNewPage(Keys.ENTER);
    }

    /** Tab to the link of Keycloak's info page ("proceed", "back to the application") and follow it. */
    private static void followInfoLink(Keyboard keyboard) {
        keyboard.tabTo(By.cssSelector("#kc-info-message a"));
        keyboard.assertFocusVisible("the info page's link");
        keyboard.pressAndAwaitNewPage(Keys.ENTER);
    }

    @Test
    void insurancePasswordAndTotpCode_rememberThisDeviceWithSpace() {
        Accounts accounts = new Accounts(env, INSURANCE);
        String email = Accounts.uniqueEmail("keyboard-totp");
        String id = accounts.createEnrolled(email, "en", PASSWORD, SECRET);
        try (Browser browser = Browser.open("en")) {
            browser.get(accountUrl(INSURANCE));
            new LoginPage(browser);
            Keyboard keyboard = new Keyboard(browser);
            logIn(keyboard, email, PASSWORD);

            new TotpPage(browser);
            keyboard.assertFocusOn("otp");
            keyboard.press(Totp.codeForRawSecret(SECRET, Totp.now()));
            keyboard.tabTo("rememberDevice");
            keyboard.press(Keys.SPACE);
            assertTrue(keyboard.focused().isSelected(), "Space ticks \"remember this device\"");
            keyboard.tabTo("dk-totp-submit");
            keyboard.assertFocusVisible("the code page's Continue button");
            browser.screenshot("keyboard-insurance-totp");
            keyboard.pressAndAwaitNewPage(Keys.ENTER);
            new AccountPage(browser, env.baseUrl(), INSURANCE);
        }
        assertEquals(1, accounts.credentials(id, "dk-remembered-device").size(), "the device is remembered");
    }

    @Test
    void insuranceFirstLogin_passwordThenApp() {
        Accounts accounts = new Accounts(env, INSURANCE);
        String email = Accounts.uniqueEmail("keyboard-setup");
        String id = accounts.create(email, "en");
        accounts.sendActionsEmail(id, "accident-manager", accountUrl(INSURANCE), "dk-password-setup", "dk-totp-setup");
        try (Browser browser = Browser.open("en")) {
            browser.get(Mailbox.firstLink(mailbox.latestTo(email)));
            new InfoPage(browser);
            Keyboard keyboard = new Keyboard(browser);
            followInfoLink(keyboard);

            new PasswordSetupPage(browser);
            keyboard.assertFocusOn("password-new");
            keyboard.press(PASSWORD);
            keyboard.tabTo("password-confirm");
            keyboard.press(PASSWORD);
            keyboard.tabTo("dk-password-submit");
            keyboard.assertFocusVisible("the password page's Continue button");
            keyboard.pressAndAwaitNewPage(Keys.ENTER);

            TotpSetupPage setup = new TotpSetupPage(browser);
            String secret = setup.secret();
            keyboard.tabTo("totp");
            keyboard.press(Totp.code(secret, Totp.now()));
            keyboard.tabTo("userLabel");
            keyboard.press("Keyboard phone");
            keyboard.tabTo("dk-totp-setup-submit");
            keyboard.assertFocusVisible("the app setup's Continue button");
            keyboard.pressAndAwaitNewPage(Keys.ENTER);

            new InfoPage(browser);
            followInfoLink(keyboard);
            if (!AccountPage.isShown(browser, env.baseUrl(), INSURANCE)) {
                logIn(keyboard, email, PASSWORD);
                new TotpPage(browser);
                keyboard.assertFocusOn("otp");
                keyboard.press(Totp.code(secret, Totp.now() + 30));
                keyboard.pressAndAwaitNewPage(Keys.ENTER);
            }
            new AccountPage(browser, env.baseUrl(), INSURANCE);
        }
        assertEquals(1, accounts.credentials(id, "otp").size());
    }

    @Test
    void publicServicesKeyChooser_thenSecurityCodeByEmail() {
        Accounts accounts = new Accounts(env, PUBLIC_SERVICES);
        String username = "keyboard-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@public-services.example";
        accounts.addSecurityCodeKey(accounts.createWithPassword(username, email, "en", PASSWORD), "email", email);
        try (Browser browser = Browser.open("en")) {
            browser.get(accountUrl(PUBLIC_SERVICES));
            KeyChooserPage chooser = new KeyChooserPage(browser);
            Keyboard keyboard = new Keyboard(browser);
            for (String key : chooser.keys()) {
                keyboard.tabTo("dk-key-" + key);
                keyboard.assertFocusVisible("the chooser's tile " + key);
            }
            keyboard.shiftTabTo("dk-key-email-code");
            browser.screenshot("keyboard-key-chooser-focus");
            keyboard.pressAndAwaitNewPage(Keys.ENTER);

            new LoginPage(browser);
            logIn(keyboard, username, PASSWORD);
            new SecurityCodePage(browser);
            keyboard.assertFocusOn("code");
            keyboard.press(Mailbox.securityCode(mailbox.latestTo(email)));
            keyboard.tabTo("dk-security-code-submit");
            keyboard.assertFocusVisible("the security code's Continue button");
            keyboard.pressAndAwaitNewPage(Keys.ENTER);
            new AccountPage(browser, env.baseUrl(), PUBLIC_SERVICES);
        }
    }

    @Test
    void bankCardNumber_thenChallenge() {
        BankCards.Card card = new BankCards(env).newCustomerWithCard("en", "KEVIN KEYBOARD");
        try (Browser browser = Browser.open("en")) {
            browser.get(accountUrl(BankCards.REALM));
            new CardNumberPage(browser);
            Keyboard keyboard = new Keyboard(browser);
            keyboard.assertFocusOn("cardNumber");
            keyboard.press(card.afterPrefix());
            keyboard.tabTo("dk-card-continue");
            keyboard.assertFocusVisible("the card page's Continue button");
            keyboard.pressAndAwaitNewPage(Keys.ENTER);

            CardChallengePage challenge = new CardChallengePage(browser);
            keyboard.assertFocusOn("response");
            keyboard.press(card.response(challenge.challenge()));
            keyboard.tabTo("dk-card-sign");
            keyboard.assertFocusVisible("the challenge page's Sign button");
            keyboard.pressAndAwaitNewPage(Keys.ENTER);
            new AccountPage(browser, env.baseUrl(), BankCards.REALM);
        }
    }

    /** The officer's form, then the person's activation from the e-mail link to the last page, by keyboard. */
    @Test
    void registrationOffice_thenActivation() {
        Officers officers = new Officers(env);
        String username = "keyboard-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@public-services.example";
        Officers.Person person;
        try (Browser officer = Browser.open("fr")) {
            officers.deskOfANewOfficer(officer);
            Keyboard keyboard = new Keyboard(officer);
            keyboard.tabTo("identityChecked");
            keyboard.press(Keys.SPACE);
            assertTrue(keyboard.focused().isSelected(), "Space ticks the identity check");
            keyboard.tabTo("firstName");
            keyboard.press("Karel");
            keyboard.tabTo("lastName");
            keyboard.press(username);
            keyboard.tabTo("email");
            keyboard.press(email);
            keyboard.tabTo("locale");
            keyboard.chooseWithArrows("en");
            keyboard.tabTo("dk-office-submit");
            keyboard.assertFocusVisible("the desk's Issue button");
            keyboard.pressAndAwaitNewPage(Keys.ENTER);
            person = officers.issued(officer, username, email);
            keyboard.tabTo("dk-office-print");
            keyboard.assertFocusVisible("the desk's Print button");
        }

        try (Browser browser = Browser.open("en")) {
            browser.get(officers.activationLink(person));
            new InfoPage(browser);
            Keyboard keyboard = new Keyboard(browser);
            followInfoLink(keyboard);

            new ActivationPage(browser);
            keyboard.assertFocusOn("activationCode");
            keyboard.press(person.paperCode());
            keyboard.pressAndAwaitNewPage(Keys.ENTER);

            new ActivationPage(browser);
            keyboard.tabTo("dk-channel-email");
            keyboard.press(Keys.ARROW_DOWN);
            assertEquals("dk-channel-app", keyboard.focusedId(), "Down moves to the next key");
            assertTrue(keyboard.focused().isSelected());
            keyboard.press(Keys.ARROW_UP);
            assertEquals("dk-channel-email", keyboard.focusedId(), "Up comes back");
            assertTrue(keyboard.focused().isSelected());
            keyboard.tabTo("terms");
            keyboard.press(Keys.SPACE);
            assertTrue(keyboard.focused().isSelected(), "Space accepts the terms");
            keyboard.tabTo("dk-activation-submit");
            keyboard.assertFocusVisible("the activation's Activate button");
            keyboard.pressAndAwaitNewPage(Keys.ENTER);

            new ActivationPage(browser);
            keyboard.assertFocusOn("username");
            keyboard.press(person.username());
            keyboard.tabTo("password-new");
            keyboard.press(PASSWORD);
            keyboard.tabTo("password-confirm");
            keyboard.press(PASSWORD);
            keyboard.pressAndAwaitNewPage(Keys.ENTER);

            new ActivationPage(browser);
            keyboard.assertFocusOn("code");
            keyboard.press(Mailbox.securityCode(mailbox.nthTo(person.email(), 2)));
            keyboard.tabTo("dk-activation-submit");
            keyboard.assertFocusVisible("the registration code's Continue button");
            keyboard.pressAndAwaitNewPage(Keys.ENTER);

            assertFalse(new InfoPage(browser).message().isBlank(), "the activation is confirmed");
        }
        assertEquals(1, new Accounts(env, PUBLIC_SERVICES).credentials(person.id(), "password").size());
    }

    @Test
    void eidLogin_thenProfileChoice() {
        EidLab lab = new EidLab(env);
        lab.defaults();
        TestCitizen sophie = EidLab.citizen("sophie.dubois");
        TestCitizen lucas = EidLab.citizen("lucas.dubois");
        lab.register(lucas, "lucas.keyboard", "Lucas", "Dubois", Map.of());
        lab.register(sophie, "sophie.keyboard-profiles", "Sophie", "Dubois",
                Map.of("childNiss", List.of(lucas.niss()), "locale", List.of("fr")));
        try (Browser browser = Browser.open("fr")) {
            browser.get(accountUrl(EidLab.REALM));
            new KeyChooserPage(browser);
            Keyboard keyboard = new Keyboard(browser);
            keyboard.tabTo("dk-key-eid");
            keyboard.pressAndAwaitNewPage(Keys.ENTER);

            new EidLoginPage(browser);
            keyboard.tabTo("dk-eid-software");
            keyboard.press(Keys.ENTER);
            keyboard.assertFocusOn("dk-seid-card");
            keyboard.chooseWithArrows(sophie.id());
            keyboard.tabTo("dk-seid-pin");
            keyboard.press(sophie.pin());
            keyboard.pressAndAwaitNewPage(Keys.ENTER);

            new ProfileChoicePage(browser);
            keyboard.tabTo(By.cssSelector("#dk-profile-form button[value='child:" + lucas.niss() + "']"));
            keyboard.assertFocusVisible("the child's profile button");
            browser.screenshot("keyboard-profile-choice-focus");
            keyboard.pressAndAwaitNewPage(Keys.ENTER);
            new AccountPage(browser, env.baseUrl(), EidLab.REALM);
        }
    }
}
