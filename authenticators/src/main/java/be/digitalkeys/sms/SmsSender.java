package be.digitalkeys.sms;

import java.util.Map;

import org.keycloak.provider.Provider;

/** Sends an SMS through a gateway; the configuration comes from the execution that sends it. */
public interface SmsSender extends Provider {

    void send(SmsMessage message, Map<String, String> config) throws SmsDeliveryException;

    @Override
    default void close() {
    }
}
