package be.digitalkeys.organisation.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A right (client role id) granted to a user in a context, optionally until a time. One row per
 * (context, user, right): the unique constraint is what makes concurrent grants end in one record.
 */
@Entity
@Table(name = "DK_ORG_GRANT")
@NamedQueries({
        @NamedQuery(name = "dkGrantByKey", query = "select g from GrantEntity g"
                + " where g.contextId = :contextId and g.userId = :userId and g.rightRoleId = :rightRoleId"),
        @NamedQuery(name = "dkGrantsOfUser", query = "select g from GrantEntity g"
                + " where g.organizationId = :organizationId and g.userId = :userId"
                + " and (g.validUntil is null or g.validUntil > :now) order by g.contextId, g.rightRoleId"),
        @NamedQuery(name = "dkGrantsOfUserInRealm", query = "select g from GrantEntity g"
                + " where g.realmId = :realmId and g.userId = :userId"
                + " and (g.validUntil is null or g.validUntil > :now) order by g.organizationId, g.contextId, g.rightRoleId"),
        @NamedQuery(name = "dkGrantsInContext", query = "select g from GrantEntity g"
                + " where g.contextId = :contextId and (g.validUntil is null or g.validUntil > :now)"
                + " order by g.userId, g.rightRoleId"),
        @NamedQuery(name = "dkGrantedUsersOfOrganization", query = "select distinct g.userId from GrantEntity g"
                + " where g.organizationId = :organizationId and (g.validUntil is null or g.validUntil > :now)")
})
public class GrantEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "ORGANIZATION_ID", nullable = false)
    private String organizationId;

    @Column(name = "CONTEXT_ID", length = 36, nullable = false)
    private String contextId;

    @Column(name = "USER_ID", nullable = false)
    private String userId;

    @Column(name = "RIGHT_ROLE_ID", length = 36, nullable = false)
    private String rightRoleId;

    @Column(name = "GRANTED_BY", nullable = false)
    private String grantedBy;

    @Column(name = "GRANTED_AT", nullable = false)
    private long grantedAt;

    /** Milliseconds since the epoch; {@code null}: no end. At or after this time the grant counts as absent. */
    @Column(name = "VALID_UNTIL")
    private Long validUntil;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getOrganizationId() { return organizationId; }
    public void setOrganizationId(String organizationId) { this.organizationId = organizationId; }
    public String getContextId() { return contextId; }
    public void setContextId(String contextId) { this.contextId = contextId; }
    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public String getRightRoleId() { return rightRoleId; }
    public void setRightRoleId(String rightRoleId) { this.rightRoleId = rightRoleId; }
    public String getGrantedBy() { return grantedBy; }
    public void setGrantedBy(String grantedBy) { this.grantedBy = grantedBy; }
    public long getGrantedAt() { return grantedAt; }
    public void setGrantedAt(long grantedAt) { this.grantedAt = grantedAt; }
    public Long getValidUntil() { return validUntil; }
    public void setValidUntil(Long validUntil) { this.validUntil = validUntil; }
}
