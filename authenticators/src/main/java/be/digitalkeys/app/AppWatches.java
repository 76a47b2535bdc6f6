package be.digitalkeys.app;

import java.util.Map;
import java.util.Optional;

import be.digitalkeys.common.Values;
import org.keycloak.common.util.Time;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * What a waiting browser page may ask: a random handle naming either a login request or an
 * enrolment, answering only its state. The handle is the page's own; it reveals nothing else.
 */
final class AppWatches {

    static final String WATCH = "dk-app.watch.";
    static final String PENDING = "pending";
    static final String DONE = "done";

    private final SingleUseObjectProvider store;

    AppWatches(SingleUseObjectProvider store) {
        this.store = store;
    }

    String watchRequest(AppRequest request, int lifespanSeconds) {
        String watch = AppRequests.newId();
        store.put(WATCH + watch, lifespanSeconds + AppRequests.GRACE_SECONDS, Map.of("kind", "request", "ref", request.id()));
        return watch;
    }

    String watchEnrolment(long expiresAt, int lifespanSeconds) {
        String watch = AppRequests.newId();
        store.put(WATCH + watch, lifespanSeconds + AppRequests.GRACE_SECONDS,
                Map.of("kind", "enrol", "state", PENDING, "expires", Long.toString(expiresAt)));
        return watch;
    }

    /** The enrolment ended with this credential (kept for the browser's event record). */
    void enrolmentDone(String watch, String credentialId) {
        Map<String, String> notes = store.get(WATCH + watch);
        if (notes != null) {
            store.replace(WATCH + watch, Map.of("kind", "enrol", "state", DONE, "expires", notes.getOrDefault("expires", "0"),
                    "credential", credentialId));
        }
    }

    /** The credential an ended enrolment created, if known. */
    java.util.Optional<String> credentialOf(String watch) {
        Map<String, String> notes = store.get(WATCH + watch);
        return java.util.Optional.ofNullable(notes == null ? null : notes.get("credential"));
    }

    /** The state a page shows: a request's state, or pending/done/expired for an enrolment; empty for an unknown handle. */
    Optional<String> state(String watch) {
        if (watch == null || !watch.matches("[A-Za-z0-9_-]{22,64}")) {
            return Optional.empty();
        }
        Map<String, String> notes = store.get(WATCH + watch);
        if (notes == null) {
            return Optional.empty();
        }
        if ("request".equals(notes.get("kind"))) {
            return new AppRequests(store).get(notes.get("ref")).map(r -> r.stateAt(Time.currentTimeMillis()).id());
        }
        String state = notes.getOrDefault("state", PENDING);
        long expires = Values.millisNote(notes.get("expires"));
        return Optional.of(PENDING.equals(state) && Time.currentTimeMillis() >= expires ? AppRequest.State.EXPIRED.id() : state);
    }
}
