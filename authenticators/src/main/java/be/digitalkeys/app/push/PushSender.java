package be.digitalkeys.app.push;

import org.keycloak.provider.Provider;

/** Wakes the phone app up for a login request (development log, webhook, or an operator's own service). */
public interface PushSender extends Provider {

    void send(PushMessage message, PushSettings settings) throws PushDeliveryException;

    @Override
    default void close() {
    }
}
