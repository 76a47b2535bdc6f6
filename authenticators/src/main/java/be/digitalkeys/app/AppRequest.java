package be.digitalkeys.app;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.digitalkeys.common.Values;
/**
 * A login request waiting for the app, as kept in the single-use-object store: whose it is, the
 * icon the browser showed and the ones the app offers, what the app tells the user, and its state.
 */
public record AppRequest(String id, String realmId, String userId, String icon, List<String> icons, String service,
        List<String> data, State state, long expiresAt, String answeredBy) {

    /** Where a request stands; every state but PENDING is final. */
    public enum State {
        PENDING, APPROVED, DENIED, WRONG_ICON, EXPIRED, CANCELLED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        static State of(String id) {
            try {
                return valueOf(String.valueOf(id).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return EXPIRED;
            }
        }
    }

    /** The state at this time: a pending request past its end is expired. */
    public State stateAt(long nowMillis) {
        return state == State.PENDING && nowMillis >= expiresAt ? State.EXPIRED : state;
    }

    public boolean showsIcon() {
        return !icon.isEmpty();
    }

    public AppRequest with(State newState, String device) {
        return new AppRequest(id, realmId, userId, icon, icons, service, data, newState, expiresAt, device);
    }

    Map<String, String> notes() {
        Map<String, String> notes = new HashMap<>();
        notes.put("realm", realmId);
        notes.put("user", userId);
        notes.put("icon", icon);
        notes.put("icons", String.join(",", icons));
        notes.put("service", service);
        notes.put("data", String.join(",", data));
        notes.put("state", state.id());
        notes.put("expires", Long.toString(expiresAt));
        notes.put("answeredBy", answeredBy == null ? "" : answeredBy);
        return notes;
    }

    static AppRequest of(String id, Map<String, String> notes) {
        return new AppRequest(id, notes.getOrDefault("realm", ""), notes.getOrDefault("user", ""), notes.getOrDefault("icon", ""),
                split(notes.get("icons")), notes.getOrDefault("service", ""), split(notes.get("data")), State.of(notes.get("state")),
                Values.millisNote(notes.get("expires")), notes.getOrDefault("answeredBy", ""));
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }
}
