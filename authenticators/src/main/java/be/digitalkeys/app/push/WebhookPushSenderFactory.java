package be.digitalkeys.app.push;

import org.keycloak.models.KeycloakSession;

public class WebhookPushSenderFactory implements PushSenderFactory {

    public static final String PROVIDER_ID = "webhook";
    private static final PushSender SINGLETON = new WebhookPushSender();

    @Override
    public PushSender create(KeycloakSession session) {
        return SINGLETON;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
