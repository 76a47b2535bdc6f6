package be.digitalkeys.organisation.store;

import be.digitalkeys.organisation.jpa.AppointmentEntity;
import be.digitalkeys.organisation.rules.Role;

/** A user appointed to a role in an organisation (root context) or a context (local administrator). */
public record Appointment(String id, String realmId, String organizationId, String userId, Role role,
                          String contextId, String appointedBy, long appointedAt) {

    static Appointment of(AppointmentEntity e) {
        return new Appointment(e.getId(), e.getRealmId(), e.getOrganizationId(), e.getUserId(), Role.valueOf(e.getRole()),
                e.getContextId(), e.getAppointedBy(), e.getAppointedAt());
    }
}
