package be.digitalkeys.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.IDToken;

/**
 * What our token mappers share: one JSON object claim (name configurable, a default otherwise) in
 * the access token, ID token and userinfo as the admin chooses. Subclasses name themselves and
 * compute the claim, or nothing when there is none for this session.
 */
public abstract class DkJsonClaimMapper extends AbstractOIDCProtocolMapper
        implements OIDCAccessTokenMapper, OIDCIDTokenMapper, UserInfoTokenMapper {

    private final String id;
    private final String displayType;
    private final String helpText;
    private final String defaultClaim;
    private final List<ProviderConfigProperty> config = new ArrayList<>();

    protected DkJsonClaimMapper(String id, String displayType, String helpText, String defaultClaim) {
        this.id = id;
        this.displayType = displayType;
        this.helpText = helpText;
        this.defaultClaim = defaultClaim;
        OIDCAttributeMapperHelper.addTokenClaimNameConfig(config);
        OIDCAttributeMapperHelper.addIncludeInTokensConfig(config, getClass());
    }

    /** The claim's value for this session, or null for no claim. */
    protected abstract Map<String, Object> claim(UserSessionModel userSession, KeycloakSession session,
            ClientSessionContext clientSessionCtx);

    @Override
    protected final void setClaim(IDToken token, ProtocolMapperModel mapping, UserSessionModel userSession, KeycloakSession session,
            ClientSessionContext clientSessionCtx) {
        Map<String, Object> claim = claim(userSession, session, clientSessionCtx);
        if (claim == null) {
            return;
        }
        String name = mapping.getConfig().get(OIDCAttributeMapperHelper.TOKEN_CLAIM_NAME);
        token.getOtherClaims().put(name == null || name.isBlank() ? defaultClaim : name, claim);
    }

    @Override
    public final String getId() {
        return id;
    }

    @Override
    public String getDisplayCategory() {
        return TOKEN_MAPPER_CATEGORY;
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
    public List<ProviderConfigProperty> getConfigProperties() {
        return config;
    }
}
