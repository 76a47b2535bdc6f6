package be.digitalkeys.cardreader.credential;

import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.models.KeycloakSession;

public class CardCredentialProviderFactory implements CredentialProviderFactory<CardCredentialProvider> {

    public static final String PROVIDER_ID = "dk-card";

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public CardCredentialProvider create(KeycloakSession session) {
        return new CardCredentialProvider(session);
    }
}
