package be.digitalkeys.app;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.digitalkeys.appclient.Icons;
import be.digitalkeys.common.SlotQuota;
import org.keycloak.common.util.Time;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.UserModel;

/**
 * Login requests in the single-use-object store, so every node sees them: one pending request per
 * user (a new one cancels the older one), a cap per user and window against push bombing, each
 * request answered once cluster-wide ({@code putIfAbsent}), and the browser's watch handle.
 */
public final class AppRequests {

    static final String REQUEST = "dk-app.req.";
    static final String CURRENT = "dk-app.cur.";
    static final String ANSWER = "dk-app.ans.";
    static final String QUOTA = "dk-app.quota.";
    /** The user's cap for requests from browsers that are not known, as a multiple of the per-requester cap. */
    static final int STRANGER_FACTOR = 3;
    /** The final state stays readable this long after the request's end, for the browser and the app. */
    static final int GRACE_SECONDS = 120;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SingleUseObjectProvider store;

    public AppRequests(SingleUseObjectProvider store) {
        this.store = store;
    }

    /** 128 random bits, base64url: request ids, watch handles, enrolment ids. */
    public static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Takes a slot of the caps that apply to this requester; false when one is used up. A browser
     * the user already logged in with the app ({@code knownBrowser}) has a cap of its own, so
     * strangers pushing the user's number cannot stop the user's own browser. Any other requester
     * takes a slot of its address's cap and of the user's cap for strangers ({@value #STRANGER_FACTOR}
     * times the cap): one address cannot use up the quota of other addresses, and the phone gets at
     * most that many pushes from strangers per window.
     */
    public boolean takeQuota(RealmModel realm, UserModel user, AppConfig config, Optional<String> knownBrowser, String address) {
        String base = QUOTA + realm.getId() + "." + user.getId();
        if (knownBrowser.isPresent()) {
            return SlotQuota.take(store, base + ".browser." + knownBrowser.get(), config.maxRequests(), config.windowSeconds());
        }
        return SlotQuota.take(store, base + ".address." + address, config.maxRequests(), config.windowSeconds())
                && SlotQuota.take(store, base + ".strangers", config.maxRequests() * STRANGER_FACTOR, config.windowSeconds());
    }

    /** Creates the user's request (cancelling the pending one, if any); {@code showIcon} decides whether the browser shows one. */
    public AppRequest create(RealmModel realm, UserModel user, AppConfig config, String service, boolean showIcon) {
        cancelCurrent(realm, user);
        String icon = showIcon ? Icons.ALL.get(RANDOM.nextInt(Icons.ALL.size())) : "";
        List<String> icons = showIcon ? Icons.offer(icon, config.iconCount(), RANDOM) : List.of();
        long expiresAt = Time.currentTimeMillis() + config.lifetimeSeconds() * 1000L;
        AppRequest request = new AppRequest(newId(), realm.getId(), user.getId(), icon, icons, service, config.sharedData(),
                AppRequest.State.PENDING, expiresAt, "");
        store.put(REQUEST + request.id(), config.lifetimeSeconds() + GRACE_SECONDS, request.notes());
        store.put(CURRENT + realm.getId() + "." + user.getId(), config.lifetimeSeconds() + GRACE_SECONDS, Map.of("request", request.id()));
        return request;
    }

    public Optional<AppRequest> get(String id) {
        if (id == null || !id.matches("[A-Za-z0-9_-]{22,64}")) {
            return Optional.empty();
        }
        Map<String, String> notes = store.get(REQUEST + id);
        return notes == null ? Optional.empty() : Optional.of(AppRequest.of(id, notes));
    }

    /** The user's request if it is still pending now. */
    public Optional<AppRequest> pendingOf(RealmModel realm, UserModel user) {
        Map<String, String> current = store.get(CURRENT + realm.getId() + "." + user.getId());
        return Optional.ofNullable(current).flatMap(c -> get(c.get("request")))
                .filter(r -> r.stateAt(Time.currentTimeMillis()) == AppRequest.State.PENDING);
    }

    /**
     * The request's state now, for the app: a request that is still pending but no longer the
     * person's newest (a retry made another, e.g. two logins racing on two nodes so that the
     * cancellation in {@link #create} missed it) is cancelled here and reported so. Only the newest
     * pending request of a person can be viewed or approved.
     */
    public AppRequest.State stateNow(AppRequest request) {
        AppRequest.State state = request.stateAt(Time.currentTimeMillis());
        if (state != AppRequest.State.PENDING) {
            return state;
        }
        Map<String, String> current = store.get(CURRENT + request.realmId() + "." + request.userId());
        if (current != null && request.id().equals(current.get("request"))) {
            return state;
        }
        if (claimAnswer(request)) {
            finish(request, AppRequest.State.CANCELLED, "");
        }
        return AppRequest.State.CANCELLED;
    }

    /**
     * Records the app's answer once: true for the first answer, false for a replay or a second
     * device (the claim is cluster-wide).
     */
    public boolean claimAnswer(AppRequest request) {
        return store.putIfAbsent(ANSWER + request.id(), lifespan(request));
    }

    /** Stores a final state (after a claimed answer, or a cancellation). */
    public void finish(AppRequest request, AppRequest.State state, String device) {
        store.replace(REQUEST + request.id(), request.with(state, device).notes());
    }

    private void cancelCurrent(RealmModel realm, UserModel user) {
        pendingOf(realm, user).ifPresent(old -> {
            // Claiming the answer slot first: an approval racing with the cancellation cannot win afterwards.
            if (claimAnswer(old)) {
                finish(old, AppRequest.State.CANCELLED, "");
            }
        });
    }

    private static long lifespan(AppRequest request) {
        return Math.max(1, (request.expiresAt() - Time.currentTimeMillis()) / 1000 + GRACE_SECONDS);
    }
}
