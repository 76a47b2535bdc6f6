package be.digitalkeys.organisation.store;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.keycloak.common.util.Time;

import be.digitalkeys.organisation.jpa.HistoryEntity;

/**
 * The append-only history of an organisation. The store appends to it on every change it makes;
 * callers append what happens elsewhere (e.g. a legal representative taken from the registry).
 */
public final class HistoryLog {

    /** Details longer than this are cut (the column holds 1024 characters). */
    public static final int MAX_DETAIL_LENGTH = 1024;

    private final EntityManager em;

    HistoryLog(EntityManager em) {
        this.em = em;
    }

    /** Appends in the caller's transaction; {@code targetUserId}, {@code rightRoleId}, {@code contextId}, {@code detail} may be null. */
    public HistoryEntry append(String realmId, String organizationId, String actorId, HistoryAction action,
                               String targetUserId, String rightRoleId, String contextId, String detail) {
        HistoryEntity e = entity(realmId, organizationId, actorId, action, targetUserId, rightRoleId, contextId, detail);
        em.persist(e);
        return HistoryEntry.of(e);
    }

    /** Newest first, {@code max} entries from {@code first}. */
    public List<HistoryEntry> ofOrganisation(String organizationId, int first, int max) {
        return em.createNamedQuery("dkHistoryOfOrganization", HistoryEntity.class)
                .setParameter("organizationId", organizationId)
                .setFirstResult(first).setMaxResults(max)
                .getResultStream().map(HistoryEntry::of).toList();
    }

    /** Newest first: what was done to one user in the organisation. */
    public List<HistoryEntry> ofUser(String organizationId, String userId, int first, int max) {
        return em.createNamedQuery("dkHistoryOfUser", HistoryEntity.class)
                .setParameter("organizationId", organizationId)
                .setParameter("userId", userId)
                .setFirstResult(first).setMaxResults(max)
                .getResultStream().map(HistoryEntry::of).toList();
    }

    /** An entry not yet persisted: the store persists it in the same transaction as the change it records. */
    HistoryEntity entity(String realmId, String organizationId, String actorId, HistoryAction action,
                         String targetUserId, String rightRoleId, String contextId, String detail) {
        HistoryEntity e = new HistoryEntity();
        e.setId(UUID.randomUUID().toString());
        e.setRealmId(realmId);
        e.setOrganizationId(organizationId);
        e.setOccurredAt(Time.currentTimeMillis());
        e.setActorId(actorId);
        e.setAction(action.name());
        e.setTargetUserId(targetUserId);
        e.setRightRoleId(rightRoleId);
        e.setContextId(contextId);
        e.setDetail(detail == null || detail.length() <= MAX_DETAIL_LENGTH ? detail : detail.substring(0, MAX_DETAIL_LENGTH));
        return e;
    }
}
