package be.digitalkeys.it.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import be.digitalkeys.it.support.BankCards;
import be.digitalkeys.it.support.BankCards.Card;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.Flows;
import be.digitalkeys.it.support.FormSession;
import be.digitalkeys.it.support.TestEnvironment;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * Attack on the card's wrong-response counter with parallel requests: many sessions, each driven
 * over real HTTP through the card number page up to its own challenge, answer at the same moment.
 * Every wrong response counts once (none lost), the card blocks as the seed says, and a right
 * response racing the blocking one never unblocks the card.
 */
@ExtendWith(DigitalKeysExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CardCountersIT {

    private static final String REALM = BankCards.REALM;
    private final TestEnvironment env;
    private final BankCards cards;

    CardCountersIT(TestEnvironment env) {
        this.env = env;
        this.cards = new BankCards(env);
    }

    /** A new session through the card number page to the challenge of this card. */
    /** Twenty sessions brought to the challenge one by one, then their wrong responses sent all at once. */
    private List<Document> twentyWrongResponsesAtOnce(Card card) throws Exception {
        List<FormSession> sessions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sessions.add(atChallenge(card));
        }
        List<CompletableFuture<Document>> answers = new ArrayList<>();
        for (FormSession session : sessions) {
            answers.add(session.submitAsync("dk-card-response-form", Map.of("response", wrong(card, session))));
        }
        return all(answers);
    }

    private FormSession atChallenge(Card card) {
        FormSession session = new FormSession(env.baseUrl());
        session.startLogin(REALM, "account-console", env.baseUrl() + "/realms/" + REALM + "/account/", "fr");
        Document page = session.submit("dk-card-form", Map.of("cardNumber", card.afterPrefix()));
        assertTrue(page.getElementById("dk-card-response-form") != null, "at the challenge: " + page.title());
        return session;
    }

    private static String challenge(FormSession session) {
        return session.page().getElementById("dk-card-reader").attr("data-challenge");
    }

    /** A response of the right length that is not the card's. */
    private static String wrong(Card card, FormSession session) {
        String right = card.response(challenge(session));
        return (right.charAt(0) == '1' ? "2" : "1") + right.substring(1);
    }

    private static List<Document> all(List<CompletableFuture<Document>> answers) {
        return answers.stream().map(CompletableFuture::join).toList();
    }

    private int wrongResponses(Card card) {
        return ((Number) cards.state(card).get("wrongResponses")).intValue();
    }

    /**
     * Keycloak's brute-force detection stays out of these tests: its quick-login check would stop
     * parallel sessions before the card's own counter sees them (it is tested in CardReaderLoginIT).
     */
    private AutoCloseable withoutBruteForceDetection() {
        RealmRepresentation realm = env.realm(REALM).toRepresentation();
        Boolean before = realm.isBruteForceProtected();
        realm.setBruteForceProtected(false);
        env.realm(REALM).update(realm);
        return () -> {
            RealmRepresentation back = env.realm(REALM).toRepresentation();
            back.setBruteForceProtected(before);
            env.realm(REALM).update(back);
        };
    }

    @Test
    void twentyParallelWrongResponses_fromTwentySessions_countTwenty() throws Exception {
        Card card = cards.newCustomerWithCard("fr", "PARALLEL VINGT");
        new Flows(env, REALM).configure(CardReaderLoginIT.FLOW, "dk-card-reader", Map.of("maxWrongResponses", "20"));
        try (AutoCloseable lenient = withoutBruteForceDetection()) {
            List<Document> pages = twentyWrongResponsesAtOnce(card);
            long wrongPages = pages.stream().filter(p -> p.getElementById("dk-card-response-form") != null).count();
            long blockedPages = pages.stream().filter(p -> p.getElementById("dk-card-stop-form") != null).count();
            assertEquals(20, wrongPages + blockedPages, "every answer is the card's own page, no error: "
                    + pages.stream().map(Document::title).toList());
            assertEquals(1, blockedPages, "exactly the twentieth blocks the card");
            assertEquals(20, wrongResponses(card), "twenty wrong responses count twenty");
            assertEquals("blocked", cards.state(card).get("status"));
        } finally {
            new Flows(env, REALM).configure(CardReaderLoginIT.FLOW, "dk-card-reader", Map.of("maxWrongResponses", "5"));
            env.realm(REALM).attackDetection().clearAllBruteForce();
        }
    }

    @Test
    void twentyParallelWrongResponses_blockTheCardAfterFive_eachCountedOnce() throws Exception {
        Card card = cards.newCustomerWithCard("fr", "PARALLEL CINQ");
        try (AutoCloseable lenient = withoutBruteForceDetection()) {
            List<Document> pages = twentyWrongResponsesAtOnce(card);
            long wrongPages = pages.stream().filter(p -> p.getElementById("dk-card-response-form") != null).count();
            long stopPages = pages.stream().filter(p -> p.getElementById("dk-card-stop-form") != null).count();
            assertEquals(20, wrongPages + stopPages, "no error page: " + pages.stream().map(Document::title).toList());
            assertEquals("blocked", cards.state(card).get("status"), "5 wrong signatures block the card");
            assertEquals(4, wrongPages, "four answers say 'wrong', the fifth and every later one 'blocked'");
            assertTrue(wrongResponses(card) >= 5, "at least the five that blocked it: " + wrongResponses(card));
        } finally {
            env.realm(REALM).attackDetection().clearAllBruteForce();
        }
    }

    @Test
    void rightResponseRacingTheBlockingWrongOne_neverUnblocksTheCard() throws Exception {
        try (AutoCloseable lenient = withoutBruteForceDetection()) {
            for (int round = 0; round < 5; round++) {
                Card card = cards.newCustomerWithCard("fr", "COURSE " + round);
                for (int i = 0; i < 4; i++) {
                    FormSession session = atChallenge(card);
                    session.submit("dk-card-response-form", Map.of("response", wrong(card, session)));
                }
                assertEquals(4, wrongResponses(card));
                FormSession owner = atChallenge(card);
                FormSession attacker = atChallenge(card);
                String right = card.response(challenge(owner));
                CompletableFuture<Document> login = owner.submitAsync("dk-card-response-form", Map.of("response", right));
                CompletableFuture<Document> guess = attacker.submitAsync("dk-card-response-form", Map.of("response", wrong(card, attacker)));
                Document loginPage = login.join();
                Document guessPage = guess.join();
                assertTrue(guessPage.getElementById("dk-card-response-form") != null || guessPage.getElementById("dk-card-stop-form") != null,
                        "the wrong answer gets the card's page: " + guessPage.title());
                boolean loggedIn = loginPage.location().startsWith(env.baseUrl() + "/realms/" + REALM + "/account/");
                assertTrue(loggedIn || loginPage.getElementById("dk-card-stop-form") != null, "login or the stop page: " + loginPage.title());
                Map<String, Object> state = cards.state(card);
                String report = "round " + round + ": logged in " + loggedIn + ", card " + state;
                if (loggedIn) {
                    // The right one came first: its reset, then the wrong one counted on top of it.
                    assertEquals("active", state.get("status"), report);
                    assertEquals(1, ((Number) state.get("wrongResponses")).intValue(), report);
                } else {
                    // The wrong one came first and blocked the card: the right one is refused and unblocks nothing.
                    assertEquals("blocked", state.get("status"), report);
                    assertEquals(5, ((Number) state.get("wrongResponses")).intValue(), report);
                }
            }
        } finally {
            env.realm(REALM).attackDetection().clearAllBruteForce();
        }
    }
}
