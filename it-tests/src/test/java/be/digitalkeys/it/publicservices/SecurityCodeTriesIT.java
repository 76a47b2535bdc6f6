package be.digitalkeys.it.publicservices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import be.digitalkeys.it.support.Accounts;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.FormSession;
import be.digitalkeys.it.support.Mailbox;
import be.digitalkeys.it.support.TestEnvironment;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * Attack on the tries of one security code: the same code form sent 20 times at once (one session,
 * real HTTP through the chooser and the password page). Only the allowed number of tries (3) is
 * compared; the rest are refused as too many, and the right code afterwards is refused too.
 */
@ExtendWith(DigitalKeysExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityCodeTriesIT {

    private static final String REALM = SecurityCodeLoginIT.REALM;
    /** Keycloak's English "expiredActionMessage". */
    private static final String ACTION_EXPIRED = "Action expired.";
    private final TestEnvironment env;
    private final Accounts accounts;

    SecurityCodeTriesIT(TestEnvironment env) {
        this.env = env;
        this.accounts = new Accounts(env, REALM);
    }

    @Test
    void twentyParallelWrongCodes_inOneSession_tryTheCodeThreeTimesOnly() throws Exception {
        String username = "tries-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@public-services.example";
        String id = accounts.createWithPassword(username, email, "en", SecurityCodeLoginIT.PASSWORD);
        accounts.addSecurityCodeKey(id, "email", email);
        RealmRepresentation realm = env.realm(REALM).toRepresentation();
        Boolean before = realm.isBruteForceProtected();
        // Keycloak's brute-force detection (tested elsewhere) would answer some of the burst before the code's own limit.
        realm.setBruteForceProtected(false);
        env.realm(REALM).update(realm);
        try {
            FormSession session = new FormSession(env.baseUrl());
            session.startLogin(REALM, "account-console", env.baseUrl() + "/realms/" + REALM + "/account/", "en");
            session.submit("dk-key-chooser-form", Map.of("key", "email-code"));
            Document codePage = session.submit("kc-form-login", Map.of("username", username, "password", SecurityCodeLoginIT.PASSWORD));
            assertTrue(codePage.getElementById("dk-security-code-form") != null, "at the code page: " + codePage.title());
            String code = Mailbox.securityCode(new Mailbox(env).latestTo(email));
            String wrong = code.charAt(0) == '1' ? "2" + code.substring(1) : "1" + code.substring(1);
            List<CompletableFuture<Document>> burst = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                burst.add(session.submitAsync("dk-security-code-form", Map.of("code", wrong)));
            }
            List<String> answers = burst.stream().map(CompletableFuture::join)
                    .map(p -> p.title() + " / " + p.select(".kc-feedback-text, [id^=input-error]").text()).toList();
            System.out.println("[SecurityCodeTriesIT] " + answers);
            List<EventRepresentation> compared = env.realm(REALM).getEvents(List.of("LOGIN_ERROR"), null, id, null, null, null, 0, 100)
                    .stream().filter(e -> "invalid_user_credentials".equals(e.getError())).toList();
            assertTrue(compared.size() <= 3, "the code was compared " + compared.size() + " times: " + answers);
            // The page the session holds is the burst's last answer, which need not be the one Keycloak wrote
            // last: a form from an outdated page is answered "action expired" with the current page, untried.
            // A person types the code again there; so does the test, once.
            Document right = session.submit("dk-security-code-form", Map.of("code", code));
            if (right.text().contains(ACTION_EXPIRED) && right.getElementById("dk-security-code-form") != null) {
                right = session.submit("dk-security-code-form", Map.of("code", code));
            }
            boolean loggedIn = right.location().startsWith(env.baseUrl() + "/realms/" + REALM + "/account/") && right.location().contains("code=");
            // Keycloak itself answers part of a same-session burst ("action expired"); whatever reached the code
            // used a try: the right code still works only if fewer than the 3 allowed tries were used.
            assertEquals(compared.size() < 3, loggedIn, "compared " + compared.size() + " times, then the right code "
                    + (loggedIn ? "logged in" : "was refused (" + right.title() + " / "
                    + right.select(".kc-feedback-text, [id^=input-error]").text() + ")") + ": " + answers);
        } finally {
            RealmRepresentation back = env.realm(REALM).toRepresentation();
            back.setBruteForceProtected(before);
            env.realm(REALM).update(back);
        }
    }
}
