package be.digitalkeys.sms;

import java.util.Map;

import org.keycloak.models.KeycloakSession;

/** The sender the configuration names ("log", "http" or an operator's own). */
public final class SmsSenders {

    private SmsSenders() {
    }

    public static SmsSender lookup(KeycloakSession session, Map<String, String> config) {
        return session.getProvider(SmsSender.class, SmsGatewayConfig.sender(config));
    }
}
