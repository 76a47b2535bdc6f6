package be.digitalkeys.organisation.service;

import java.util.LinkedHashMap;
import java.util.Map;

import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;

import be.digitalkeys.organisation.kbo.EnterpriseNumber;
import be.digitalkeys.organisation.store.OrgContext;

/**
 * Every change of the service as a Keycloak admin event of the realm: operation type, a resource
 * type of ours ({@code DK_RIGHT}, {@code DK_APPOINTMENT}, {@code DK_CONTEXT}) or Keycloak's
 * ({@code USER}, {@code ORGANIZATION_MEMBERSHIP}), a resource path under
 * {@code organizations/{orgId}/...} and a JSON representation naming actor, target user, right,
 * context and end date. Keycloak's {@link AdminEventBuilder} stores it only when the realm has admin
 * events on, and the representation only with details on, and passes it to the event listeners.
 */
final class AdminEvents {

    static final String RIGHT = "DK_RIGHT";
    static final String APPOINTMENT = "DK_APPOINTMENT";
    static final String CONTEXT = "DK_CONTEXT";
    static final String USER = "USER";
    static final String MEMBERSHIP = "ORGANIZATION_MEMBERSHIP";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Caller caller;

    AdminEvents(KeycloakSession session, RealmModel realm, Caller caller) {
        this.session = session;
        this.realm = realm;
        this.caller = caller;
    }

    /** A representation with the actor and the organisation filled in; add the rest. */
    Map<String, Object> representation(OrganizationModel org) {
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("actor", user(caller.user()));
        rep.put("organisation", Map.of("id", org.getId(), "name", org.getName(),
                "kbo", String.valueOf(org.getAttributes().getOrDefault(EnterpriseNumber.ORGANIZATION_ATTRIBUTE,
                        java.util.List.of("")).stream().findFirst().orElse(""))));
        return rep;
    }

    static Map<String, Object> user(UserModel user) {
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("id", user.getId());
        rep.put("username", user.getUsername());
        return rep;
    }

    static Map<String, Object> right(RoleModel role) {
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("id", role.getId());
        rep.put("name", role.getName());
        rep.put("clientId", role.isClientRole() ? ((org.keycloak.models.ClientModel) role.getContainer()).getClientId() : null);
        return rep;
    }

    static Map<String, Object> context(OrgContext context) {
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("id", context.id());
        rep.put("kind", context.kind().name());
        rep.put("code", context.code());
        rep.put("name", context.name());
        return rep;
    }

    void send(OperationType operation, String resourceType, String resourcePath, Map<String, Object> representation) {
        new AdminEventBuilder(realm, caller.auth(), session, session.getContext().getConnection())
                .operation(operation)
                .resource(resourceType)
                .resourcePath(resourcePath)
                .representation(representation)
                .success();
    }
}
