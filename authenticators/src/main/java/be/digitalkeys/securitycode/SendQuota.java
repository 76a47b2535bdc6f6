package be.digitalkeys.securitycode;

import be.digitalkeys.common.SlotQuota;
import org.keycloak.models.KeycloakSession;

/** At most N sendings per user in any 60 minutes, for the whole cluster ({@link SlotQuota}). */
final class SendQuota {

    static final int WINDOW_SECONDS = 3600;

    private SendQuota() {
    }

    /** Takes a slot; false when all N are taken. */
    static boolean take(KeycloakSession session, String realmId, String userId, int perHour) {
        return SlotQuota.take(session.singleUseObjects(), "dk-sc-quota." + realmId + "." + userId, perHour, WINDOW_SECONDS);
    }
}
