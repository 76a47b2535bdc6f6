package be.digitalkeys.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.core.StreamingOutput;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * The server-sent events a waiting page listens to: an {@code event: state} each time the state
 * changes, read every {@value #TICK_MILLIS} ms from the cluster-wide store (so the app may answer
 * on any node), until a final state or {@value #MAX_SECONDS} s; the browser's EventSource then
 * reconnects by itself. Each read is its own short Keycloak transaction: the request's session is
 * closed while the stream runs. The stream holds a lease of {@link AppStreamGate} (a place of the
 * node and a slot of the handle) and gives it back when it ends, however it ends.
 */
final class AppEventStream implements StreamingOutput {

    /** Two reads a second: a state change shows within half a second, at a fifth of the former cost. */
    static final long TICK_MILLIS = 500;
    static final long MAX_SECONDS = 30;
    /**
     * A comment line after this long without an event: a page that was closed is only noticed when
     * a write fails, so without it a pending stream would keep its place of the node for the whole
     * {@value #MAX_SECONDS} s after its reader left.
     */
    static final long KEEPALIVE_MILLIS = 5000;

    private final KeycloakSessionFactory factory;
    private final String watch;
    private final AppStreamGate.Lease lease;

    AppEventStream(KeycloakSessionFactory factory, String watch, AppStreamGate.Lease lease) {
        this.factory = factory;
        this.watch = watch;
        this.lease = lease;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        try {
            stream(out);
        } finally {
            try {
                KeycloakModelUtils.runJobInTransaction(factory, s -> lease.release(s.singleUseObjects()));
            } finally {
                lease.release(null);
            }
        }
    }

    private void stream(OutputStream out) throws IOException {
        send(out, "retry: 1000\n\n");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(MAX_SECONDS);
        String last = null;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < end) {
            String state = KeycloakModelUtils.runJobInTransactionWithResult(factory,
                    s -> new AppWatches(s.singleUseObjects()).state(watch).orElse(AppRequest.State.EXPIRED.id()));
            if (!state.equals(last)) {
                send(out, "event: state\ndata: {\"state\":\"" + state + "\"}\n\n");
                last = state;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince >= TimeUnit.MILLISECONDS.toNanos(KEEPALIVE_MILLIS)) {
                send(out, ":\n\n");
                quietSince = System.nanoTime();
            }
            if (!AppWatches.PENDING.equals(state)) {
                return;
            }
            try {
                Thread.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
