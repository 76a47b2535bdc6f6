package be.digitalkeys.organisation.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.keycloak.common.util.Time;

import be.digitalkeys.organisation.jpa.AppointmentEntity;
import be.digitalkeys.organisation.rules.Role;

/**
 * Legal representatives, main access managers (on the organisation's root context) and local
 * administrators (on a context). The store does not check who may appoint: ask {@code AccessRules}.
 */
public final class AppointmentStore {

    private final EntityManager em;
    private final UniqueInserts inserts;
    private final ContextStore contexts;
    private final HistoryLog history;

    AppointmentStore(EntityManager em, UniqueInserts inserts, ContextStore contexts, HistoryLog history) {
        this.em = em;
        this.inserts = inserts;
        this.contexts = contexts;
        this.history = history;
    }

    /**
     * Appoints {@code userId}. For {@link Role#LEGAL_REPRESENTATIVE} and {@link Role#MAIN_ACCESS_MANAGER}
     * {@code contextId} must be the organisation's root context. Idempotent and safe under concurrency:
     * an existing appointment is returned as it is.
     *
     * @throws IllegalArgumentException for {@link Role#USER}, or an organisation-wide role on a sub-context
     */
    public Appointment appoint(String contextId, String userId, Role role, String appointedBy) throws UnknownContextException {
        if (!role.isAppointed()) {
            throw new IllegalArgumentException("USER is not an appointment");
        }
        OrgContext context = contexts.find(contextId).orElseThrow(() -> new UnknownContextException(contextId));
        if (role.isOrganisationWide() && !context.isRoot()) {
            throw new IllegalArgumentException(role + " is appointed on the organisation's root context");
        }
        AppointmentEntity fresh = new AppointmentEntity();
        fresh.setId(UUID.randomUUID().toString());
        fresh.setRealmId(context.realmId());
        fresh.setOrganizationId(context.organizationId());
        fresh.setUserId(userId);
        fresh.setRole(role.name());
        fresh.setContextId(contextId);
        fresh.setAppointedBy(appointedBy);
        fresh.setAppointedAt(Time.currentTimeMillis());
        return Appointment.of(inserts.insertOnce(
                () -> byKey(context.organizationId(), userId, role, contextId),
                separate -> {
                    separate.persist(fresh);
                    separate.persist(history.entity(fresh.getRealmId(), fresh.getOrganizationId(), appointedBy,
                            HistoryAction.APPOINTED, userId, null, contextId, role.name()));
                }).row());
    }

    /** Ends the appointment; empty when there was none. */
    public Optional<Appointment> remove(String organizationId, String userId, Role role, String contextId, String removedBy) {
        Optional<AppointmentEntity> row = byKey(organizationId, userId, role, contextId);
        row.ifPresent(e -> {
            em.remove(e);
            history.append(e.getRealmId(), organizationId, removedBy, HistoryAction.APPOINTMENT_REMOVED, userId, null,
                    contextId, role.name());
            em.flush();
        });
        return row.map(Appointment::of);
    }

    public List<Appointment> ofOrganisation(String organizationId) {
        return em.createNamedQuery("dkAppointmentsOfOrganization", AppointmentEntity.class)
                .setParameter("organizationId", organizationId)
                .getResultStream().map(Appointment::of).toList();
    }

    /** The roles of a user in an organisation (with their contexts). */
    public List<Appointment> ofUser(String organizationId, String userId) {
        return em.createNamedQuery("dkAppointmentsOfUser", AppointmentEntity.class)
                .setParameter("organizationId", organizationId)
                .setParameter("userId", userId)
                .getResultStream().map(Appointment::of).toList();
    }

    /** Every appointment of a user in a realm: the organisations they manage. */
    public List<Appointment> ofUserInRealm(String realmId, String userId) {
        return em.createNamedQuery("dkAppointmentsOfUserInRealm", AppointmentEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .getResultStream().map(Appointment::of).toList();
    }

    private Optional<AppointmentEntity> byKey(String organizationId, String userId, Role role, String contextId) {
        return em.createNamedQuery("dkAppointmentByKey", AppointmentEntity.class)
                .setParameter("organizationId", organizationId)
                .setParameter("userId", userId)
                .setParameter("role", role.name())
                .setParameter("contextId", contextId)
                .getResultStream().findFirst();
    }
}
