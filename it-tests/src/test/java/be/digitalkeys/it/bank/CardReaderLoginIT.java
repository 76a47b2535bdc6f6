package be.digitalkeys.it.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.digitalkeys.dev.CardConnectorSimulator;
import be.digitalkeys.it.pages.AccountPage;
import be.digitalkeys.it.pages.CardChallengePage;
import be.digitalkeys.it.pages.CardNumberPage;
import be.digitalkeys.it.pages.CardReaderSimulatorPage;
import be.digitalkeys.it.pages.CardStopPage;
import be.digitalkeys.it.support.BankCards;
import be.digitalkeys.it.support.BankCards.Card;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.Clock;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.Flows;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.ThemeMessages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WindowType;

/**
 * Bank card reader login (BelfiusWeb seed), through the real pages in Chromium: disconnected mode
 * with the development reader simulator, connected mode with the connector simulator, remembered
 * cards and personal links, blocking after 5 wrong signatures, the same card within a session,
 * replaced cards, replays, expired challenges and malformed input.
 */
@ExtendWith(DigitalKeysExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CardReaderLoginIT {

    static final String REALM = BankCards.REALM;
    static final String FLOW = "dk bank forms";
    static final String SUPPORT = "02 555 00 00";

    private final TestEnvironment env;
    private final BankCards cards;

    CardReaderLoginIT(TestEnvironment env) {
        this.env = env;
        this.cards = new BankCards(env);
    }

    @BeforeAll
    void disconnectedByDefault() {
        connector("");
    }

    private void connector(String url) {
        new Flows(env, REALM).configure(FLOW, "dk-card-reader", Map.of("connectorUrl", url));
    }

    private String accountUrl() {
        return env.baseUrl() + "/realms/" + REALM + "/account/";
    }

    private CardChallengePage toChallenge(Browser browser, Card card) {
        browser.get(accountUrl());
        new CardNumberPage(browser).enter(card.afterPrefix(), false);
        return new CardChallengePage(browser);
    }

    @Test
    void disconnectedLogin_withTheReaderSimulatorsAnswer() {
        Card card = cards.newCustomerWithCard("fr", "MARIE SIMULATEUR");
        try (Browser browser = Browser.open("fr")) {
            browser.get(accountUrl());
            CardNumberPage number = new CardNumberPage(browser);
            assertEquals("6703", number.prefix());
            assertEquals("Se connecter avec votre carte et votre lecteur de carte", number.title());
            browser.screenshot("card-reader-fr-01-card-number");
            number.enter(card.afterPrefix(), false);
            CardChallengePage challenge = new CardChallengePage(browser);
            assertTrue(challenge.intro().contains("6703 •••• •••• •••"), challenge.intro());
            assertFalse(challenge.intro().contains(card.number().substring(4, 15)), "the number is masked");
            assertEquals(6, challenge.steps().size());
            assertTrue(challenge.steps().get(1).contains("«Login»"), challenge.steps().get(1));
            assertEquals(8, challenge.challenge().length());
            assertFalse(challenge.showsAttemptedUsername(), "the page does not show whose card it is");
            browser.screenshot("card-reader-fr-02-challenge");
            String shown = challenge.challenge();

            String login = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            allowDemo(card);
            String response = CardReaderSimulatorPage.open(browser, env.baseUrl(), REALM).respond(card.number(), shown, BankCards.PIN);
            browser.screenshot("card-reader-fr-03-simulator");
            assertEquals(card.response(shown), response);
            browser.driver().close();
            browser.show(login);

            new CardChallengePage(browser).sign(response);
            new AccountPage(browser, env.baseUrl(), REALM);
        } finally {
            env.realm(REALM).update(withDemoCards(""));
        }
    }

    /** The simulator's card slot lists the realm's demo cards; this test's card joins them. */
    private void allowDemo(Card card) {
        env.realm(REALM).update(withDemoCards(card.number()));
    }

    private org.keycloak.representations.idm.RealmRepresentation withDemoCards(String extra) {
        org.keycloak.representations.idm.RealmRepresentation realm = env.realm(REALM).toRepresentation();
        Map<String, String> attributes = new java.util.HashMap<>(realm.getAttributes());
        String demo = attributes.getOrDefault("dk.cardreader.demoCards", "");
        List<String> numbers = new java.util.ArrayList<>(List.of(demo.split(",")));
        numbers.removeIf(n -> n.isBlank() || !Set.of("67030000000000128", "67030000000000383", "67030000000000466",
                "67030000000000532", "67030000000000201").contains(n));
        if (!extra.isEmpty()) {
            numbers.add(0, extra);
        }
        attributes.put("dk.cardreader.demoCards", String.join(",", numbers));
        org.keycloak.representations.idm.RealmRepresentation update = new org.keycloak.representations.idm.RealmRepresentation();
        update.setAttributes(attributes);
        return update;
    }

    @Test
    void connectedLogin_pinOnTheReaderOnly_andDisconnectedWhenTheConnectorIsDown() throws Exception {
        Card card = cards.newCustomerWithCard("nl", "PIETER VERBONDEN");
        URI base = URI.create(env.baseUrl());
        String origin = base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
        try (CardConnectorSimulator reader = CardConnectorSimulator.start(0, Set.of(origin), env.baseUrl() + "/realms/" + REALM,
                () -> BankCards.PIN)) {
            reader.insert(card.number());
            connector(reader.url());
            try (Browser browser = Browser.open("nl")) {
                browser.get(accountUrl());
                CardNumberPage number = new CardNumberPage(browser);
                assertTrue(number.offersConnectedReader(), "nothing goes to the connector before the person asks");
                assertEquals(0, reader.requests());
                number.useConnectedReader();
                assertTrue(number.connectorFound(), "the connector answered");
                assertEquals(card.afterPrefix(), number.typedNumber(), "the inserted card's number is filled in");
                browser.screenshot("card-reader-nl-01-connected");
                number.enter(number.typedNumber(), false);
                // The page asks the connector to sign; the PIN is typed on the reader; the form goes by itself.
                new AccountPage(browser, env.baseUrl(), REALM);
                assertEquals(1, reader.signatures());
            }
        } finally {
            connector("");
        }
        String down = "http://127.0.0.1:" + freePort();
        connector(down);
        try (Browser browser = Browser.open("nl")) {
            browser.get(accountUrl());
            CardNumberPage number = new CardNumberPage(browser);
            number.useConnectedReader();
            assertFalse(number.connectorFound(), "no connector answers");
            browser.screenshot("card-reader-nl-02-no-connector");
            number.enter(card.afterPrefix(), false);
            CardChallengePage challenge = new CardChallengePage(browser);
            assertFalse(challenge.connectedNoticeShown());
            challenge.sign(card.response(challenge.challenge()));
            new AccountPage(browser, env.baseUrl(), REALM);
        } finally {
            connector("");
        }
    }

    @Test
    void connectorRefusesOtherOrigins() throws Exception {
        try (CardConnectorSimulator reader = CardConnectorSimulator.start(0, Set.of("https://bank.example"), env.baseUrl() + "/realms/" + REALM,
                () -> BankCards.PIN)) {
            var http = java.net.http.HttpClient.newHttpClient();
            var evil = http.send(java.net.http.HttpRequest.newBuilder(URI.create(reader.url() + "/v1/reader"))
                    .header("Origin", "https://evil.example").GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(403, evil.statusCode());
            assertTrue(evil.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            var good = http.send(java.net.http.HttpRequest.newBuilder(URI.create(reader.url() + "/v1/reader"))
                    .header("Origin", "https://bank.example").GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, good.statusCode());
            assertEquals("https://bank.example", good.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        }
    }

    @Test
    void twoRememberedCards_areListedWithTheirHolders_andEitherLogsIn() {
        Card first = cards.newCustomerWithCard("de", "ANNA ERSTE");
        Card second = cards.newCustomerWithCard("de", "BERND ZWEITER");
        try (Browser browser = Browser.open("de")) {
            for (Card card : List.of(first, second)) {
                browser.get(accountUrl());
                new CardNumberPage(browser).enter(card.afterPrefix(), true);
                CardChallengePage challenge = new CardChallengePage(browser);
                challenge.sign(card.response(challenge.challenge()));
                new AccountPage(browser, env.baseUrl(), REALM);
                browser.driver().manage().deleteCookieNamed("KEYCLOAK_IDENTITY");
                browser.driver().manage().deleteCookieNamed("KEYCLOAK_SESSION");
            }
            browser.get(accountUrl());
            CardNumberPage page = new CardNumberPage(browser);
            List<String> remembered = page.remembered();
            assertEquals(2, remembered.size(), remembered.toString());
            assertTrue(remembered.get(0).startsWith("ANNA ERSTE 6703 ••••"), remembered.toString());
            assertTrue(remembered.get(1).startsWith("BERND ZWEITER 6703 ••••"), remembered.toString());
            assertFalse(String.join(" ", remembered).contains(second.number().substring(4, 15)), "numbers are masked");
            browser.screenshot("card-reader-de-01-remembered");
            page.useRemembered(1);
            CardChallengePage challenge = new CardChallengePage(browser);
            challenge.sign(second.response(challenge.challenge()));
            new AccountPage(browser, env.baseUrl(), REALM);

            browser.driver().manage().deleteCookieNamed("KEYCLOAK_IDENTITY");
            browser.get(accountUrl());
            new CardNumberPage(browser).forget(0);
            CardNumberPage after = new CardNumberPage(browser);
            assertEquals(1, after.remembered().size());
            assertTrue(after.remembered().get(0).startsWith("BERND ZWEITER"));
        }
    }

    @Test
    void forgedRememberedCardsCookie_showsNothing() {
        Card card = cards.newCustomerWithCard("en", "EVE FORGER");
        try (Browser browser = Browser.open("en")) {
            browser.get(accountUrl());
            new CardNumberPage(browser);
            browser.driver().manage().addCookie(new org.openqa.selenium.Cookie("DK_CARDS",
                    "eyJhbGciOiJub25lIn0.eyJjYXJkcyI6WyIke2NhcmQudXNlcklkKCl9Il19.", "/realms/" + REALM + "/"));
            browser.get(accountUrl());
            CardNumberPage page = new CardNumberPage(browser);
            assertEquals(List.of(), page.remembered());
            assertTrue(page.typedNumber().isEmpty(), card.number());
        }
    }

    @Test
    void personalLink_prefillsTheCardNumber() {
        Card card = cards.newCustomerWithCard("en", "OLIVER LINK");
        try (Browser browser = Browser.open("en")) {
            browser.get(env.baseUrl() + "/realms/" + REALM + "/dk-card-reader/link?card=" + card.number());
            CardNumberPage page = new CardNumberPage(browser);
            assertEquals(card.afterPrefix(), page.typedNumber());
            assertEquals(card.number().substring(4, 8) + " " + card.number().substring(8, 12) + " " + card.number().substring(12, 16)
                    + " " + card.number().substring(16), page.shownNumber(), "grouped as printed on the card");
            browser.screenshot("card-reader-en-01-personal-link");
            page.enter(page.typedNumber(), false);
            CardChallengePage challenge = new CardChallengePage(browser);
            challenge.sign(card.response(challenge.challenge()));
            new AccountPage(browser, env.baseUrl(), REALM);
        }
        try (Browser browser = Browser.open("en")) {
            browser.get(env.baseUrl() + "/realms/" + REALM + "/dk-card-reader/link?card=6703123");
            assertEquals("", new CardNumberPage(browser).typedNumber(), "a wrong link pre-fills nothing");
        }
    }

    @Test
    void fiveWrongResponses_blockTheCard_persistently_untilAnAdminUnblocksIt() {
        Card card = cards.newCustomerWithCard("fr", "BRUNO BLOQUE");
        try (Browser browser = Browser.open("fr")) {
            CardChallengePage challenge = toChallenge(browser, card);
            for (int i = 1; i <= 4; i++) {
                String wrong = wrongResponse(card, challenge.challenge());
                challenge.sign(wrong);
                challenge = new CardChallengePage(browser);
                assertTrue(challenge.responseError().contains("après 5 signatures erronées"), challenge.responseError());
                assertEquals(i, ((Number) cards.state(card).get("wrongResponses")).intValue());
            }
            challenge.sign(wrongResponse(card, challenge.challenge()));
            CardStopPage stop = new CardStopPage(browser);
            assertEquals("Votre carte est bloquée.", stop.message());
            assertTrue(stop.explanation().contains("après 5 signatures erronées"), stop.explanation());
            assertTrue(stop.support().contains(SUPPORT), stop.support());
            assertFalse(stop.showsAttemptedUsername());
            browser.screenshot("card-reader-fr-04-blocked");
        }
        assertEquals("blocked", cards.state(card).get("status"));
        // Keycloak's brute-force detection counted them (asynchronously: polled).
        be.digitalkeys.it.support.BruteForce.awaitFailures(() -> env.realm(REALM).attackDetection().bruteForceUserStatus(card.userId()), 5);

        try (Browser browser = Browser.open("fr")) {
            browser.get(accountUrl());
            new CardNumberPage(browser).enter(card.afterPrefix(), false);
            assertEquals("Votre carte est bloquée.", new CardStopPage(browser).message(), "still blocked from another browser");
        }
        assertEquals(200, cards.unblock(card).statusCode());
        env.realm(REALM).attackDetection().clearBruteForceForUser(card.userId());
        try (Browser browser = Browser.open("fr")) {
            CardChallengePage challenge = toChallenge(browser, card);
            challenge.sign(card.response(challenge.challenge()));
            new AccountPage(browser, env.baseUrl(), REALM);
        }
        assertEquals(0, ((Number) cards.state(card).get("wrongResponses")).intValue());
    }

    @Test
    void rightResponse_resetsTheWrongCount() {
        Card card = cards.newCustomerWithCard("nl", "RITA RESET");
        try (Browser browser = Browser.open("nl")) {
            CardChallengePage challenge = toChallenge(browser, card);
            challenge.sign(wrongResponse(card, challenge.challenge()));
            challenge = new CardChallengePage(browser);
            assertEquals(1, ((Number) cards.state(card).get("wrongResponses")).intValue());
            challenge.sign(card.response(challenge.challenge()));
            new AccountPage(browser, env.baseUrl(), REALM);
        }
        assertEquals(0, ((Number) cards.state(card).get("wrongResponses")).intValue());
    }

    @Test
    void reauthenticationWithAnotherCard_isRefused_withTheSameCardItWorks() {
        String userId = cards.newCustomer("fr");
        Card login = cards.registerCard(userId, "CLAIRE DEUXCARTES", BankCards.QN);
        Card other = cards.registerCard(userId, "CLAIRE DEUXCARTES", BankCards.QN);
        try (Browser browser = Browser.open("fr")) {
            CardChallengePage challenge = toChallenge(browser, login);
            challenge.sign(login.response(challenge.challenge()));
            new AccountPage(browser, env.baseUrl(), REALM);

            browser.get(reauthenticationUrl());
            new CardNumberPage(browser).enter(other.afterPrefix(), false);
            CardNumberPage refused = new CardNumberPage(browser);
            assertTrue(refused.message().contains("même carte"), refused.message());
            browser.screenshot("card-reader-fr-05-same-card");

            refused.enter(login.afterPrefix(), false);
            CardChallengePage again = new CardChallengePage(browser);
            again.sign(login.response(again.challenge()));
            browser.waiting().until(d -> d.getCurrentUrl().contains("code="));
        }
    }

    /** An application asking the user to authenticate again (prompt=login) in the same SSO session. */
    private String reauthenticationUrl() {
        return env.baseUrl() + "/realms/" + REALM + "/protocol/openid-connect/auth?client_id=bank-web&response_type=code&scope=openid"
                + "&redirect_uri=" + java.net.URLEncoder.encode("http://localhost:9/callback", java.nio.charset.StandardCharsets.UTF_8)
                + "&prompt=login&code_challenge_method=S256&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    }

    @Test
    void replacedCard_getsTheExplanation_andTheNewCardWorksAtOnce() {
        Card old = cards.newCustomerWithCard("en", "RUTH REPLACED");
        Card replacement = cards.replace(old, "RUTH REPLACED");
        try (Browser browser = Browser.open("en")) {
            browser.get(accountUrl());
            new CardNumberPage(browser).enter(old.afterPrefix(), false);
            CardStopPage stop = new CardStopPage(browser);
            assertEquals("This card has been deactivated.", stop.message());
            assertTrue(stop.explanation().contains("Use your new card"), stop.explanation());
            browser.screenshot("card-reader-en-02-replaced");
            stop.otherCard();
            new CardNumberPage(browser).enter(replacement.afterPrefix(), false);
            CardChallengePage challenge = new CardChallengePage(browser);
            challenge.sign(replacement.response(challenge.challenge()));
            new AccountPage(browser, env.baseUrl(), REALM);
        }
        assertEquals("replaced", cards.state(old).get("status"));
    }

    @Test
    void rememberedCardThatWasReplaced_getsTheExplanation() {
        Card old = cards.newCustomerWithCard("nl", "KOEN BEWAARD");
        try (Browser browser = Browser.open("nl")) {
            browser.get(accountUrl());
            new CardNumberPage(browser).enter(old.afterPrefix(), true);
            CardChallengePage challenge = new CardChallengePage(browser);
            challenge.sign(old.response(challenge.challenge()));
            new AccountPage(browser, env.baseUrl(), REALM);
            browser.driver().manage().deleteCookieNamed("KEYCLOAK_IDENTITY");
            cards.replace(old, "KOEN BEWAARD");
            browser.get(accountUrl());
            CardNumberPage page = new CardNumberPage(browser);
            assertTrue(page.remembered().get(0).contains("vervangen"), page.remembered().toString());
            page.useRemembered(0);
            assertEquals("Deze kaart werd gedeactiveerd.", new CardStopPage(browser).message());
        }
    }

    @Test
    void responseOfAnAlreadyUsedCounter_isRefused() {
        String userId = cards.newCustomer("de");
        Card card = cards.registerCard(userId, "CARL ZAEHLER", BankCards.COUNTER);
        try (Browser browser = Browser.open("de")) {
            CardChallengePage challenge = toChallenge(browser, card);
            challenge.sign(card.response(challenge.challenge(), 0));
            new AccountPage(browser, env.baseUrl(), REALM);
        }
        assertEquals(1L, ((Number) cards.state(card).get("counter")).longValue());
        try (Browser browser = Browser.open("de")) {
            CardChallengePage challenge = toChallenge(browser, card);
            challenge.sign(card.response(challenge.challenge(), 0));
            CardChallengePage refused = new CardChallengePage(browser);
            assertTrue(refused.responseError().startsWith("Der Signaturcode ist nicht richtig"), refused.responseError());
            // A reader a few counters ahead (Login pressed without logging in) is still accepted: look-ahead.
            refused.sign(card.response(refused.challenge(), 3));
            new AccountPage(browser, env.baseUrl(), REALM);
        }
        assertEquals(4L, ((Number) cards.state(card).get("counter")).longValue());
    }

    @Test
    void expiredChallenge_isRefused_withoutCounting_andANewOneShown() {
        Card card = cards.newCustomerWithCard("en", "TIM TIMEOUT");
        try (Browser browser = Browser.open("en"); Clock clock = new Clock(env)) {
            CardChallengePage challenge = toChallenge(browser, card);
            String old = challenge.challenge();
            clock.shiftSeconds(301);
            env.admin().tokenManager().grantToken();
            challenge.sign(card.response(old));
            CardChallengePage fresh = new CardChallengePage(browser);
            assertTrue(fresh.responseError().startsWith("The code has expired"), fresh.responseError());
            assertNotEquals(old, fresh.challenge());
            assertEquals(0, ((Number) cards.state(card).get("wrongResponses")).intValue());
            fresh.sign(card.response(fresh.challenge()));
            new AccountPage(browser, env.baseUrl(), REALM);
        }
    }

    @Test
    void cardNumbers_spacesAndDashesAccepted_wrongOnesExplained() {
        Card card = cards.newCustomerWithCard("fr", "ANNE SAISIE");
        try (Browser browser = Browser.open("fr")) {
            browser.get(accountUrl());
            CardNumberPage page = new CardNumberPage(browser);
            Map<String, String> wrong = new java.util.LinkedHashMap<>();
            wrong.put("1234 5678", "17 chiffres");
            wrong.put("12345678901AB", "que des chiffres");
            wrong.put("5555 0000 0000 0000 4", "pas celui d’une carte acceptée");
            String badCheck = card.number().substring(0, 16) + ((card.number().charAt(16) - '0' + 1) % 10);
            wrong.put(badCheck, "n’est pas valable");
            wrong.put("9".repeat(5000), "17 chiffres");
            for (Map.Entry<String, String> entry : wrong.entrySet()) {
                page.enter(entry.getKey(), false);
                page = new CardNumberPage(browser);
                assertTrue(page.cardNumberError().contains(entry.getValue()), entry.getKey().length() + ": " + page.cardNumberError());
            }
            browser.screenshot("card-reader-fr-06-wrong-number");
            String spaced = card.number().substring(4, 8) + " " + card.number().substring(8, 12) + "-" + card.number().substring(12);
            page.enter(spaced, false);
            CardChallengePage challenge = new CardChallengePage(browser);
            challenge.otherCard();
            String whole = card.number().replaceAll("(\\d{4})", "$1 ");
            new CardNumberPage(browser).enter(whole, false);
            new CardChallengePage(browser);
        }
    }

    @Test
    void malformedResponses_areExplained_andNotCounted() {
        Card card = cards.newCustomerWithCard("de", "MAX FORMFEHLER");
        try (Browser browser = Browser.open("de")) {
            CardChallengePage challenge = toChallenge(browser, card);
            for (String malformed : List.of("12ab5678", "1234", "1".repeat(5000), "<script>1</script>")) {
                challenge.sign(malformed);
                challenge = new CardChallengePage(browser);
                assertTrue(challenge.responseError().startsWith("Der Signaturcode hat 8 Ziffern"), challenge.responseError());
            }
            assertEquals(0, ((Number) cards.state(card).get("wrongResponses")).intValue());
            challenge.sign(card.response(challenge.challenge()).substring(0, 4) + " " + card.response(challenge.challenge()).substring(4));
            new AccountPage(browser, env.baseUrl(), REALM);
        }
    }

    @Test
    void unknownCardNumber_looksLikeAnyCard_andEveryResponseIsWrong() {
        try (Browser browser = Browser.open("en")) {
            browser.get(accountUrl());
            new CardNumberPage(browser).enter(BankCards.newNumber().substring(4), false);
            CardChallengePage challenge = new CardChallengePage(browser);
            assertEquals(8, challenge.challenge().length());
            challenge.sign("12345678");
            CardChallengePage again = new CardChallengePage(browser);
            assertTrue(again.responseError().startsWith("The signature code is not correct"), again.responseError());
            assertFalse(again.showsAttemptedUsername(), "a decoy looks like a real card's page");
        }
    }

    /**
     * Issue 28 and issue 22: a known and an unknown card answer a response of the wrong length the
     * same way, with the number of digits filled in (the unknown card said "has {0} digits" for 3
     * digits and "not correct" for 5, where a known card said "has 8 digits").
     */
    @Test
    void wrongLengthResponse_isAnsweredAlike_forAKnownAndAnUnknownCard_withTheDigitsFilledIn() {
        Card card = cards.newCustomerWithCard("nl", "LIES LENGTE");
        ThemeMessages texts = new ThemeMessages("nl");
        try (Browser browser = Browser.open("nl")) {
            for (String number : List.of(card.afterPrefix(), BankCards.newNumber().substring(4))) {
                browser.driver().manage().deleteAllCookies();
                browser.get(accountUrl());
                new CardNumberPage(browser).enter(number, false);
                CardChallengePage challenge = new CardChallengePage(browser);
                for (String response : List.of("123", "12345", "123456789")) {
                    challenge.sign(response);
                    challenge = new CardChallengePage(browser);
                    assertEquals(texts.get("dkCardResponseMalformed", 8), challenge.responseError(), number + " / " + response);
                }
            }
        }
        assertEquals(0, ((Number) cards.state(card).get("wrongResponses")).intValue());
    }

    /** Issue 32: a "Remove" with an id this browser does not remember removes nothing and says so. */
    @Test
    void forgettingACardThatIsNotRemembered_removesNothing_andSaysSo() {
        Card card = cards.newCustomerWithCard("fr", "PAUL RESTE");
        ThemeMessages texts = new ThemeMessages("fr");
        org.openqa.selenium.Cookie remembered;
        try (Browser first = Browser.open("fr")) {
            first.get(accountUrl());
            new CardNumberPage(first).enter(card.afterPrefix(), true);
            CardChallengePage challenge = new CardChallengePage(first);
            challenge.sign(card.response(challenge.challenge()));
            new AccountPage(first, env.baseUrl(), REALM);
            remembered = first.driver().manage().getCookieNamed("DK_CARDS");
        }
        try (Browser browser = Browser.open("fr")) {
            // The same computer's bookmark, without the login's SSO session.
            browser.get(accountUrl());
            new CardNumberPage(browser);
            browser.driver().manage().addCookie(new org.openqa.selenium.Cookie("DK_CARDS", remembered.getValue(), "/realms/" + REALM + "/"));
            browser.get(accountUrl());
            new CardNumberPage(browser).forgetAltered(0, "00000000-0000-0000-0000-000000000000");
            CardNumberPage after = new CardNumberPage(browser);
            assertEquals(texts.get("dkCardNothingForgotten"), after.message());
            assertEquals(1, after.remembered().size(), after.remembered().toString());
            browser.get(accountUrl());
            assertTrue(new CardNumberPage(browser).remembered().get(0).startsWith("PAUL RESTE"), "the card is still remembered");
        }
    }

    /** Issue 32: the challenge form posted without its response field stays on the challenge and asks for the code. */
    @Test
    void challengeFormWithoutResponse_staysOnTheChallenge_andAsksForTheSignatureCode() {
        Card card = cards.newCustomerWithCard("de", "OTTO OHNEFELD");
        try (Browser browser = Browser.open("de")) {
            CardChallengePage challenge = toChallenge(browser, card);
            challenge.signWithoutResponseField();
            CardChallengePage again = new CardChallengePage(browser);
            assertEquals(new ThemeMessages("de").get("dkCardResponseMissing", 8), again.responseError());
            again.sign(card.response(again.challenge()));
            new AccountPage(browser, env.baseUrl(), REALM);
        }
        assertEquals(0, ((Number) cards.state(card).get("wrongResponses")).intValue());
    }

    /** Issue 32: control and direction characters in the card number are refused with the field's message and not echoed. */
    @Test
    void controlOrDirectionCharactersInTheCardNumber_areRefused_andNotEchoed() {
        Card card = cards.newCustomerWithCard("en", "RITA RIGHTLEFT");
        ThemeMessages texts = new ThemeMessages("en");
        try (Browser browser = Browser.open("en")) {
            browser.get(accountUrl());
            CardNumberPage page = new CardNumberPage(browser);
            for (String typed : List.of(card.afterPrefix().substring(0, 6) + "\u202e" + card.afterPrefix().substring(6),
                    card.afterPrefix() + "\u0000", "\u2066" + card.afterPrefix())) {
                page.enterExactly(typed);
                page = new CardNumberPage(browser);
                assertEquals(texts.get("dkCardNumberMalformed"), page.cardNumberError());
                assertEquals("", page.shownNumber(), "nothing typed is shown back");
            }
        }
    }

    @Test
    void adminApi_refusesWithoutToken_andBadCards() {
        String userId = cards.newCustomer("en");
        byte[] key = new byte[32];
        assertEquals(401, cards.postAs(null, "users/" + userId + "/cards",
                BankCards.registration(BankCards.newNumber(), "NO TOKEN", key, BankCards.QN)).statusCode());
        var badNumber = cards.post("users/" + userId + "/cards", BankCards.registration("6703 1234", "BAD", key, BankCards.QN));
        assertEquals(400, badNumber.statusCode());
        assertTrue(badNumber.body().contains("invalid_card_number"), badNumber.body());
        var badSuite = cards.post("users/" + userId + "/cards", BankCards.registration(BankCards.newNumber(), "BAD", key, "OCRA-9:FOO"));
        assertEquals(400, badSuite.statusCode());
        Card card = cards.registerCard(userId, "DORA DOUBLE", BankCards.QN);
        var twice = cards.post("users/" + userId + "/cards", BankCards.registration(card.number(), "DORA DOUBLE", key, BankCards.QN));
        assertEquals(409, twice.statusCode());
        assertFalse(cards.state(card).containsKey("secret"), "the key never leaves the server");
    }

    private static String wrongResponse(Card card, String challenge) {
        String right = card.response(challenge);
        return right.substring(0, 7) + ((right.charAt(7) - '0' + 1) % 10);
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
