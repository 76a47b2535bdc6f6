package be.digitalkeys.it.provider;

import java.util.List;
import java.util.Map;

import be.digitalkeys.organisation.store.ContextKind;
import be.digitalkeys.organisation.store.OrgContext;
import be.digitalkeys.organisation.store.OrganisationStore;
import be.digitalkeys.organisation.store.UnknownContextException;
import be.digitalkeys.organisation.store.ContextAlreadyExistsException;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.resource.RealmResourceProvider;

/**
 * {@code /realms/master/dk-testing-org/...?realm=R}, for master-realm admins only: contexts,
 * grants and revocations straight into the store, and a user's history in an organisation.
 */
public class OrganisationSeedResourceProvider implements RealmResourceProvider {

    private final KeycloakSession session;

    OrganisationSeedResourceProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Object getResource() {
        return this;
    }

    /** The organisation's root context (no {@code parent}) or a new child context: {@code {"id": ...}}. */
    @POST
    @Path("context")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> context(@QueryParam("realm") String realmName, @QueryParam("organization") String organizationId,
                                       @QueryParam("parent") String parentId, @QueryParam("kind") String kind,
                                       @QueryParam("code") String code, @QueryParam("name") String name)
            throws UnknownContextException, ContextAlreadyExistsException {
        RealmModel realm = realm(realmName);
        OrganisationStore store = OrganisationStore.of(session);
        OrgContext context = parentId == null
                ? store.contexts().ensureRoot(realm.getId(), organizationId, name, "test")
                : store.contexts().createChild(parentId, ContextKind.valueOf(kind), code, name, "test");
        return Map.of("id", context.id());
    }

    /** Grants the client's role {@code role} in the context, optionally until {@code validUntil} (epoch ms). */
    @POST
    @Path("grant")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> grant(@QueryParam("realm") String realmName, @QueryParam("context") String contextId,
                                     @QueryParam("user") String userId, @QueryParam("client") String clientId,
                                     @QueryParam("role") String role, @QueryParam("validUntil") Long validUntil)
            throws UnknownContextException {
        RealmModel realm = realm(realmName);
        String roleId = role(realm, clientId, role).getId();
        return Map.of("id", OrganisationStore.of(session).grants().grant(contextId, userId, roleId, "test", validUntil).id());
    }

    @DELETE
    @Path("grant")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Boolean> revoke(@QueryParam("realm") String realmName, @QueryParam("context") String contextId,
                                       @QueryParam("user") String userId, @QueryParam("client") String clientId,
                                       @QueryParam("role") String role) {
        RealmModel realm = realm(realmName);
        String roleId = role(realm, clientId, role).getId();
        return Map.of("revoked", OrganisationStore.of(session).grants().revoke(contextId, userId, roleId, "test").isPresent());
    }

    /** The actions recorded about the user in the organisation, newest first. */
    @GET
    @Path("history")
    @Produces(MediaType.APPLICATION_JSON)
    public List<String> history(@QueryParam("realm") String realmName, @QueryParam("organization") String organizationId,
                                @QueryParam("user") String userId) {
        realm(realmName);
        return OrganisationStore.of(session).history().ofUser(organizationId, userId, 0, 100).stream()
                .map(e -> e.action().name()).toList();
    }

    private RealmModel realm(String realmName) {
        requireMasterAdmin();
        RealmModel realm = session.realms().getRealmByName(realmName);
        if (realm == null) {
            throw new NotFoundException();
        }
        return realm;
    }

    private static RoleModel role(RealmModel realm, String clientId, String role) {
        ClientModel client = realm.getClientByClientId(clientId);
        RoleModel model = client == null ? null : client.getRole(role);
        if (model == null) {
            throw new NotFoundException();
        }
        return model;
    }

    private void requireMasterAdmin() {
        RealmModel realm = session.getContext().getRealm();
        if (!"master".equals(realm.getName())) {
            throw new ForbiddenException();
        }
        AuthenticationManager.AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        if (auth == null) {
            throw new NotAuthorizedException("Bearer");
        }
        if (!auth.user().hasRole(realm.getRole("admin"))) {
            throw new ForbiddenException();
        }
    }

    @Override
    public void close() {
    }
}
