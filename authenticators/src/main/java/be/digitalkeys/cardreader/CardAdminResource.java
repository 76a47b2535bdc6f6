package be.digitalkeys.cardreader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.digitalkeys.cardreader.credential.CardCredentialModel;
import be.digitalkeys.cardreader.credential.CardCredentialProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.AdminRoot;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.keycloak.services.resources.admin.fgap.AdminPermissions;

/**
 * Admin REST for cards, under {@code /realms/{realm}/dk-card-reader/admin/users/{userId}/cards}:
 * list, register, replace (the old card stops at once), unblock. Callers present an admin
 * access token (master realm or this realm) with view-users (list) or manage-users (changes),
 * checked by Keycloak's own admin permissions; every change is an admin event. Secrets and PIN
 * hashes never leave the server.
 */
public class CardAdminResource {

    private final KeycloakSession session;
    private final RealmModel realm;

    CardAdminResource(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    @GET
    @Path("users/{userId}/cards")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Map<String, Object>> list(@PathParam("userId") String userId) {
        Admin admin = admin();
        UserModel user = user(userId);
        admin.permissions().users().requireView(user);
        return CardCredentialProvider.cards(user).map(CardAdminResource::view).toList();
    }

    @POST
    @Path("users/{userId}/cards")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response register(@PathParam("userId") String userId, CardRegistration request) {
        Admin admin = admin();
        UserModel user = user(userId);
        admin.permissions().users().requireManage(user);
        try {
            CardCredentialModel card = Cards.register(session, realm, user, orEmpty(request), CardReaderConfig.of(realm));
            admin.event(OperationType.CREATE, userId, card).success();
            return Response.status(Response.Status.CREATED).entity(view(card)).build();
        } catch (CardRegistrationException e) {
            return refused(e);
        }
    }

    @POST
    @Path("users/{userId}/cards/{cardId}/replace")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("userId") String userId, @PathParam("cardId") String cardId, CardRegistration request) {
        Admin admin = admin();
        UserModel user = user(userId);
        admin.permissions().users().requireManage(user);
        try {
            CardCredentialModel card = Cards.replace(session, realm, user, cardId, orEmpty(request), CardReaderConfig.of(realm));
            admin.event(OperationType.UPDATE, userId, card).detail("dk_replaced_card", cardId).success();
            return Response.status(Response.Status.CREATED).entity(view(card)).build();
        } catch (CardRegistrationException e) {
            return refused(e);
        }
    }

    @POST
    @Path("users/{userId}/cards/{cardId}/unblock")
    @Produces(MediaType.APPLICATION_JSON)
    public Response unblock(@PathParam("userId") String userId, @PathParam("cardId") String cardId) {
        Admin admin = admin();
        UserModel user = user(userId);
        admin.permissions().users().requireManage(user);
        try {
            CardCredentialModel card = Cards.unblock(user, cardId);
            admin.event(OperationType.UPDATE, userId, card).detail("dk_unblocked_card", cardId).success();
            return Response.ok(view(card)).build();
        } catch (CardRegistrationException e) {
            return refused(e);
        }
    }

    private record Admin(KeycloakSession session, RealmModel realm, AdminAuth auth) {

        AdminPermissionEvaluator permissions() {
            return AdminPermissions.evaluator(session, realm, auth);
        }

        AdminEventBuilder event(OperationType operation, String userId, CardCredentialModel card) {
            return new AdminEventBuilder(realm, auth, session, session.getContext().getConnection())
                    .operation(operation).resource(ResourceType.USER).resourcePath("users", userId, "cards", card.getId())
                    .detail("dk_card", card.maskedNumber());
        }
    }

    /** Keycloak's own admin authentication (token of master or this realm); the realm context is ours again after it. */
    private Admin admin() {
        try {
            return new Admin(session, realm, AdminRoot.authenticateRealmAdminRequest(session));
        } finally {
            session.getContext().setRealm(realm);
        }
    }

    private UserModel user(String userId) {
        UserModel user = session.users().getUserById(realm, userId);
        if (user == null) {
            throw new NotFoundException("User not found");
        }
        return user;
    }

    private static CardRegistration orEmpty(CardRegistration request) {
        return request == null ? new CardRegistration(null, null, null, null, null, null, null) : request;
    }

    private static Response refused(CardRegistrationException e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", e.code(), "error_description", e.getMessage())).build();
    }

    static Map<String, Object> view(CardCredentialModel card) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", card.getId());
        view.put("cardNumber", card.data().cardNumber());
        view.put("holderName", card.data().holderName());
        view.put("suite", card.data().suite());
        view.put("counter", card.data().counter());
        view.put("status", card.status().id());
        view.put("wrongResponses", card.data().wrongResponses());
        view.put("demo", card.data().demo());
        view.put("createdDate", card.getCreatedDate());
        return view;
    }
}
