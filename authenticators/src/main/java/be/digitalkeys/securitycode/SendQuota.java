package be.digitalkeys.securitycode;

import java.util.Optional;

import be.digitalkeys.common.SlotQuota;
import org.keycloak.models.KeycloakSession;

/** At most N delivered sendings per user in any 60 minutes, for the whole cluster ({@link SlotQuota}). */
final class SendQuota {

    static final int WINDOW_SECONDS = 3600;

    private SendQuota() {
    }

    /** Takes a slot and names it; empty when all N are taken. */
    static Optional<String> take(KeycloakSession session, String realmId, String userId, int perHour) {
        return SlotQuota.takeSlot(session.singleUseObjects(), "dk-sc-quota." + realmId + "." + userId, perHour, WINDOW_SECONDS);
    }

    /** A sending that failed (gateway or mail server down) does not count against the person: its slot is freed. */
    static void giveBack(KeycloakSession session, String slot) {
        SlotQuota.giveBack(session.singleUseObjects(), slot);
    }
}
