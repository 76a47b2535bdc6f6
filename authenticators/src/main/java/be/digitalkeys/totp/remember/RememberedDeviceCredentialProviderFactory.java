package be.digitalkeys.totp.remember;

import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.models.KeycloakSession;

public class RememberedDeviceCredentialProviderFactory
        implements CredentialProviderFactory<RememberedDeviceCredentialProvider> {

    public static final String PROVIDER_ID = "dk-remembered-device";

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public RememberedDeviceCredentialProvider create(KeycloakSession session) {
        return new RememberedDeviceCredentialProvider(session);
    }
}
