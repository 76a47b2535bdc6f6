package be.digitalkeys.cardreader;

import be.digitalkeys.common.DkRealmResourceProviderFactory;
import org.keycloak.models.KeycloakSession;

/** {@code /realms/{realm}/dk-card-reader}: personal link and card admin API. */
public class CardReaderResourceProviderFactory extends DkRealmResourceProviderFactory {

    public static final String PROVIDER_ID = "dk-card-reader";

    public CardReaderResourceProviderFactory() {
        super(PROVIDER_ID);
    }

    @Override
    protected Object resource(KeycloakSession session) {
        return new CardReaderResource(session);
    }
}
