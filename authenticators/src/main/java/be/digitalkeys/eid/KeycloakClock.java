package be.digitalkeys.eid;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.keycloak.common.util.Time;

/** Keycloak's time (with the offset tests and operators may set) as a {@link Clock}. */
public final class KeycloakClock extends Clock {

    public static final Clock INSTANCE = new KeycloakClock();

    private KeycloakClock() {
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(Time.currentTimeMillis());
    }
}
