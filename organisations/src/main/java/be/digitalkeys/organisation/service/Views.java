package be.digitalkeys.organisation.service;

import java.util.List;

/** What the service answers with: plain records, serialised as they are by the REST API (ids, never a national number). */
public final class Views {

    private Views() {
    }

    /** An organisation and the caller's place in it. */
    public record Membership(String id, String name, String kbo, boolean member, List<String> roles,
                             List<String> administeredContexts, int rights) {
    }

    public record OrganisationRef(String id, String name, String kbo) {
    }

    public record Person(String userId, String username, String firstName, String lastName, boolean preregistered) {
    }

    /** An appointment: {@code LEGAL_REPRESENTATIVE} (source {@code APPOINTED} or {@code REGISTRY}), {@code MAIN_ACCESS_MANAGER}, {@code LOCAL_ADMINISTRATOR}. */
    public record RoleView(String role, String contextId, String source) {
    }

    /** One valid grant: the right's role name and client, its context, its optional end date (ISO-8601 instant). */
    public record RightView(String grantId, String right, String rightId, String clientId, boolean viewOnly,
                            String contextId, String contextName, String validUntil, String grantedBy, String grantedAt) {
    }

    /** The "all rights of a user" view (only what the caller may see). */
    public record PersonRights(Person person, List<RoleView> roles, List<RightView> rights) {
    }

    /** Result of a find-or-pre-register by national number. */
    public record PersonLink(Person person, boolean created, boolean linked) {
    }

    public record ContextView(String id, String parentId, String kind, String code, String name) {
    }

    public record HistoryView(String id, String occurredAt, String actorId, String action, String targetUserId,
                              String rightId, String contextId, String detail) {
    }
}
