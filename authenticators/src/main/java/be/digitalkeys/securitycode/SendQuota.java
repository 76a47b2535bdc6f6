package be.digitalkeys.securitycode;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * At most N sendings per user in any 60 minutes, for the whole cluster: N slots in the
 * single-use-object store, each taken for an hour by {@code putIfAbsent} (first writer wins).
 */
final class SendQuota {

    static final int WINDOW_SECONDS = 3600;

    private SendQuota() {
    }

    /** Takes a slot; false when all N are taken. */
    static boolean take(KeycloakSession session, String realmId, String userId, int perHour) {
        SingleUseObjectProvider store = session.singleUseObjects();
        for (int slot = 0; slot < perHour; slot++) {
            if (store.putIfAbsent("dk-sc-quota." + realmId + "." + userId + "." + slot, WINDOW_SECONDS)) {
                return true;
            }
        }
        return false;
    }
}
