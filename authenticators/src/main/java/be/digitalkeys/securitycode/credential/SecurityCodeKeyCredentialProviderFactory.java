package be.digitalkeys.securitycode.credential;

import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.models.KeycloakSession;

public class SecurityCodeKeyCredentialProviderFactory
        implements CredentialProviderFactory<SecurityCodeKeyCredentialProvider> {

    public static final String PROVIDER_ID = "dk-security-code-key";

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public SecurityCodeKeyCredentialProvider create(KeycloakSession session) {
        return new SecurityCodeKeyCredentialProvider(session);
    }
}
