package be.digitalkeys.profile;

import java.util.List;

import be.digitalkeys.common.DkAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

public class ProfileChoiceAuthenticatorFactory extends DkAuthenticatorFactory {

    public static final String PROVIDER_ID = "dk-profile-choice";
    private static final ProfileChoiceAuthenticator SINGLETON = new ProfileChoiceAuthenticator();
    private static final List<ProviderConfigProperty> CONFIG = ProviderConfigurationBuilder.create()
            .property().name(ProfileChoiceAuthenticator.ALWAYS_ASK).label("Always ask")
            .helpText("Show the page even when the person can only act as themselves.")
            .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("false").add()
            .build();

    public ProfileChoiceAuthenticatorFactory() {
        super(PROVIDER_ID, "Digital Keys: profile choice (act as)",
                "After the login, choose whom to act for: yourself, a child, an organisation. The choice goes into the tokens (dk-profile-mapper).",
                null, CONFIG, REQUIRED_OR_DISABLED);
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }
}
