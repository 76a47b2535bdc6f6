package be.digitalkeys.organisation.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A user appointed legal representative, main access manager (both on the organisation's root
 * context) or local administrator (on a context).
 */
@Entity
@Table(name = "DK_ORG_APPOINTMENT")
@NamedQueries({
        @NamedQuery(name = "dkAppointmentByKey", query = "select a from AppointmentEntity a"
                + " where a.organizationId = :organizationId and a.userId = :userId and a.role = :role and a.contextId = :contextId"),
        @NamedQuery(name = "dkAppointmentsOfOrganization", query = "select a from AppointmentEntity a"
                + " where a.organizationId = :organizationId order by a.role, a.userId, a.contextId"),
        @NamedQuery(name = "dkAppointmentsOfUser", query = "select a from AppointmentEntity a"
                + " where a.organizationId = :organizationId and a.userId = :userId order by a.role, a.contextId"),
        @NamedQuery(name = "dkAppointmentsOfUserInRealm", query = "select a from AppointmentEntity a"
                + " where a.realmId = :realmId and a.userId = :userId order by a.organizationId, a.role, a.contextId")
})
public class AppointmentEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "ORGANIZATION_ID", nullable = false)
    private String organizationId;

    @Column(name = "USER_ID", nullable = false)
    private String userId;

    @Column(name = "ROLE", length = 32, nullable = false)
    private String role;

    @Column(name = "CONTEXT_ID", length = 36, nullable = false)
    private String contextId;

    @Column(name = "APPOINTED_BY", nullable = false)
    private String appointedBy;

    @Column(name = "APPOINTED_AT", nullable = false)
    private long appointedAt;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getOrganizationId() { return organizationId; }
    public void setOrganizationId(String organizationId) { this.organizationId = organizationId; }
    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getContextId() { return contextId; }
    public void setContextId(String contextId) { this.contextId = contextId; }
    public String getAppointedBy() { return appointedBy; }
    public void setAppointedBy(String appointedBy) { this.appointedBy = appointedBy; }
    public long getAppointedAt() { return appointedAt; }
    public void setAppointedAt(long appointedAt) { this.appointedAt = appointedAt; }
}
