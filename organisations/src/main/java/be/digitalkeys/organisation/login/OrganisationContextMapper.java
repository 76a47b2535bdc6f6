package be.digitalkeys.organisation.login;

import java.util.Map;
import java.util.Optional;

import be.digitalkeys.common.DkJsonClaimMapper;
import org.keycloak.models.ClientModel;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;

/**
 * The chosen organisation, context and rights as one JSON claim (default {@value #DEFAULT_CLAIM}):
 * <pre>
 * "dk_org": {
 *   "organisation": {"id": "…", "name": "Net &amp; Propre SRL", "kbo": "0812.345.603"},
 *   "context": {"id": "…", "kind": "ESTABLISHMENT", "name": "Siège de Namur", "code": "2123456789"},
 *   "rights": ["TITRES-SERVICES POUR ENTREPRISES AGRÉÉES"]
 * }
 * </pre>
 * {@code rights}: names of this client's catalogue roles the user holds in that context or above
 * it, read from the store at every issue and refresh, so a revoked or expired right is gone at the
 * next refresh; a context that lost them all gives {@code "rights": []}. The context is the one the
 * context step chose for this client (user-session note), else the one remembered for this client
 * (a login through the SSO cookie in a flow where the step does not run); no context, no claim
 * (a blank note: the step found no right at this login).
 */
public class OrganisationContextMapper extends DkJsonClaimMapper {

    public static final String PROVIDER_ID = "dk-org-context-mapper";
    public static final String DEFAULT_CLAIM = "dk_org";

    public OrganisationContextMapper() {
        super(PROVIDER_ID, "Digital Keys: organisation context and rights",
                "The organisation and context chosen at login (dk-org-context) and only this client's rights there, as a JSON claim.",
                DEFAULT_CLAIM);
    }

    @Override
    protected Map<String, Object> claim(UserSessionModel userSession, KeycloakSession session, ClientSessionContext clientSessionCtx) {
        ClientModel client = clientSessionCtx.getClientSession().getClient();
        RealmModel realm = userSession.getRealm();
        UserModel user = userSession.getUser();
        String note = userSession.getNote(RememberedContexts.note(client));
        Optional<String> contextId = note != null
                ? Optional.of(note).filter(id -> !id.isBlank())
                : RememberedContexts.remembered(user, client);
        if (contextId.isEmpty()) {
            return null;
        }
        return ContextChoices.of(session, realm, client, user).resolve(contextId.get()).map(ContextChoice::claim).orElse(null);
    }
}
