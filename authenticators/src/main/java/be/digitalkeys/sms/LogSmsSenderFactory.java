package be.digitalkeys.sms;

import org.keycloak.models.KeycloakSession;

/**
 * Development sender "log": hands each SMS to the development mailbox ({@link SmsGatewayConfig#LOG_URL},
 * default http://127.0.0.1:8025/api/sms), never to Keycloak's log, since its text holds a code.
 */
public class LogSmsSenderFactory implements SmsSenderFactory {

    public static final String PROVIDER_ID = "log";
    private static final SmsSender SINGLETON = new LogSmsSender();

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    /** The sender needs no session: {@code create(null)} is fine. */
    @Override
    public SmsSender create(KeycloakSession session) {
        return SINGLETON;
    }
}
