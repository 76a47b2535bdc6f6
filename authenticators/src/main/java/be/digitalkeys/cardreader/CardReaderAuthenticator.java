package be.digitalkeys.cardreader;

import java.util.OptionalLong;

import be.digitalkeys.cardreader.credential.CardCredentialModel;
import be.digitalkeys.cardreader.credential.CardCredentialModel.Status;
import be.digitalkeys.cardreader.credential.CardCredentialProvider;
import be.digitalkeys.cardreader.ocra.ChallengeGenerator;
import be.digitalkeys.cardreader.ocra.InvalidChallengeException;
import be.digitalkeys.cardreader.ocra.InvalidOcraInputException;
import be.digitalkeys.cardreader.ocra.InvalidOcraSuiteException;
import be.digitalkeys.cardreader.ocra.MalformedResponseException;
import be.digitalkeys.cardreader.ocra.OcraInput;
import be.digitalkeys.cardreader.ocra.OcraMatch;
import be.digitalkeys.cardreader.ocra.OcraSuite;
import be.digitalkeys.cardreader.ocra.WrongResponseException;
import be.digitalkeys.common.LockedCredentials;
import be.digitalkeys.common.SingleLineText;
import be.digitalkeys.common.Values;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.common.util.Time;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Bank card reader login (BelfiusWeb seed): the card number, then a challenge the user keys into
 * the reader, which answers after the card's PIN; the server checks the OCRA response of that
 * card. Wrong responses count per card (5 in a row block it, persistently) and for Keycloak's
 * brute-force detection. Within one SSO session every later authentication must use the card
 * of the login. An unknown card number gets a decoy challenge, so the page never tells whether
 * a number exists; blocked and replaced cards get the seed's explanations.
 */
public class CardReaderAuthenticator implements Authenticator {

    static final String NOTE_CARD_USER = "dk.card.user";
    static final String NOTE_CARD_ID = "dk.card.id";
    static final String NOTE_CHALLENGE = "dk.card.challenge";
    static final String NOTE_ISSUED = "dk.card.issued";
    static final String NOTE_REMEMBER = "dk.card.remember";
    static final String NOTE_DECOY = "dk.card.decoy";
    /** User-session note: the card of the login, required for every later authentication. */
    public static final String SESSION_CARD = "dk.card.session";
    static final int MAX_FIELD = 64;
    private static final Logger LOG = Logger.getLogger(CardReaderAuthenticator.class);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        CardReaderConfig config = new CardReaderConfig(context.getAuthenticatorConfig());
        if (context.getAuthenticationSession().getAuthNote(NOTE_CHALLENGE) != null) {
            context.challenge(CardReaderPage.challenge(context, config, null));
            return;
        }
        context.challenge(CardReaderPage.cardNumber(context, config, null, null, ""));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        CardReaderConfig config = new CardReaderConfig(context.getAuthenticatorConfig());
        MultivaluedMap<String, String> input = context.getHttpRequest().getDecodedFormParameters();
        if (input.containsKey(CardReaderPage.FIELD_OTHER_CARD)) {
            clear(context.getAuthenticationSession());
            context.challenge(CardReaderPage.cardNumber(context, config, null, null, ""));
        } else if (input.containsKey(CardReaderPage.FIELD_FORGET)) {
            forget(context, config, input.getFirst(CardReaderPage.FIELD_FORGET));
        } else if (context.getAuthenticationSession().getAuthNote(NOTE_CHALLENGE) != null
                && !input.containsKey(CardReaderPage.FIELD_CARD_NUMBER) && !input.containsKey(CardReaderPage.FIELD_REMEMBERED)) {
            // The challenge form, with or without its response field: it stays on the challenge.
            response(context, config, input.getFirst(CardReaderPage.FIELD_RESPONSE));
        } else {
            card(context, config, input);
        }
    }

    /** "Remove": only a card this browser remembers is removed; any other id changes nothing and says so. */
    private void forget(AuthenticationFlowContext context, CardReaderConfig config, String cardId) {
        boolean removed = new RememberedCards(context.getSession(), context.getRealm()).forget(cardId, config.rememberDays());
        context.challenge(CardReaderPage.cardNumber(context, config, null, null, "", removed ? cardId : null,
                removed ? "dkCardForgotten" : "dkCardNothingForgotten"));
    }

    /** The card step: a remembered card or a typed number; then the challenge. */
    private void card(AuthenticationFlowContext context, CardReaderConfig config, MultivaluedMap<String, String> input) {
        clear(context.getAuthenticationSession());
        boolean remember = "on".equals(input.getFirst(CardReaderPage.FIELD_REMEMBER));
        CardNumber number;
        String chosen = input.getFirst(CardReaderPage.FIELD_REMEMBERED);
        if (chosen != null) {
            var remembered = new RememberedCards(context.getSession(), context.getRealm()).list().stream()
                    .filter(r -> r.id().equals(chosen)).findFirst();
            if (remembered.isEmpty()) {
                context.challenge(CardReaderPage.cardNumber(context, config, null, "dkCardRememberedGone", ""));
                return;
            }
            UserModel holder = context.getSession().users().getUserById(context.getRealm(), remembered.get().userId());
            CardCredentialModel card = holder == null ? null : CardCredentialProvider.cardById(holder, chosen).orElse(null);
            if (card == null) {
                context.challenge(CardReaderPage.cardNumber(context, config, null, "dkCardRememberedGone", ""));
                return;
            }
            start(context, config, holder, card, false);
            return;
        }
        String typed = input.getFirst(CardReaderPage.FIELD_CARD_NUMBER);
        String raw = typed == null ? "" : typed.strip();
        if (!SingleLineText.isClean(raw)) {
            // Control or direction characters are never part of a card number: refused, never echoed.
            context.challenge(CardReaderPage.cardNumber(context, config, CardReaderPage.FIELD_CARD_NUMBER, "dkCardNumberMalformed", ""));
            return;
        }
        try {
            number = parse(config, raw);
        } catch (InvalidCardNumberException e) {
            context.challenge(CardReaderPage.cardNumber(context, config, CardReaderPage.FIELD_CARD_NUMBER, messageFor(e), shorten(raw)));
            return;
        }
        var held = Cards.find(context.getSession(), context.getRealm(), number);
        if (held.isEmpty()) {
            decoy(context, config, number, remember);
            return;
        }
        start(context, config, held.get().user(), held.get().card(), remember);
    }

    /** The 13 digits after the pre-filled prefix, or the whole number; spaces and dashes allowed. */
    public static CardNumber parse(CardReaderConfig config, String raw) throws InvalidCardNumberException {
        String bounded = raw.length() > MAX_FIELD ? raw.substring(0, MAX_FIELD + 1) : raw;
        String digits = bounded.replaceAll("[\\s\\u00a0-]", "");
        String prefix = config.issuerPrefix();
        boolean afterPrefix = !prefix.isEmpty() && digits.matches("\\d{" + (CardNumber.LENGTH - prefix.length()) + "}");
        return config.parser().parse(afterPrefix ? prefix + digits : bounded);
    }

    private void start(AuthenticationFlowContext context, CardReaderConfig config, UserModel holder, CardCredentialModel card,
            boolean remember) {
        if (card.status() == Status.BLOCKED) {
            context.getEvent().user(holder).detail("dk_card", card.maskedNumber()).error("dk_card_blocked");
            context.challenge(CardReaderPage.stop(context, config, "dkCardBlocked"));
            return;
        }
        if (card.status() == Status.REPLACED) {
            context.getEvent().user(holder).detail("dk_card", card.maskedNumber()).error("dk_card_replaced");
            context.challenge(CardReaderPage.stop(context, config, "dkCardReplaced"));
            return;
        }
        String sessionCard = sessionCard(context);
        UserModel known = context.getUser();
        if ((sessionCard != null && !sessionCard.equals(card.getId())) || (known != null && !known.getId().equals(holder.getId()))) {
            context.getEvent().user(known != null ? known : holder).detail("dk_card", card.maskedNumber()).error("dk_card_not_session_card");
            context.challenge(CardReaderPage.cardNumber(context, config, null, "dkCardNotSessionCard", ""));
            return;
        }
        context.setUser(holder);
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        authSession.setAuthNote(NOTE_CARD_USER, holder.getId());
        authSession.setAuthNote(NOTE_CARD_ID, card.getId());
        authSession.setAuthNote(NOTE_REMEMBER, String.valueOf(remember));
        newChallenge(authSession, suiteOf(card, config));
        context.challenge(CardReaderPage.challenge(context, config, null));
    }

    /** An unknown number: a challenge like any other, whose every response is wrong. */
    private void decoy(AuthenticationFlowContext context, CardReaderConfig config, CardNumber number, boolean remember) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        authSession.setAuthNote(NOTE_DECOY, number.digits());
        authSession.setAuthNote(NOTE_REMEMBER, String.valueOf(remember));
        newChallenge(authSession, config.suite());
        context.challenge(CardReaderPage.challenge(context, config, null));
    }

    private void response(AuthenticationFlowContext context, CardReaderConfig config, String typed) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (authSession.getAuthNote(NOTE_DECOY) != null) {
            // An unknown card is answered exactly as a known one: same expiry, same format rule
            // (the realm's suite, which real cards share), and every well-formed response is wrong.
            OcraSuite suite = config.suite();
            if (expired(authSession, config)) {
                newChallenge(authSession, suite);
                context.challenge(CardReaderPage.challenge(context, config, "dkCardChallengeExpired"));
                return;
            }
            if (refusedFormat(context, config, typed, suite)) {
                return;
            }
            context.getEvent().error(Errors.INVALID_USER_CREDENTIALS);
            newChallenge(authSession, config.suite());
            context.challenge(CardReaderPage.challenge(context, config, "dkCardResponseWrong", config.maxWrongResponses()));
            return;
        }
        UserModel user = context.getSession().users().getUserById(context.getRealm(), authSession.getAuthNote(NOTE_CARD_USER));
        CardCredentialModel card = user == null ? null : CardCredentialProvider.cardById(user, authSession.getAuthNote(NOTE_CARD_ID)).orElse(null);
        if (card == null) {
            clear(authSession);
            context.challenge(CardReaderPage.cardNumber(context, config, null, "dkCardRememberedGone", ""));
            return;
        }
        context.setUser(user);
        if (card.status() != Status.ACTIVE) {
            clear(authSession);
            context.challenge(CardReaderPage.stop(context, config, card.status() == Status.BLOCKED ? "dkCardBlocked" : "dkCardReplaced"));
            return;
        }
        OcraSuite suite = suiteOf(card, config);
        if (expired(authSession, config)) {
            newChallenge(authSession, suite);
            context.challenge(CardReaderPage.challenge(context, config, "dkCardChallengeExpired"));
            return;
        }
        String bruteForceError = AuthenticatorUtils.getDisabledByBruteForceEventError(context, user);
        if (!user.isEnabled() || bruteForceError != null) {
            context.getEvent().user(user).error(bruteForceError != null ? bruteForceError : Errors.USER_DISABLED);
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS,
                    CardReaderPage.challenge(context, config, "dkCardResponseWrong", config.maxWrongResponses()));
            return;
        }
        if (refusedFormat(context, config, typed, suite)) {
            return;
        }
        String response = typed.replaceAll("\\s", "");
        String challenge = authSession.getAuthNote(NOTE_CHALLENGE);
        OcraMatch match;
        try {
            match = config.verifier(suite).verify(card.secret().keyBytes(), expected(card, suite, challenge), response);
        } catch (WrongResponseException e) {
            wrong(context, config, user, card, suite);
            return;
        } catch (MalformedResponseException e) {
            context.challenge(CardReaderPage.challenge(context, config, "dkCardResponseMalformed", suite.digits()));
            return;
        } catch (InvalidChallengeException | InvalidOcraInputException | IllegalArgumentException e) {
            LOG.warnf("Card %s cannot be verified (%s); check its suite and secret", card.maskedNumber(), e.getClass().getSimpleName());
            context.challenge(CardReaderPage.stop(context, config, "dkCardUnusable"));
            return;
        }
        if (!context.getSession().singleUseObjects().putIfAbsent(replayKey(card, match, challenge), config.challengeValiditySeconds() + 60L)) {
            context.getEvent().user(user).detail("dk_card", card.maskedNumber()).error("dk_card_response_replayed");
            newChallenge(authSession, suite);
            context.challenge(CardReaderPage.challenge(context, config, "dkCardResponseUsed"));
            return;
        }
        long counter = match.nextCounter().orElse(card.data().counter());
        // Read again under the row lock: a block set meanwhile by a parallel wrong response stands
        // (this login is refused), and the reset of the count never overwrites a newer count.
        Status now = LockedCredentials.update(context.getSession(), user.getId(), card.getId(), stored -> {
            CardCredentialModel fresh = CardCredentialModel.fromModel(stored);
            long next = Math.max(counter, fresh.data().counter());
            if (fresh.status() != Status.ACTIVE || next == fresh.data().counter() && fresh.data().wrongResponses() == 0) {
                return null; // nothing to write: a challenge-only card logs in without a database write
            }
            return fresh.with(next, Status.ACTIVE, 0);
        }).map(stored -> CardCredentialModel.fromModel(stored).status()).orElse(Status.BLOCKED);
        if (now != Status.ACTIVE) {
            context.getEvent().user(user).detail("dk_card", card.maskedNumber()).error("dk_card_blocked");
            clear(authSession);
            context.challenge(CardReaderPage.stop(context, config, now == Status.REPLACED ? "dkCardReplaced" : "dkCardBlocked"));
            return;
        }
        if (Boolean.parseBoolean(authSession.getAuthNote(NOTE_REMEMBER))) {
            new RememberedCards(context.getSession(), context.getRealm()).remember(user, card, config.rememberDays());
        }
        authSession.setUserSessionNote(SESSION_CARD, card.getId());
        clear(authSession);
        context.getEvent().detail("dk_card", card.maskedNumber());
        context.success(OTPCredentialModel.TYPE);
    }

    private static boolean expired(AuthenticationSessionModel authSession, CardReaderConfig config) {
        return Values.note(authSession.getAuthNote(NOTE_ISSUED)) + config.challengeValiditySeconds() < Time.currentTime();
    }

    /**
     * The response's form, checked alike for known and unknown cards: nothing typed (or no
     * response field at all) asks for the signature code; anything but the suite's number of
     * digits says how many digits it has. True when refused (the challenge is shown again, nothing counted).
     */
    private static boolean refusedFormat(AuthenticationFlowContext context, CardReaderConfig config, String typed, OcraSuite suite) {
        String response = typed == null ? "" : typed.replaceAll("\\s", "");
        if (response.isEmpty()) {
            context.challenge(CardReaderPage.challenge(context, config, "dkCardResponseMissing", suite.digits()));
            return true;
        }
        if (response.length() > MAX_FIELD || !response.matches("\\d+") || response.length() != suite.digits()) {
            context.challenge(CardReaderPage.challenge(context, config, "dkCardResponseMalformed", suite.digits()));
            return true;
        }
        return false;
    }

    private void wrong(AuthenticationFlowContext context, CardReaderConfig config, UserModel user, CardCredentialModel card, OcraSuite suite) {
        // One more wrong response, counted on the stored value under the row lock: parallel wrong
        // responses (from any number of sessions, on any node) each count once.
        CardCredentialModel counted = LockedCredentials.update(context.getSession(), user.getId(), card.getId(), stored -> {
            CardCredentialModel fresh = CardCredentialModel.fromModel(stored);
            int next = fresh.data().wrongResponses() + 1;
            Status status = fresh.status() == Status.ACTIVE && next >= config.maxWrongResponses() ? Status.BLOCKED : fresh.status();
            return fresh.with(fresh.data().counter(), status, next);
        }).map(CardCredentialModel::fromModel).orElse(card.with(card.data().counter(), Status.BLOCKED, card.data().wrongResponses()));
        int wrong = counted.data().wrongResponses();
        boolean blocked = counted.status() != Status.ACTIVE;
        context.getEvent().user(user).detail("dk_card", card.maskedNumber()).detail("dk_card_wrong_responses", String.valueOf(wrong))
                .error(Errors.INVALID_USER_CREDENTIALS);
        if (blocked) {
            clear(context.getAuthenticationSession());
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, CardReaderPage.stop(context, config, "dkCardBlocked"));
            return;
        }
        newChallenge(context.getAuthenticationSession(), suite);
        context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS,
                CardReaderPage.challenge(context, config, "dkCardResponseWrong", config.maxWrongResponses()));
    }

    private static OcraInput expected(CardCredentialModel card, OcraSuite suite, String challenge) {
        OcraInput.Builder input = OcraInput.builder().challenge(challenge);
        if (suite.needsCounter()) {
            input.counter(card.data().counter());
        }
        if (suite.needsPin() && card.secret().pinHash() != null) {
            input.pinHash(java.util.HexFormat.of().parseHex(card.secret().pinHash()));
        }
        if (suite.needsTime()) {
            input.epochSeconds(Time.currentTime());
        }
        return input.build();
    }

    /** A response is accepted once: per counter (suites with C), else per time step and challenge, else per challenge. */
    private static String replayKey(CardCredentialModel card, OcraMatch match, String challenge) {
        OptionalLong counter = match.counter();
        if (counter.isPresent()) {
            return "dk-card." + card.getId() + ".c" + counter.getAsLong();
        }
        return "dk-card." + card.getId() + ".t" + match.timeStep().orElse(-1) + ".q" + challenge;
    }

    public static OcraSuite suiteOf(CardCredentialModel card, CardReaderConfig config) {
        try {
            return OcraSuite.parse(card.data().suite());
        } catch (InvalidOcraSuiteException | RuntimeException e) {
            return config.suite();
        }
    }

    private static void newChallenge(AuthenticationSessionModel authSession, OcraSuite suite) {
        authSession.setAuthNote(NOTE_CHALLENGE, ChallengeGenerator.forSuite(suite).generate());
        authSession.setAuthNote(NOTE_ISSUED, String.valueOf(Time.currentTime()));
    }

    /** The card of the SSO session this browser already has in the realm, if any. */
    private static String sessionCard(AuthenticationFlowContext context) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        AuthenticationManager.AuthResult sso = AuthenticationManager.authenticateIdentityCookie(session, realm, true);
        UserSessionModel userSession = sso == null ? null : sso.session();
        return userSession == null ? null : userSession.getNote(SESSION_CARD);
    }

    static void clear(AuthenticationSessionModel authSession) {
        for (String note : new String[] {NOTE_CARD_USER, NOTE_CARD_ID, NOTE_CHALLENGE, NOTE_ISSUED, NOTE_REMEMBER, NOTE_DECOY}) {
            authSession.removeAuthNote(note);
        }
    }

    private static String messageFor(InvalidCardNumberException e) {
        if (e instanceof MalformedCardNumberException) {
            return "dkCardNumberMalformed";
        }
        if (e instanceof WrongIssuerPrefixException) {
            return "dkCardNumberPrefix";
        }
        if (e instanceof WrongCheckDigitException) {
            return "dkCardNumberCheckDigit";
        }
        return "dkCardNumberLength";
    }

    private static String shorten(String raw) {
        return raw.length() > MAX_FIELD ? raw.substring(0, MAX_FIELD) : raw;
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return CardCredentialProvider.cards(user).anyMatch(c -> c.status() == Status.ACTIVE);
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
