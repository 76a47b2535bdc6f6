package be.digitalkeys.sms;

import org.keycloak.models.KeycloakSession;

/**
 * Sender "http": a generic SMS gateway reached over HTTP (URL, method, headers, a secret token,
 * a body template, a timeout and retries), configured per execution with {@link SmsGatewayConfig}.
 */
public class HttpSmsSenderFactory implements SmsSenderFactory {

    public static final String PROVIDER_ID = "http";
    private static final SmsSender SINGLETON = new HttpSmsSender();

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
