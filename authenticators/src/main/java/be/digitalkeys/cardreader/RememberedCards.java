package be.digitalkeys.cardreader;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import be.digitalkeys.cardreader.credential.CardCredentialModel;
import be.digitalkeys.cardreader.credential.CardCredentialProvider;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.JsonWebToken;

/**
 * The seed's bookmarks: the cards a browser remembers ("remember this card"), several per
 * browser, each shown with its holder's name and a masked number. One cookie signed with the
 * realm's HMAC key lists the card credentials (ids, never numbers), so nobody can make a browser
 * show a stranger's card. A personal link leaves an unsigned hint that only pre-fills the number.
 */
final class RememberedCards {

    static final String COOKIE = "DK_CARDS";
    static final String HINT_COOKIE = "DK_CARD_HINT";
    static final int MAX_CARDS = 10;
    private static final String TOKEN_TYPE = "dk-remembered-cards";
    private static final String CLAIM = "cards";

    private final KeycloakSession session;
    private final RealmModel realm;

    RememberedCards(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** A remembered card as the page shows it. */
    record Remembered(String id, String holderName, String maskedNumber, String status, String userId) {
    }

    /** The cards this browser remembers that still exist, in the order they were remembered. */
    List<Remembered> list() {
        List<Remembered> cards = new ArrayList<>();
        for (String entry : entries()) {
            String[] parts = entry.split("/", 2);
            if (parts.length != 2) {
                continue;
            }
            UserModel user = session.users().getUserById(realm, parts[0]);
            if (user == null) {
                continue;
            }
            CardCredentialProvider.cardById(user, parts[1]).ifPresent(card -> cards.add(new Remembered(card.getId(),
                    card.data().holderName(), card.maskedNumber(), card.status().id(), user.getId())));
        }
        return cards;
    }

    void remember(UserModel user, CardCredentialModel card, int days) {
        Set<String> entries = new LinkedHashSet<>(entries());
        entries.add(user.getId() + "/" + card.getId());
        List<String> kept = new ArrayList<>(entries);
        write(kept.subList(Math.max(0, kept.size() - MAX_CARDS), kept.size()), days);
    }

    /** Removes a card this browser remembers; true when it did, false (and the cookie untouched) for any other id. */
    boolean forget(String cardId, int days) {
        List<String> entries = entries();
        List<String> kept = entries.stream().filter(e -> cardId == null || !e.endsWith("/" + cardId)).toList();
        if (kept.size() == entries.size()) {
            return false;
        }
        write(kept, days);
        return true;
    }

    /** The card number a personal link asked to pre-fill, or "". */
    String hint() {
        Cookie hint = session.getContext().getRequestHeaders().getCookies().get(HINT_COOKIE);
        String value = hint == null || hint.getValue() == null ? "" : hint.getValue();
        return value.matches("\\d{" + CardNumber.LENGTH + "}") ? value : "";
    }

    /** Called by the personal link: pre-fills this number on the next card page (10 minutes). */
    void setHint(CardNumber number) {
        session.getContext().getHttpResponse().setCookieIfAbsent(cookie(HINT_COOKIE, number.digits(), 600));
    }

    private List<String> entries() {
        Cookie cookie = session.getContext().getRequestHeaders().getCookies().get(COOKIE);
        if (cookie == null || cookie.getValue() == null || cookie.getValue().length() > 4096) {
            return List.of();
        }
        JsonWebToken token = session.tokens().decode(cookie.getValue(), JsonWebToken.class);
        if (token == null || !TOKEN_TYPE.equals(token.getType()) || !realm.getId().equals(token.getIssuer()) || !token.isActive()
                || !(token.getOtherClaims().get(CLAIM) instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(String.class::isInstance).map(String.class::cast).limit(MAX_CARDS).toList();
    }

    private void write(List<String> entries, int days) {
        JsonWebToken token = new JsonWebToken().type(TOKEN_TYPE).issuer(realm.getId()).exp(Time.currentTime() + days * 86_400L);
        token.iat((long) Time.currentTime());
        token.setOtherClaims(CLAIM, entries);
        session.getContext().getHttpResponse().setCookieIfAbsent(cookie(COOKIE, session.tokens().encode(token), days * 86_400));
    }

    private NewCookie cookie(String name, String value, int maxAge) {
        boolean https = "https".equalsIgnoreCase(session.getContext().getUri().getBaseUri().getScheme());
        return new NewCookie.Builder(name)
                .value(value)
                .path(session.getContext().getUri().getBaseUri().getPath() + "realms/" + realm.getName() + "/")
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(https)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }
}
