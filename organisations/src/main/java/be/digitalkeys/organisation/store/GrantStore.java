package be.digitalkeys.organisation.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.keycloak.common.util.Time;

import be.digitalkeys.organisation.jpa.GrantEntity;

/**
 * Rights granted to users in contexts. A grant with an end date in the past counts as absent
 * everywhere (listings, copies, the access rules' view of an actor), at
 * {@code Time.currentTimeMillis()} (Keycloak's clock, shifted by its time offset in tests).
 * The store does not check who may grant: ask {@code AccessRules} first.
 */
public final class GrantStore {

    private final EntityManager em;
    private final UniqueInserts inserts;
    private final ContextStore contexts;
    private final HistoryLog history;

    GrantStore(EntityManager em, UniqueInserts inserts, ContextStore contexts, HistoryLog history) {
        this.em = em;
        this.inserts = inserts;
        this.contexts = contexts;
        this.history = history;
    }

    /** Grants without end date; see {@link #grant(String, String, String, String, Long)}. */
    public Grant grant(String contextId, String userId, String rightRoleId, String grantedBy) throws UnknownContextException {
        return grant(contextId, userId, rightRoleId, grantedBy, null);
    }

    /**
     * Grants {@code rightRoleId} to {@code userId} in the context, valid until {@code validUntilMillis}
     * (epoch milliseconds; {@code null}: no end). Idempotent: when the user already has that right in
     * that context (even expired), the same record is returned with the new end date. Concurrent
     * calls for the same (context, user, right) end in one record: the row is inserted in a
     * {@link SeparateTransaction}, and the loser of the race re-reads the winner's row.
     */
    public Grant grant(String contextId, String userId, String rightRoleId, String grantedBy, Long validUntilMillis)
            throws UnknownContextException {
        OrgContext context = contexts.find(contextId).orElseThrow(() -> new UnknownContextException(contextId));
        GrantEntity fresh = new GrantEntity();
        fresh.setId(UUID.randomUUID().toString());
        fresh.setRealmId(context.realmId());
        fresh.setOrganizationId(context.organizationId());
        fresh.setContextId(contextId);
        fresh.setUserId(userId);
        fresh.setRightRoleId(rightRoleId);
        fresh.setGrantedBy(grantedBy);
        fresh.setGrantedAt(Time.currentTimeMillis());
        fresh.setValidUntil(validUntilMillis);
        UniqueInserts.Outcome<GrantEntity> outcome = inserts.insertOnce(
                () -> byKey(contextId, userId, rightRoleId),
                separate -> {
                    separate.persist(fresh);
                    separate.persist(historyOf(fresh, HistoryAction.RIGHT_GRANTED, grantedBy));
                });
        GrantEntity row = outcome.row();
        if (!outcome.created() && !Objects.equals(row.getValidUntil(), validUntilMillis)) {
            row.setValidUntil(validUntilMillis);
            row.setGrantedBy(grantedBy);
            row.setGrantedAt(Time.currentTimeMillis());
            em.persist(historyOf(row, HistoryAction.GRANT_UPDATED, grantedBy));
            em.flush();
        }
        return Grant.of(row);
    }

    /** Removes the grant (expired or not); empty when there was none. */
    public Optional<Grant> revoke(String contextId, String userId, String rightRoleId, String revokedBy) {
        Optional<GrantEntity> row = byKey(contextId, userId, rightRoleId);
        row.ifPresent(e -> {
            em.remove(e);
            em.persist(historyOf(e, HistoryAction.RIGHT_REVOKED, revokedBy));
            em.flush();
        });
        return row.map(Grant::of);
    }

    /** The grant with this id, expired or not. */
    public Optional<Grant> find(String grantId) {
        return Optional.ofNullable(em.find(GrantEntity.class, grantId)).map(Grant::of);
    }

    /** The valid grants of a user in every context of one organisation: the "all rights of a user" view. */
    public List<Grant> ofUser(String organizationId, String userId) {
        return em.createNamedQuery("dkGrantsOfUser", GrantEntity.class)
                .setParameter("organizationId", organizationId)
                .setParameter("userId", userId)
                .setParameter("now", Time.currentTimeMillis())
                .getResultStream().map(Grant::of).toList();
    }

    /** The valid grants of a user in every organisation of a realm (context choice at login, token mapper). */
    public List<Grant> ofUserInRealm(String realmId, String userId) {
        return em.createNamedQuery("dkGrantsOfUserInRealm", GrantEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .setParameter("now", Time.currentTimeMillis())
                .getResultStream().map(Grant::of).toList();
    }

    /** The valid grants in one context (not its sub-contexts). */
    public List<Grant> inContext(String contextId) {
        return em.createNamedQuery("dkGrantsInContext", GrantEntity.class)
                .setParameter("contextId", contextId)
                .setParameter("now", Time.currentTimeMillis())
                .getResultStream().map(Grant::of).toList();
    }

    /** Users holding at least one valid right in the organisation. */
    public List<String> grantees(String organizationId) {
        return em.createNamedQuery("dkGrantedUsersOfOrganization", String.class)
                .setParameter("organizationId", organizationId)
                .setParameter("now", Time.currentTimeMillis())
                .getResultList();
    }

    /**
     * Gives {@code toUserId} every valid right {@code fromUserId} has in the organisation, in the same
     * contexts with the same end dates (BelfiusWeb's "copy a reference user"). Returns the target's
     * grants that were created or changed; rights the target already had unchanged are left out.
     * Check each copied right with {@code AccessRules} (action COPY_RIGHTS, its context) first.
     */
    public List<Grant> copy(String organizationId, String fromUserId, String toUserId, String copiedBy)
            throws UnknownContextException {
        List<Grant> copied = new ArrayList<>();
        for (Grant source : ofUser(organizationId, fromUserId)) {
            Optional<Grant> before = byKey(source.contextId(), toUserId, source.rightRoleId()).map(Grant::of)
                    .filter(g -> g.isValidAt(Time.currentTimeMillis()));
            if (before.isPresent() && Objects.equals(before.get().validUntilMillis(), source.validUntilMillis())) {
                continue;
            }
            copied.add(grant(source.contextId(), toUserId, source.rightRoleId(), copiedBy, source.validUntilMillis()));
        }
        if (!copied.isEmpty()) {
            history.append(copied.get(0).realmId(), organizationId, copiedBy, HistoryAction.RIGHTS_COPIED, toUserId,
                    null, null, "from " + fromUserId + ": " + copied.size() + " right(s)");
        }
        return copied;
    }

    private Optional<GrantEntity> byKey(String contextId, String userId, String rightRoleId) {
        return em.createNamedQuery("dkGrantByKey", GrantEntity.class)
                .setParameter("contextId", contextId)
                .setParameter("userId", userId)
                .setParameter("rightRoleId", rightRoleId)
                .getResultStream().findFirst();
    }

    private be.digitalkeys.organisation.jpa.HistoryEntity historyOf(GrantEntity g, HistoryAction action, String actorId) {
        String detail = g.getValidUntil() == null ? null : "valid until " + java.time.Instant.ofEpochMilli(g.getValidUntil());
        return history.entity(g.getRealmId(), g.getOrganizationId(), actorId, action, g.getUserId(), g.getRightRoleId(),
                g.getContextId(), detail);
    }
}
