package be.digitalkeys.app.push;

import org.keycloak.models.KeycloakSession;

public class LogPushSenderFactory implements PushSenderFactory {

    public static final String PROVIDER_ID = "log";
    private static final PushSender SINGLETON = new LogPushSender();

    @Override
    public PushSender create(KeycloakSession session) {
        return SINGLETON;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
