package be.digitalkeys.it.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import be.digitalkeys.dev.CardConnectorSimulator;
import be.digitalkeys.it.pages.AccountPage;
import be.digitalkeys.it.pages.CardChallengePage;
import be.digitalkeys.it.pages.CardNumberPage;
import be.digitalkeys.it.support.BankCards;
import be.digitalkeys.it.support.BankCards.Card;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.Flows;
import be.digitalkeys.it.support.PageChecks;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.ThemeMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 29: connected mode as a bank deploys it, the login pages on a public site and the
 * connector on the person's loopback. Chromium treats Keycloak's address as public
 * ({@code --ip-address-space-overrides}), so Local Network Access applies; the permission is
 * granted or denied through the DevTools protocol, as a person answers the prompt. The connector
 * simulator counts every request it receives.
 */
@ExtendWith(DigitalKeysExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CardReaderLocalNetworkIT {

    static final String REALM = BankCards.REALM;
    static final String FLOW = CardReaderLoginIT.FLOW;
    /** Chromium 150 names the permission of loopback requests so (Local Network Access split, Chrome 145+). */
    static final String PERMISSION = "loopback-network";

    private final TestEnvironment env;
    private final BankCards cards;
    private final String origin;

    CardReaderLocalNetworkIT(TestEnvironment env) {
        this.env = env;
        this.cards = new BankCards(env);
        URI base = URI.create(env.baseUrl());
        this.origin = base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
    }

    @AfterEach
    void disconnected() {
        connector("");
    }

    private void connector(String url) {
        new Flows(env, REALM).configure(FLOW, "dk-card-reader", Map.of("connectorUrl", url));
    }

    private CardConnectorSimulator reader(Card card) throws Exception {
        CardConnectorSimulator reader = CardConnectorSimulator.start(0, Set.of(origin), env.baseUrl() + "/realms/" + REALM,
                () -> BankCards.PIN);
        reader.insert(card.number());
        connector(reader.url());
        return reader;
    }

    /** A Chromium for which Keycloak's address is a public site (as a bank's login page is). */
    private Browser publicSiteBrowser(String language) {
        URI base = URI.create(env.baseUrl());
        return Browser.open(language, "--ip-address-space-overrides=127.0.0.1:" + base.getPort() + "=public");
    }

    private String accountUrl() {
        return env.baseUrl() + "/realms/" + REALM + "/account/";
    }

    private static void logOut(Browser browser) {
        browser.driver().manage().deleteCookieNamed("KEYCLOAK_IDENTITY");
        browser.driver().manage().deleteCookieNamed("KEYCLOAK_SESSION");
    }

    @Test
    void granted_nothingBeforeTheChoice_thenTheReaderSigns_andTheChoiceIsRememberedOnTheDevice() throws Exception {
        Card card = cards.newCustomerWithCard("nl", "NORA NETWERK");
        try (CardConnectorSimulator reader = reader(card); Browser browser = publicSiteBrowser("nl")) {
            // Granted before the first page: anything the page sent on load would reach the connector.
            browser.setPermission(origin, PERMISSION, "granted");
            browser.get(accountUrl());
            CardNumberPage number = new CardNumberPage(browser);
            assertTrue(number.offersConnectedReader(), "the card page offers the connected reader");
            assertEquals(0, reader.requests(), "loading the card page sends nothing to the connector");
            assertFalse(number.offersToStopTheReader(), "nothing to stop before the choice");
            browser.screenshot("card-reader-nl-03-lna-offer");
            PageChecks.accessible(browser, "card-reader-nl-lna-offer");
            number.useConnectedReader();
            assertTrue(number.connectorFound(), "the connector answered once the person chose it");
            assertEquals(card.afterPrefix(), number.typedNumber(), "the inserted card's number is filled in");
            assertTrue(number.offersToStopTheReader());
            browser.screenshot("card-reader-nl-04-lna-connected");
            number.enter(number.typedNumber(), false);
            new AccountPage(browser, env.baseUrl(), REALM);
            assertEquals(1, reader.signatures(), "the reader signed the challenge");

            // Second login on the same device: straight to the reader, no offer, no question.
            logOut(browser);
            int before = reader.requests();
            browser.get(accountUrl());
            CardNumberPage again = new CardNumberPage(browser);
            assertTrue(again.connectorFound(), "the remembered choice goes to the reader");
            assertFalse(again.offersConnectedReader(), "nothing is asked again");
            assertTrue(reader.requests() > before);
            assertEquals(card.afterPrefix(), again.typedNumber());
            again.enter(again.typedNumber(), false);
            new AccountPage(browser, env.baseUrl(), REALM);
            assertEquals(2, reader.signatures());
        }
    }

    @Test
    void challengePage_sendsNothingUntilChosen_thenTheReaderSigns() throws Exception {
        Card card = cards.newCustomerWithCard("fr", "CAMILLE DEFI");
        try (CardConnectorSimulator reader = reader(card); Browser browser = publicSiteBrowser("fr")) {
            // Granted before the first page: anything the page sent on load would reach the connector.
            browser.setPermission(origin, PERMISSION, "granted");
            browser.get(accountUrl());
            CardNumberPage number = new CardNumberPage(browser);
            assertTrue(number.offersConnectedReader());
            number.enter(card.afterPrefix(), false);
            CardChallengePage challenge = new CardChallengePage(browser);
            assertTrue(challenge.offersConnectedReader(), "the challenge page offers the connected reader");
            assertEquals(0, reader.requests(), "the card page and the challenge page sent nothing to the connector");
            browser.screenshot("card-reader-fr-05-lna-challenge-offer");
            challenge.useConnectedReader();
            browser.awaitNewDocument();
            new AccountPage(browser, env.baseUrl(), REALM);
            assertEquals(1, reader.signatures());
        }
    }

    @Test
    void denied_theExplanationShows_andTheDisconnectedStepsLogIn() throws Exception {
        for (String language : new String[] {"fr", "nl"}) {
            Card card = cards.newCustomerWithCard(language, "DENIS REFUS");
            try (CardConnectorSimulator reader = reader(card); Browser browser = publicSiteBrowser(language)) {
                browser.setPermission(origin, PERMISSION, "denied");
                browser.get(accountUrl());
                CardNumberPage number = new CardNumberPage(browser);
                assertTrue(number.offersConnectedReader());
                number.useConnectedReader();
                assertEquals(new ThemeMessages(language).get("dkCardReaderDenied"), number.readerDenied());
                assertTrue(number.offersConnectedReader(), "the offer stays for when the person allows it");
                assertFalse(number.offersToStopTheReader(), "the refused choice is forgotten");
                assertEquals(0, reader.requests(), "the browser let nothing through to the connector");
                browser.screenshot("card-reader-" + language + "-06-lna-denied");
                PageChecks.accessible(browser, "card-reader-" + language + "-lna-denied");
                number.enter(card.afterPrefix(), false);
                CardChallengePage challenge = new CardChallengePage(browser);
                assertTrue(challenge.offersConnectedReader(), "a refused choice is not remembered");
                challenge.sign(card.response(challenge.challenge()));
                new AccountPage(browser, env.baseUrl(), REALM);
                assertEquals(0, reader.requests());
                assertEquals(0, reader.signatures());
            }
        }
    }
}
