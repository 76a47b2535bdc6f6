package be.digitalkeys.dev.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One browser's state on the demo page (found by its cookie): the page language, the logins under
 * way (by state, at most a few, each taken once), the finished logins per card, the logouts under
 * way and one notice per card to show once. Synchronized: a browser may send parallel requests.
 */
final class DemoSession {

    private static final int MAX_PENDING = 20;

    private String language;
    private final Map<String, RelyingParty.Pending> pending = bounded();
    private final Map<String, String> logouts = bounded();
    private final Map<String, RelyingParty.Login> logins = new LinkedHashMap<>();
    private final Map<String, Notice> notices = new LinkedHashMap<>();

    /** A message for a card: an error (role alert, optionally about one field) or a confirmation. */
    record Notice(String text, boolean error, String field) {
    }

    DemoSession(String language) {
        this.language = language;
    }

    synchronized String language() {
        return language;
    }

    synchronized void language(String value) {
        this.language = value;
    }

    synchronized void started(RelyingParty.Pending login) {
        pending.put(login.state(), login);
    }

    /** The login this state started, removed so a state is never used twice. */
    synchronized Optional<RelyingParty.Pending> takePending(String state) {
        return Optional.ofNullable(state == null ? null : pending.remove(state));
    }

    synchronized void loggedIn(String card, RelyingParty.Login login) {
        logins.put(card, login);
    }

    synchronized Optional<RelyingParty.Login> login(String card) {
        return Optional.ofNullable(logins.get(card));
    }

    synchronized void loggingOut(String state, String card) {
        logouts.put(state, card);
    }

    /** The card a logout state was made for, removed (once). */
    synchronized Optional<String> takeLogout(String state) {
        return Optional.ofNullable(state == null ? null : logouts.remove(state));
    }

    synchronized void loggedOut(String card) {
        logins.remove(card);
    }

    synchronized void notice(String card, Notice notice) {
        notices.put(card, notice);
    }

    synchronized Optional<Notice> takeNotice(String card) {
        return Optional.ofNullable(notices.remove(card));
    }

    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_PENDING;
            }
        };
    }
}
