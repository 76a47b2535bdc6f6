package be.digitalkeys.organisation.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who acts, as the rules see them: one user in one organisation, their appointments, the rights
 * they hold (only grants valid now: the store leaves expired ones out) and the contexts where they
 * hold a view-only right. Build with {@link #builder(String, String)}.
 */
public final class Actor {

    private final String userId;
    private final String organisationId;
    private final boolean legalRepresentative;
    private final boolean mainAccessManager;
    private final Set<String> administeredContexts;
    private final Map<String, Set<String>> heldRights;
    private final Set<String> viewOnlyContexts;

    private Actor(Builder b) {
        this.userId = b.userId;
        this.organisationId = b.organisationId;
        this.legalRepresentative = b.legalRepresentative;
        this.mainAccessManager = b.mainAccessManager;
        this.administeredContexts = Set.copyOf(b.administeredContexts);
        Map<String, Set<String>> rights = new HashMap<>();
        b.heldRights.forEach((right, contexts) -> rights.put(right, Set.copyOf(contexts)));
        this.heldRights = Map.copyOf(rights);
        this.viewOnlyContexts = Set.copyOf(b.viewOnlyContexts);
    }

    public static Builder builder(String userId, String organisationId) {
        return new Builder(userId, organisationId);
    }

    public String userId() {
        return userId;
    }

    public String organisationId() {
        return organisationId;
    }

    public boolean isLegalRepresentative() {
        return legalRepresentative;
    }

    /** Main access manager by appointment (the legal representative's same powers are the rules' business). */
    public boolean isMainAccessManager() {
        return mainAccessManager;
    }

    public Set<String> administeredContexts() {
        return administeredContexts;
    }

    public Set<String> viewOnlyContexts() {
        return viewOnlyContexts;
    }

    /** True when the actor holds {@code rightId} in the context of {@code path} or in one above it. */
    public boolean holds(String rightId, ContextPath path) {
        Set<String> contexts = heldRights.get(rightId);
        return contexts != null && path.ids().stream().anyMatch(contexts::contains);
    }

    /** Any appointment at all (a view-only right is not one). */
    public boolean isManager() {
        return legalRepresentative || mainAccessManager || !administeredContexts.isEmpty();
    }

    @Override
    public String toString() {
        return "Actor[" + userId + " in " + organisationId + "]";
    }

    public static final class Builder {

        private final String userId;
        private final String organisationId;
        private boolean legalRepresentative;
        private boolean mainAccessManager;
        private final Set<String> administeredContexts = new HashSet<>();
        private final Map<String, Set<String>> heldRights = new HashMap<>();
        private final Set<String> viewOnlyContexts = new HashSet<>();

        private Builder(String userId, String organisationId) {
            this.userId = Objects.requireNonNull(userId, "userId");
            this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
        }

        /** Adds an appointment; {@code contextId} matters only for {@link Role#LOCAL_ADMINISTRATOR}. */
        public Builder appointed(Role role, String contextId) {
            switch (role) {
                case LEGAL_REPRESENTATIVE -> legalRepresentative = true;
                case MAIN_ACCESS_MANAGER -> mainAccessManager = true;
                case LOCAL_ADMINISTRATOR -> administeredContexts.add(Objects.requireNonNull(contextId, "contextId"));
                case USER -> { }
            }
            return this;
        }

        public Builder legalRepresentative() {
            legalRepresentative = true;
            return this;
        }

        public Builder mainAccessManager() {
            mainAccessManager = true;
            return this;
        }

        public Builder localAdministratorOf(String contextId) {
            return appointed(Role.LOCAL_ADMINISTRATOR, contextId);
        }

        /** A right (role id) the actor holds, valid now, in a context. */
        public Builder holds(String rightId, String contextId) {
            heldRights.computeIfAbsent(Objects.requireNonNull(rightId, "rightId"), k -> new HashSet<>())
                    .add(Objects.requireNonNull(contextId, "contextId"));
            return this;
        }

        /** The actor holds a view-only right (CardViewer) in this context: may view it and below. */
        public Builder viewOnlyIn(String contextId) {
            viewOnlyContexts.add(Objects.requireNonNull(contextId, "contextId"));
            return this;
        }

        public Actor build() {
            return new Actor(this);
        }
    }
}
