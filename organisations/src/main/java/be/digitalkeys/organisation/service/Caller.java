package be.digitalkeys.organisation.service;

import java.util.Objects;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.fgap.AdminPermissions;

/**
 * Who calls the {@link OrganisationService}: an authenticated user (bearer token for the REST API,
 * identity cookie for the management page), how admin events name them ({@link AdminAuth}), and
 * whether they administer the realm (may set legal representatives).
 */
public record Caller(UserModel user, AdminAuth auth, boolean realmAdministrator) {

    public Caller {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(auth, "auth");
    }

    /**
     * From an authentication result in {@code authRealm} (the realm itself, or master for a master
     * admin) acting on {@code realm}. Realm administrator: may manage the realm's users
     * (realm-management {@code manage-users}, or a master admin with that power over the realm).
     */
    public static Caller of(KeycloakSession session, RealmModel authRealm, RealmModel realm, AuthenticationManager.AuthResult auth) {
        AdminAuth adminAuth = new AdminAuth(authRealm, auth.token(), auth.user(), auth.client());
        boolean admin;
        try {
            admin = AdminPermissions.evaluator(session, realm, adminAuth).users().canManage();
        } catch (RuntimeException e) {
            // The evaluator refuses callers without any admin role by throwing: they are no administrators.
            admin = false;
        }
        return new Caller(auth.user(), adminAuth, admin);
    }

    public String userId() {
        return user.getId();
    }
}
