package be.digitalkeys.app.credential;

import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.models.KeycloakSession;

public class AppDeviceCredentialProviderFactory implements CredentialProviderFactory<AppDeviceCredentialProvider> {

    public static final String PROVIDER_ID = "dk-app-device";

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public AppDeviceCredentialProvider create(KeycloakSession session) {
        return new AppDeviceCredentialProvider(session);
    }
}
