package be.digitalkeys.organisation.login;

import java.util.List;
import java.util.Map;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Settings of the context step ({@code dk-org-context}), with their defaults. */
final class ContextChoiceConfig {

    /** true: a user without any right of the client is refused ("no access to this service"). */
    static final String REQUIRE_RIGHT = "requireRight";

    static final List<ProviderConfigProperty> CONFIG_PROPERTIES = ProviderConfigurationBuilder.create()
            .property().name(REQUIRE_RIGHT).label("Require a right")
            .helpText("Refuse the login when the user holds no right of this client in any context. Off: the login goes on without a context (no dk_org claim).")
            .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("false").add()
            .build();

    private final Map<String, String> config;

    ContextChoiceConfig(AuthenticatorConfigModel model) {
        this.config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
    }

    boolean requireRight() {
        return "true".equals(config.get(REQUIRE_RIGHT));
    }
}
