package be.digitalkeys.activation;

import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.models.KeycloakSession;

public class ActivationCodeCredentialProviderFactory implements CredentialProviderFactory<ActivationCodeCredentialProvider> {

    public static final String PROVIDER_ID = "dk-activation-code";

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public ActivationCodeCredentialProvider create(KeycloakSession session) {
        return new ActivationCodeCredentialProvider(session);
    }
}
