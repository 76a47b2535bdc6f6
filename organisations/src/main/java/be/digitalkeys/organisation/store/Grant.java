package be.digitalkeys.organisation.store;

import java.util.OptionalLong;

import be.digitalkeys.organisation.jpa.GrantEntity;

/** A right (client role id) granted to a user in a context (immutable). */
public record Grant(String id, String realmId, String organizationId, String contextId, String userId,
                    String rightRoleId, String grantedBy, long grantedAt, Long validUntilMillis) {

    /** Empty: no end date. */
    public OptionalLong validUntil() {
        return validUntilMillis == null ? OptionalLong.empty() : OptionalLong.of(validUntilMillis);
    }

    /** Valid at {@code millis}: no end date, or an end date after it. */
    public boolean isValidAt(long millis) {
        return validUntilMillis == null || validUntilMillis > millis;
    }

    static Grant of(GrantEntity e) {
        return new Grant(e.getId(), e.getRealmId(), e.getOrganizationId(), e.getContextId(), e.getUserId(),
                e.getRightRoleId(), e.getGrantedBy(), e.getGrantedAt(), e.getValidUntil());
    }
}
