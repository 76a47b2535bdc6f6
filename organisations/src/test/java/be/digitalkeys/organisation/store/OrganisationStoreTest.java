package be.digitalkeys.organisation.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.common.util.Time;

import be.digitalkeys.organisation.jpa.AppointmentEntity;
import be.digitalkeys.organisation.jpa.ContextEntity;
import be.digitalkeys.organisation.jpa.GrantEntity;
import be.digitalkeys.organisation.jpa.HistoryEntity;
import be.digitalkeys.organisation.jpa.TestSchema;
import be.digitalkeys.organisation.rules.AccessRules;
import be.digitalkeys.organisation.rules.Action;
import be.digitalkeys.organisation.rules.Role;
import be.digitalkeys.organisation.rules.Target;

/**
 * The store on Hibernate 7.2 (Keycloak 26.7.2's) over the schema our Liquibase changelog creates in
 * H2, mapped with hbm2ddl=validate: the entities and the changelog agree.
 */
class OrganisationStoreTest {

    private static final String REALM = "realm-1";
    private static final String ORG = "org-acme";

    private EntityManagerFactory emf;

    @BeforeEach
    void migrateAndMap() throws Exception {
        String url = TestSchema.newH2Url();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            TestSchema.migrate(c, null);
        }
        emf = new HibernatePersistenceConfiguration("dk-organisations")
                .managedClasses(ContextEntity.class, GrantEntity.class, AppointmentEntity.class, HistoryEntity.class)
                .jdbcUrl(url).jdbcCredentials("sa", "")
                .property("hibernate.hbm2ddl.auto", "validate")
                .createEntityManagerFactory();
    }

    @AfterEach
    void close() {
        Time.setOffset(0);
        if (emf != null) {
            emf.close();
        }
    }

    @Test
    void concurrentGrantsOfTheSameRight_endInOneRecord() throws Exception {
        String root = inTransaction(s -> s.contexts().ensureRoot(REALM, ORG, "Acme", "admin").id());
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String user = "user-" + round;
                Future<String> a = pool.submit(() -> grantAfter(together, root, user));
                Future<String> b = pool.submit(() -> grantAfter(together, root, user));
                assertEquals(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS), "both callers get the same record");
                assertEquals(1, rowCount(root, user), "one row for " + user);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void grantLosingTheRace_rereadsTheWinnersRow() throws Exception {
        String root = inTransaction(s -> s.contexts().ensureRoot(REALM, ORG, "Acme", "admin").id());
        String winner = "winner-" + System.nanoTime();
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            // The separate transaction first lets a rival commit the same grant, then tries its own insert.
            OrganisationStore store = OrganisationStore.of(em, work -> {
                separate(rival -> rival.persist(grantRow(winner, root, "bob", "right-signer")));
                separate(work);
            });
            Grant grant = store.grants().grant(root, "bob", "right-signer", "manager");
            em.getTransaction().commit();
            assertEquals(winner, grant.id());
        } finally {
            em.close();
        }
        assertEquals(1, rowCount(root, "bob"));
    }

    @Test
    void grantingAgain_updatesTheEndDate_andExpiredGrantsCountAsAbsent() throws Exception {
        long now = Time.currentTimeMillis();
        String root = inTransaction(s -> s.contexts().ensureRoot(REALM, ORG, "Acme", "admin").id());
        Grant first = inTransaction(s -> s.grants().grant(root, "carla", "right-signer", "manager", now + 60_000));
        Grant second = inTransaction(s -> s.grants().grant(root, "carla", "right-signer", "manager", now + 3_600_000));
        assertEquals(first.id(), second.id());
        assertEquals(now + 3_600_000, second.validUntil().getAsLong());
        assertEquals(1, inTransaction(s -> s.grants().ofUser(ORG, "carla")).size());
        Time.setOffset(3_601);
        assertEquals(List.of(), inTransaction(s -> s.grants().ofUser(ORG, "carla")));
        assertEquals(Set.of(), inTransaction(s -> s.people(ORG)));
        Grant renewed = inTransaction(s -> s.grants().grant(root, "carla", "right-signer", "manager"));
        assertEquals(first.id(), renewed.id());
        assertTrue(renewed.validUntil().isEmpty());
    }

    @Test
    void contextsAppointmentsCopyAndHistory() throws Exception {
        String root = inTransaction(s -> s.contexts().ensureRoot(REALM, ORG, "Acme", "admin").id());
        assertEquals(root, inTransaction(s -> s.contexts().ensureRoot(REALM, ORG, "Acme", "admin").id()), "one root");
        String est = inTransaction(s -> s.contexts().createChild(root, ContextKind.ESTABLISHMENT, "2123456791", "Gent", "admin").id());
        String acc = inTransaction(s -> s.contexts().createChild(est, ContextKind.ACCOUNT, "BE68539007547034", "Account", "admin").id());
        assertThrows(ContextAlreadyExistsException.class,
                () -> inTransaction(s -> s.contexts().createChild(root, ContextKind.ESTABLISHMENT, "2123456791", "Again", "admin")));
        assertEquals(List.of(root, est, acc), inTransaction(s -> s.contexts().path(acc).ids()));
        assertEquals(List.of(est), inTransaction(s -> s.contexts().children(root).stream().map(OrgContext::id).toList()));

        inTransaction(s -> s.appointments().appoint(root, "lena", Role.MAIN_ACCESS_MANAGER, "legal-rep"));
        inTransaction(s -> s.appointments().appoint(est, "omar", Role.LOCAL_ADMINISTRATOR, "lena"));
        assertThrows(IllegalArgumentException.class,
                () -> inTransaction(s -> s.appointments().appoint(est, "omar", Role.MAIN_ACCESS_MANAGER, "lena")));
        inTransaction(s -> s.grants().grant(est, "ref", "right-signer", "omar"));
        inTransaction(s -> s.grants().grant(acc, "ref", "right-card-viewer", "omar"));

        List<Grant> copied = inTransaction(s -> s.grants().copy(ORG, "ref", "newbie", "omar"));
        assertEquals(2, copied.size());
        assertEquals(List.of(), inTransaction(s -> s.grants().copy(ORG, "ref", "newbie", "omar")), "nothing left to copy");
        assertEquals(Set.of("lena", "omar", "ref", "newbie"), inTransaction(s -> s.people(ORG)));

        var omar = inTransaction(s -> s.actor(ORG, "omar", Set.of("right-card-viewer")));
        var rules = AccessRules.standard();
        assertTrue(rules.decide(omar, Action.GRANT_RIGHT, Target.in(inTransaction(s -> s.contexts().path(acc))).user("x").right("r")).isAllowed());
        var newbie = inTransaction(s -> s.actor(ORG, "newbie", Set.of("right-card-viewer")));
        assertEquals(Set.of(acc), newbie.viewOnlyContexts());

        assertTrue(inTransaction(s -> s.grants().revoke(acc, "newbie", "right-card-viewer", "omar")).isPresent());
        assertTrue(inTransaction(s -> s.appointments().remove(ORG, "omar", Role.LOCAL_ADMINISTRATOR, est, "lena")).isPresent());
        List<HistoryAction> actions = inTransaction(s -> s.history().ofOrganisation(ORG, 0, 100)).stream().map(HistoryEntry::action).toList();
        assertTrue(actions.containsAll(List.of(HistoryAction.CONTEXT_CREATED, HistoryAction.APPOINTED, HistoryAction.RIGHT_GRANTED,
                HistoryAction.RIGHTS_COPIED, HistoryAction.RIGHT_REVOKED, HistoryAction.APPOINTMENT_REMOVED)), actions.toString());
        assertEquals(4, inTransaction(s -> s.history().ofUser(ORG, "newbie", 0, 100)).size(), "2 grants, the copy, 1 revoke");
    }

    private String grantAfter(CyclicBarrier together, String contextId, String user) throws Exception {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            OrganisationStore store = OrganisationStore.of(em, this::separate);
            together.await(10, TimeUnit.SECONDS);
            String id = store.grants().grant(contextId, user, "right-signer", "manager").id();
            em.getTransaction().commit();
            return id;
        } finally {
            em.close();
        }
    }

    /** What Keycloak's runJobInTransaction does for the store: a new EntityManager and transaction, committed. */
    private void separate(java.util.function.Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private interface StoreWork<T> {
        T apply(OrganisationStore store) throws Exception;
    }

    private <T> T inTransaction(StoreWork<T> work) throws Exception {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(OrganisationStore.of(em, this::separate));
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private long rowCount(String contextId, String user) {
        EntityManager em = emf.createEntityManager();
        try {
            return em.createQuery("select count(g) from GrantEntity g where g.contextId = :c and g.userId = :u", Long.class)
                    .setParameter("c", contextId).setParameter("u", user).getSingleResult();
        } finally {
            em.close();
        }
    }

    private static GrantEntity grantRow(String id, String contextId, String user, String right) {
        GrantEntity g = new GrantEntity();
        g.setId(id);
        g.setRealmId(REALM);
        g.setOrganizationId(ORG);
        g.setContextId(contextId);
        g.setUserId(user);
        g.setRightRoleId(right);
        g.setGrantedBy("rival");
        g.setGrantedAt(Time.currentTimeMillis());
        return g;
    }

}
