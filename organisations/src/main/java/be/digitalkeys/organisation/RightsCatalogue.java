package be.digitalkeys.organisation;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;

/**
 * A realm's catalogue of rights: client roles carrying the role attribute {@link #RIGHT_ATTRIBUTE}
 * = {@code true}, so realm exports carry the catalogue and each right belongs to its client
 * ({@code TITRES-SERVICES POUR ENTREPRISES AGRÉÉES}, {@code CardViewer}, {@code NISS requester},
 * {@code Signer}, ...). A right whose role also has {@link #VIEW_ONLY_ATTRIBUTE} = {@code true}
 * only lets its holder view (CardViewer). Grants reference the role id.
 */
public final class RightsCatalogue {

    /** Role attribute marking a client role as a right that access managers may grant. */
    public static final String RIGHT_ATTRIBUTE = "dk-right";

    /** Role attribute marking a right as view-only. */
    public static final String VIEW_ONLY_ATTRIBUTE = "dk-view-only";

    private RightsCatalogue() {
    }

    /** Every right of the realm: the roles of all its clients marked {@link #RIGHT_ATTRIBUTE}. */
    public static Stream<RoleModel> rights(RealmModel realm) {
        return realm.getClientsStream().flatMap(client -> client.getRolesStream()).filter(RightsCatalogue::isRight);
    }

    /** The role with that id, if it is a right of this realm (grants must only ever name rights). */
    public static Optional<RoleModel> right(KeycloakSession session, RealmModel realm, String roleId) {
        return Optional.ofNullable(session.roles().getRoleById(realm, roleId)).filter(RightsCatalogue::isRight);
    }

    /** Ids of the realm's view-only rights, for {@code OrganisationStore.actor}. */
    public static Set<String> viewOnlyRightIds(RealmModel realm) {
        return rights(realm).filter(RightsCatalogue::isViewOnly).map(RoleModel::getId).collect(Collectors.toSet());
    }

    public static boolean isRight(RoleModel role) {
        return role.isClientRole() && "true".equals(role.getFirstAttribute(RIGHT_ATTRIBUTE));
    }

    public static boolean isViewOnly(RoleModel role) {
        return isRight(role) && "true".equals(role.getFirstAttribute(VIEW_ONLY_ATTRIBUTE));
    }
}
