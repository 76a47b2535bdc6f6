package be.digitalkeys.common;

import org.keycloak.models.SingleUseObjectProvider;

/**
 * At most N actions per key in a window, for the whole cluster: N slots in the single-use-object
 * store, each taken for the window by {@code putIfAbsent} (first writer wins). Used for security
 * code sendings and for app login requests (push bombing).
 */
public final class SlotQuota {

    private SlotQuota() {
    }

    /** Takes a slot of {@code prefix}; false when all {@code max} are taken. */
    public static boolean take(SingleUseObjectProvider store, String prefix, int max, int windowSeconds) {
        for (int slot = 0; slot < max; slot++) {
            if (store.putIfAbsent(prefix + "." + slot, windowSeconds)) {
                return true;
            }
        }
        return false;
    }
}
