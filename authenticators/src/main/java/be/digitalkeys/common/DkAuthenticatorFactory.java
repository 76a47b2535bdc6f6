package be.digitalkeys.common;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * What our authenticator factories share: a provider id, the admin console's texts, the
 * reference category brute-force detection counts, the configuration and the requirement
 * choices, with nothing to initialise or close. Subclasses name these and create the authenticator.
 */
public abstract class DkAuthenticatorFactory implements AuthenticatorFactory {

    protected static final Requirement[] REQUIRED_OR_DISABLED = {Requirement.REQUIRED, Requirement.DISABLED};

    private final String id;
    private final String displayType;
    private final String helpText;
    private final String referenceCategory;
    private final List<ProviderConfigProperty> configProperties;
    private final Requirement[] requirementChoices;

    /**
     * @param referenceCategory "otp" or "password" for methods whose failures count for brute-force
     *                          detection (Keycloak ignores other categories since 26.6), else null
     */
    protected DkAuthenticatorFactory(String id, String displayType, String helpText, String referenceCategory,
            List<ProviderConfigProperty> configProperties, Requirement[] requirementChoices) {
        this.id = id;
        this.displayType = displayType;
        this.helpText = helpText;
        this.referenceCategory = referenceCategory;
        this.configProperties = List.copyOf(configProperties);
        this.requirementChoices = requirementChoices.clone();
    }

    @Override
    public final String getId() {
        return id;
    }

    @Override
    public String getDisplayType() {
        return displayType;
    }

    @Override
    public String getHelpText() {
        return helpText;
    }

    @Override
    public String getReferenceCategory() {
        return referenceCategory;
    }

    @Override
    public boolean isConfigurable() {
        return !configProperties.isEmpty();
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return requirementChoices.clone();
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return configProperties;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
