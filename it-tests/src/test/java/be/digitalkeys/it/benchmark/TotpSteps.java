package be.digitalkeys.it.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import be.digitalkeys.it.support.Totp;

/**
 * Which TOTP time steps each benchmark user has used, so that no user ever sends a code twice:
 * the server's replay protection (correctly) refuses a code already used for the credential, and
 * a user who logs in twice within one 30 s step would otherwise send the same code again. A login
 * reserves its user's first step that is not before now and not yet used (and whose code differs
 * from the codes the user sent in the replay-protection lifetime); when that step lies ahead the
 * login waits for it, like a person who watches the app for the next code. So the outcome never
 * depends on how fast the machine runs the logins.
 */
final class TotpSteps {

    static final long PERIOD_SECONDS = 30;
    /** Codes stay refused for a few steps (Keycloak's and dk-totp's replay lifetimes are at most 4 steps of 30 s). */
    private static final int REPLAY_STEPS = 4;

    /** A reserved step and its code. */
    record Reservation(long step, String code) {
        long startMillis() {
            return step * PERIOD_SECONDS * 1000;
        }
    }

    /** The steps (with codes) a user has reserved within the replay lifetime, newest last. */
    private record Used(List<Reservation> recent) {
    }

    private final Map<String, Used> used = new ConcurrentHashMap<>();

    /** Reserves a step for user {@code i} of the method, at {@code nowMillis} (atomic per user). */
    Reservation reserve(Method method, int i, long nowMillis) {
        String secret = BenchUsers.totpSecret(i);
        long nowStep = Math.floorDiv(nowMillis, PERIOD_SECONDS * 1000);
        Used after = used.compute(method.name() + "-" + i, (key, before) -> {
            List<Reservation> recent = before == null ? List.of() : before.recent();
            long step = recent.isEmpty() ? nowStep : Math.max(nowStep, recent.get(recent.size() - 1).step() + 1);
            String code = codeAt(secret, step);
            while (sentRecently(recent, step, code)) {
                step++;
                code = codeAt(secret, step);
            }
            List<Reservation> next = new ArrayList<>();
            for (Reservation r : recent) {
                if (r.step() > step - REPLAY_STEPS) {
                    next.add(r);
                }
            }
            next.add(new Reservation(step, code));
            return new Used(List.copyOf(next));
        });
        return after.recent().get(after.recent().size() - 1);
    }

    private static boolean sentRecently(List<Reservation> recent, long step, String code) {
        return recent.stream().anyMatch(r -> r.step() > step - REPLAY_STEPS && r.code().equals(code));
    }

    private static String codeAt(String secret, long step) {
        return Totp.codeForRawSecret(secret, step * PERIOD_SECONDS);
    }
}
