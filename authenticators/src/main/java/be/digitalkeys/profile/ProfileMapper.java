package be.digitalkeys.profile;

import java.util.LinkedHashMap;
import java.util.Map;

import be.digitalkeys.common.DkJsonClaimMapper;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserSessionModel;

/**
 * Puts the profile chosen at login into the tokens, as a JSON object:
 * {@code "dk_profile": {"type": "child", "id": "17042118188", "name": "Lucas Dubois"}}.
 */
public class ProfileMapper extends DkJsonClaimMapper {

    public static final String PROVIDER_ID = "dk-profile-mapper";
    public static final String DEFAULT_CLAIM = "dk_profile";

    public ProfileMapper() {
        super(PROVIDER_ID, "Digital Keys: chosen profile",
                "The profile chosen after login (yourself, a child, an organisation) as a JSON claim with type, id and name.",
                DEFAULT_CLAIM);
    }

    @Override
    protected Map<String, Object> claim(UserSessionModel userSession, KeycloakSession session, ClientSessionContext clientSessionCtx) {
        String kind = userSession.getNote(ProfileChoiceAuthenticator.SESSION_KIND);
        if (kind == null) {
            return null;
        }
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("type", kind);
        claim.put("id", userSession.getNote(ProfileChoiceAuthenticator.SESSION_SUBJECT));
        claim.put("name", userSession.getNote(ProfileChoiceAuthenticator.SESSION_NAME));
        return claim;
    }
}
