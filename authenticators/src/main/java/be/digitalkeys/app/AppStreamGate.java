package be.digitalkeys.app;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

import org.keycloak.models.SingleUseObjectProvider;

/**
 * Who may hold a server-sent-events stream of a waiting page. Each stream holds one of the
 * node's request threads for up to {@link AppEventStream#MAX_SECONDS} s, and the endpoint needs no
 * login, so it is bounded twice:
 * <ul>
 * <li>per node, at most {@code maxStreams} at once: a local resource guard (the threads it
 * protects are this node's own), not session state, so a bounded table of the node is the right
 * place for it: a cluster-wide count would let one busy node starve while another has room. Each
 * place is a lease with an end, so a stream that never released its place (a lost connection
 * before the body was written) frees it by itself;</li>
 * <li>per watch handle, at most {@code perHandle} at once, cluster-wide: slots in the
 * single-use-object store ({@code putIfAbsent}), freed when the stream ends and lapsing by
 * themselves if a node dies.</li>
 * </ul>
 * Whoever is refused gets 429 or 503 with Retry-After; the page then polls the JSON state.
 */
public final class AppStreamGate {

    static final String SLOT = "dk-app.stream.";
    /** Default streams per node: about a third of Keycloak's smallest default worker pool (50 threads). */
    public static final int DEFAULT_MAX_STREAMS = 16;
    /** Default streams per handle: the page and one reload or second tab. */
    public static final int DEFAULT_PER_HANDLE = 2;
    static final int RETRY_AFTER_SECONDS = 5;

    /** The node's places: 0 when free, else the end of the lease (System.nanoTime). */
    private final AtomicLongArray places;
    private final int perHandle;

    public AppStreamGate(int maxStreams, int perHandle) {
        this.places = new AtomicLongArray(Math.max(1, maxStreams));
        this.perHandle = Math.max(1, perHandle);
    }

    /** Takes a free (or lapsed) place of the node: its index, or -1 when all are held. */
    private int takePlace() {
        long now = System.nanoTime();
        long end = now + TimeUnit.SECONDS.toNanos(AppEventStream.MAX_SECONDS + 5);
        for (int i = 0; i < places.length(); i++) {
            long held = places.get(i);
            if ((held == 0 || held - now < 0) && places.compareAndSet(i, held, end)) {
                return i;
            }
        }
        return -1;
    }

    /** A held stream; {@link #release} frees both the node's permit and the handle's slot, once. */
    public static final class Lease {
        private final AppStreamGate gate;
        private final int place;
        private final String slotKey;
        private boolean released;

        private Lease(AppStreamGate gate, int place, String slotKey) {
            this.gate = gate;
            this.place = place;
            this.slotKey = slotKey;
        }

        String slotKey() {
            return slotKey;
        }

        /** Frees the place and, with a store, the handle's slot; a second call does nothing. */
        synchronized void release(SingleUseObjectProvider store) {
            if (released) {
                return;
            }
            released = true;
            try {
                if (store != null) {
                    store.remove(slotKey);
                }
            } finally {
                gate.places.set(place, 0);
            }
        }
    }

    /**
     * A lease for this handle, or the refusal: 503 when the node is full, 429 when the handle
     * already has its streams.
     */
    Lease enter(SingleUseObjectProvider store, String watch) throws AppApiError {
        int place = takePlace();
        if (place < 0) {
            throw new AppApiError(503, "too_many_streams").retryAfter(RETRY_AFTER_SECONDS);
        }
        Optional<String> slot = Optional.empty();
        try {
            for (int i = 0; i < perHandle && slot.isEmpty(); i++) {
                String key = SLOT + watch + "." + i;
                if (store.putIfAbsent(key, AppEventStream.MAX_SECONDS + 5)) {
                    slot = Optional.of(key);
                }
            }
        } finally {
            if (slot.isEmpty()) {
                places.set(place, 0);
            }
        }
        return slot.map(key -> new Lease(this, place, key))
                .orElseThrow(() -> new AppApiError(429, "too_many_streams").retryAfter(RETRY_AFTER_SECONDS));
    }
}
