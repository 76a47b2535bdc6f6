package be.digitalkeys.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Puts the profile chosen at login into the tokens, as a JSON object:
 * {@code "dk_profile": {"type": "child", "id": "17042118188", "name": "Lucas Dubois"}}.
 */
public class ProfileMapper extends AbstractOIDCProtocolMapper implements OIDCAccessTokenMapper, OIDCIDTokenMapper, UserInfoTokenMapper {

    public static final String PROVIDER_ID = "dk-profile-mapper";
    public static final String DEFAULT_CLAIM = "dk_profile";
    private static final List<ProviderConfigProperty> CONFIG = new ArrayList<>();

    static {
        OIDCAttributeMapperHelper.addTokenClaimNameConfig(CONFIG);
        OIDCAttributeMapperHelper.addIncludeInTokensConfig(CONFIG, ProfileMapper.class);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayCategory() {
        return TOKEN_MAPPER_CATEGORY;
    }

    @Override
    public String getDisplayType() {
        return "Digital Keys: chosen profile";
    }

    @Override
    public String getHelpText() {
        return "The profile chosen after login (yourself, a child, an organisation) as a JSON claim with type, id and name.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CONFIG;
    }

    @Override
    protected void setClaim(IDToken token, ProtocolMapperModel mapping, UserSessionModel userSession, KeycloakSession session,
            ClientSessionContext clientSessionCtx) {
        String kind = userSession.getNote(ProfileChoiceAuthenticator.SESSION_KIND);
        if (kind == null) {
            return;
        }
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("type", kind);
        claim.put("id", userSession.getNote(ProfileChoiceAuthenticator.SESSION_SUBJECT));
        claim.put("name", userSession.getNote(ProfileChoiceAuthenticator.SESSION_NAME));
        String name = mapping.getConfig().get(OIDCAttributeMapperHelper.TOKEN_CLAIM_NAME);
        token.getOtherClaims().put(name == null || name.isBlank() ? DEFAULT_CLAIM : name, claim);
    }
}
