package be.digitalkeys.organisation.store;

import java.util.Optional;

import be.digitalkeys.organisation.jpa.ContextEntity;

/** A context of an organisation, as read from the store (immutable). */
public record OrgContext(String id, String realmId, String organizationId, String parentId, ContextKind kind,
                         String code, String name, long createdAt) {

    /** The code of every root context: one root per organisation (the enterprise number lives on the Organization). */
    public static final String ROOT_CODE = "root";

    /** Empty for the root context. */
    public Optional<String> parent() {
        return Optional.ofNullable(parentId);
    }

    public boolean isRoot() {
        return parentId == null;
    }

    static OrgContext of(ContextEntity e) {
        return new OrgContext(e.getId(), e.getRealmId(), e.getOrganizationId(), e.getParentId(),
                ContextKind.valueOf(e.getKind()), e.getCode(), e.getName(), e.getCreatedAt());
    }
}
