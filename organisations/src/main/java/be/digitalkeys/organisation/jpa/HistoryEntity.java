package be.digitalkeys.organisation.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * Append-only record of who granted, revoked, appointed or removed what, when. No foreign keys:
 * the history outlives the contexts and grants it mentions.
 */
@Entity
@Table(name = "DK_ORG_HISTORY")
@NamedQueries({
        @NamedQuery(name = "dkHistoryOfOrganization", query = "select h from HistoryEntity h"
                + " where h.organizationId = :organizationId order by h.occurredAt desc, h.id"),
        @NamedQuery(name = "dkHistoryOfUser", query = "select h from HistoryEntity h"
                + " where h.organizationId = :organizationId and h.targetUserId = :userId order by h.occurredAt desc, h.id")
})
public class HistoryEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "ORGANIZATION_ID", nullable = false)
    private String organizationId;

    /** Milliseconds since the epoch ({@code AT} is a keyword in several SQL dialects). */
    @Column(name = "OCCURRED_AT", nullable = false)
    private long occurredAt;

    @Column(name = "ACTOR_ID", nullable = false)
    private String actorId;

    @Column(name = "ACTION", length = 40, nullable = false)
    private String action;

    @Column(name = "TARGET_USER_ID")
    private String targetUserId;

    @Column(name = "RIGHT_ROLE_ID", length = 36)
    private String rightRoleId;

    @Column(name = "CONTEXT_ID", length = 36)
    private String contextId;

    @Column(name = "DETAIL", length = 1024)
    private String detail;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getOrganizationId() { return organizationId; }
    public void setOrganizationId(String organizationId) { this.organizationId = organizationId; }
    public long getOccurredAt() { return occurredAt; }
    public void setOccurredAt(long occurredAt) { this.occurredAt = occurredAt; }
    public String getActorId() { return actorId; }
    public void setActorId(String actorId) { this.actorId = actorId; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getTargetUserId() { return targetUserId; }
    public void setTargetUserId(String targetUserId) { this.targetUserId = targetUserId; }
    public String getRightRoleId() { return rightRoleId; }
    public void setRightRoleId(String rightRoleId) { this.rightRoleId = rightRoleId; }
    public String getContextId() { return contextId; }
    public void setContextId(String contextId) { this.contextId = contextId; }
    public String getDetail() { return detail; }
    public void setDetail(String detail) { this.detail = detail; }
}
