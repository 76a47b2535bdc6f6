package be.digitalkeys.organisation.store;

import java.util.Optional;

import be.digitalkeys.organisation.jpa.HistoryEntity;

/** One line of an organisation's history: who did what, when, to whom, with which right, where. */
public record HistoryEntry(String id, String realmId, String organizationId, long occurredAt, String actorId,
                           HistoryAction action, String targetUserId, String rightRoleId, String contextId, String detail) {

    public Optional<String> targetUser() {
        return Optional.ofNullable(targetUserId);
    }

    public Optional<String> rightRole() {
        return Optional.ofNullable(rightRoleId);
    }

    public Optional<String> context() {
        return Optional.ofNullable(contextId);
    }

    static HistoryEntry of(HistoryEntity e) {
        return new HistoryEntry(e.getId(), e.getRealmId(), e.getOrganizationId(), e.getOccurredAt(), e.getActorId(),
                HistoryAction.valueOf(e.getAction()), e.getTargetUserId(), e.getRightRoleId(), e.getContextId(), e.getDetail());
    }
}
