package be.digitalkeys.organisation.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.keycloak.common.util.Time;

import be.digitalkeys.organisation.jpa.ContextEntity;
import be.digitalkeys.organisation.rules.ContextPath;

/** The context tree of organisations: one root per organisation, sub-contexts below it. */
public final class ContextStore {

    /** Deeper trees than this are refused as corrupt when walking up (real trees have 3-4 levels). */
    static final int MAX_DEPTH = 16;

    private final EntityManager em;
    private final UniqueInserts inserts;
    private final HistoryLog history;

    ContextStore(EntityManager em, UniqueInserts inserts, HistoryLog history) {
        this.em = em;
        this.inserts = inserts;
        this.history = history;
    }

    /** The organisation's root context, created on first use (idempotent, safe under concurrency). */
    public OrgContext ensureRoot(String realmId, String organizationId, String name, String actorId) {
        ContextEntity root = entity(realmId, organizationId, null, ContextKind.ORGANISATION, OrgContext.ROOT_CODE, name);
        return insert(root, actorId).row();
    }

    public Optional<OrgContext> root(String organizationId) {
        return byCode(organizationId, ContextKind.ORGANISATION, OrgContext.ROOT_CODE).map(OrgContext::of);
    }

    /**
     * A new context under {@code parentId}, in the parent's organisation. {@code code}: for an
     * establishment its establishment unit number (digits), for an account the account number.
     *
     * @throws IllegalArgumentException when {@code kind} may not sit under the parent's kind
     */
    public OrgContext createChild(String parentId, ContextKind kind, String code, String name, String actorId)
            throws UnknownContextException, ContextAlreadyExistsException {
        OrgContext parent = find(parentId).orElseThrow(() -> new UnknownContextException(parentId));
        if (!kind.mayBeChildOf(parent.kind())) {
            throw new IllegalArgumentException("A " + kind + " context cannot be placed under a " + parent.kind());
        }
        ContextEntity child = entity(parent.realmId(), parent.organizationId(), parentId, kind, code, name);
        UniqueInserts.Outcome<OrgContext> outcome = insert(child, actorId);
        if (!outcome.created()) {
            throw new ContextAlreadyExistsException(outcome.row());
        }
        return outcome.row();
    }

    public Optional<OrgContext> find(String contextId) {
        return Optional.ofNullable(em.find(ContextEntity.class, contextId)).map(OrgContext::of);
    }

    /** Every context of the organisation, oldest first (the root first). */
    public List<OrgContext> ofOrganisation(String organizationId) {
        return em.createNamedQuery("dkContextsOfOrganization", ContextEntity.class)
                .setParameter("organizationId", organizationId)
                .getResultStream().map(OrgContext::of).toList();
    }

    public List<OrgContext> children(String contextId) {
        return em.createNamedQuery("dkContextChildren", ContextEntity.class)
                .setParameter("parentId", contextId)
                .getResultStream().map(OrgContext::of).toList();
    }

    /** From the root down to the context itself (inclusive). */
    public List<OrgContext> ancestors(String contextId) throws UnknownContextException {
        List<OrgContext> chain = new ArrayList<>();
        String current = contextId;
        while (current != null) {
            if (chain.size() == MAX_DEPTH) {
                throw new IllegalStateException("Context tree deeper than " + MAX_DEPTH + " (a cycle?) at " + contextId);
            }
            String id = current;
            OrgContext context = find(id).orElseThrow(() -> new UnknownContextException(id));
            chain.add(context);
            current = context.parentId();
        }
        Collections.reverse(chain);
        return chain;
    }

    /** The context's place in the tree, as the access rules take it. */
    public ContextPath path(String contextId) throws UnknownContextException {
        List<OrgContext> chain = ancestors(contextId);
        return new ContextPath(chain.get(0).organizationId(), chain.stream().map(OrgContext::id).toList());
    }

    private UniqueInserts.Outcome<OrgContext> insert(ContextEntity entity, String actorId) {
        ContextKind kind = ContextKind.valueOf(entity.getKind());
        UniqueInserts.Outcome<ContextEntity> outcome = inserts.insertOnce(
                () -> byCode(entity.getOrganizationId(), kind, entity.getCode()),
                separate -> {
                    separate.persist(entity);
                    separate.persist(history.entity(entity.getRealmId(), entity.getOrganizationId(), actorId,
                            HistoryAction.CONTEXT_CREATED, null, null, entity.getId(), kind + " " + entity.getCode()));
                });
        return new UniqueInserts.Outcome<>(OrgContext.of(outcome.row()), outcome.created());
    }

    private Optional<ContextEntity> byCode(String organizationId, ContextKind kind, String code) {
        return em.createNamedQuery("dkContextByCode", ContextEntity.class)
                .setParameter("organizationId", organizationId)
                .setParameter("kind", kind.name())
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    private static ContextEntity entity(String realmId, String organizationId, String parentId, ContextKind kind,
                                        String code, String name) {
        ContextEntity e = new ContextEntity();
        e.setId(UUID.randomUUID().toString());
        e.setRealmId(realmId);
        e.setOrganizationId(organizationId);
        e.setParentId(parentId);
        e.setKind(kind.name());
        e.setCode(code);
        e.setName(name);
        e.setCreatedAt(Time.currentTimeMillis());
        return e;
    }
}
