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
        return takeSlot(store, prefix, max, windowSeconds).isPresent();
    }

    /** Takes a slot of {@code prefix} and names it (to {@link #giveBack} it); empty when all {@code max} are taken. */
    public static java.util.Optional<String> takeSlot(SingleUseObjectProvider store, String prefix, int max, int windowSeconds) {
        for (int slot = 0; slot < max; slot++) {
            if (store.putIfAbsent(prefix + "." + slot, windowSeconds)) {
                return java.util.Optional.of(prefix + "." + slot);
            }
        }
        return java.util.Optional.empty();
    }

    /** Frees a slot taken for an action that did not happen (a code that was never delivered). */
    public static void giveBack(SingleUseObjectProvider store, String slot) {
        store.remove(slot);
    }
}
