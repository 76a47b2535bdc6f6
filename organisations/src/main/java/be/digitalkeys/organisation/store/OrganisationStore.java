package be.digitalkeys.organisation.store;

import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;

import be.digitalkeys.organisation.rules.Actor;

/**
 * Entry point to the organisations data: {@link #contexts()}, {@link #grants()},
 * {@link #appointments()}, {@link #history()}. Reads and updates run in the caller's transaction;
 * rows with a unique key (contexts, grants, appointments) are inserted in a
 * {@link SeparateTransaction} so that concurrent requests end in one row (see there). Every change
 * is written to the history. Authorisation is not checked here: ask {@code AccessRules} first.
 *
 * <p>Ids: realm ids, Keycloak Organization ids, user ids and client-role ids (rights) as Keycloak
 * gives them; context, grant and appointment ids are ours (UUIDs).
 */
public final class OrganisationStore {

    private final ContextStore contexts;
    private final GrantStore grants;
    private final AppointmentStore appointments;
    private final HistoryLog history;

    private OrganisationStore(EntityManager em, SeparateTransaction separate) {
        UniqueInserts inserts = new UniqueInserts(separate);
        this.history = new HistoryLog(em);
        this.contexts = new ContextStore(em, inserts, history);
        this.grants = new GrantStore(em, inserts, contexts, history);
        this.appointments = new AppointmentStore(em, inserts, contexts, history);
    }

    /** Inside Keycloak: the session's JPA EntityManager; unique inserts in a new Keycloak session and JTA transaction. */
    public static OrganisationStore of(KeycloakSession session) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        return new OrganisationStore(em, work -> KeycloakModelUtils.runJobInTransaction(factory,
                inner -> work.accept(inner.getProvider(JpaConnectionProvider.class).getEntityManager())));
    }

    /** Outside Keycloak (tests, tools): an EntityManager and a way to run work in a transaction of its own. */
    public static OrganisationStore of(EntityManager em, SeparateTransaction separate) {
        return new OrganisationStore(em, separate);
    }

    public ContextStore contexts() {
        return contexts;
    }

    public GrantStore grants() {
        return grants;
    }

    public AppointmentStore appointments() {
        return appointments;
    }

    public HistoryLog history() {
        return history;
    }

    /** People of an organisation: holders of a valid right and appointed people, sorted by user id. */
    public Set<String> people(String organizationId) {
        Set<String> people = new TreeSet<>(grants.grantees(organizationId));
        appointments.ofOrganisation(organizationId).forEach(a -> people.add(a.userId()));
        return people;
    }

    /**
     * The user as {@code AccessRules} sees them in an organisation: their appointments, their valid
     * grants, and the contexts where they hold a view-only right ({@code viewOnlyRightIds}, from
     * {@code RightsCatalogue.viewOnlyRightIds(realm)}).
     */
    public Actor actor(String organizationId, String userId, Set<String> viewOnlyRightIds) {
        return actor(organizationId, userId, viewOnlyRightIds, false);
    }

    /**
     * As {@link #actor(String, String, Set)}, plus legal representative when the enterprise registry
     * names the user as such ({@code registryLegalRepresentative}) without a stored appointment.
     */
    public Actor actor(String organizationId, String userId, Set<String> viewOnlyRightIds, boolean registryLegalRepresentative) {
        Actor.Builder actor = Actor.builder(userId, organizationId);
        if (registryLegalRepresentative) {
            actor.legalRepresentative();
        }
        appointments.ofUser(organizationId, userId).forEach(a -> actor.appointed(a.role(), a.contextId()));
        for (Grant grant : grants.ofUser(organizationId, userId)) {
            actor.holds(grant.rightRoleId(), grant.contextId(),
                    grant.validUntil().isPresent() ? grant.validUntil().getAsLong() : Actor.NO_END);
            if (viewOnlyRightIds.contains(grant.rightRoleId())) {
                actor.viewOnlyIn(grant.contextId());
            }
        }
        return actor.build();
    }
}
