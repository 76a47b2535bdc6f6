package be.digitalkeys.cardreader;

import be.digitalkeys.common.DkAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.credential.OTPCredentialModel;

/** Category "otp", so Keycloak's brute-force detection counts wrong responses. */
public class CardReaderAuthenticatorFactory extends DkAuthenticatorFactory {

    public static final String PROVIDER_ID = "dk-card-reader";
    private static final CardReaderAuthenticator SINGLETON = new CardReaderAuthenticator();

    public CardReaderAuthenticatorFactory() {
        super(PROVIDER_ID, "Digital Keys: bank card reader",
                "Card number, then a challenge answered by the card reader after the card's PIN (OCRA, RFC 6287); connected or disconnected.",
                OTPCredentialModel.TYPE, CardReaderConfig.CONFIG_PROPERTIES, REQUIREMENT_CHOICES);
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }
}
