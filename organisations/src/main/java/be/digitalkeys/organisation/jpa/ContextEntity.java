package be.digitalkeys.organisation.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A context of an organisation: the organisation itself (root), an establishment, a unit, an account. */
@Entity
@Table(name = "DK_ORG_CONTEXT")
@NamedQueries({
        @NamedQuery(name = "dkContextByCode", query = "select c from ContextEntity c"
                + " where c.organizationId = :organizationId and c.kind = :kind and c.code = :code"),
        @NamedQuery(name = "dkContextsOfOrganization", query = "select c from ContextEntity c"
                + " where c.organizationId = :organizationId order by c.createdAt, c.id"),
        @NamedQuery(name = "dkContextChildren", query = "select c from ContextEntity c"
                + " where c.parentId = :parentId order by c.name, c.id")
})
public class ContextEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "ORGANIZATION_ID", nullable = false)
    private String organizationId;

    @Column(name = "PARENT_ID", length = 36)
    private String parentId;

    @Column(name = "KIND", length = 16, nullable = false)
    private String kind;

    @Column(name = "CODE", length = 64, nullable = false)
    private String code;

    @Column(name = "NAME", nullable = false)
    private String name;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getOrganizationId() { return organizationId; }
    public void setOrganizationId(String organizationId) { this.organizationId = organizationId; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public long getCreatedAt() { return createdAt; }
    public void setCreatedAt(long createdAt) { this.createdAt = createdAt; }
}
