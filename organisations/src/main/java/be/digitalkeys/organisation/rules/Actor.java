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
    /** Right id -> context id -> end of validity (epoch ms; {@link #NO_END} when the right has none). */
    private final Map<String, Map<String, Long>> heldRights;
    private final Set<String> viewOnlyContexts;

    private Actor(Builder b) {
        this.userId = b.userId;
        this.organisationId = b.organisationId;
        this.legalRepresentative = b.legalRepresentative;
        this.mainAccessManager = b.mainAccessManager;
        this.administeredContexts = Set.copyOf(b.administeredContexts);
        Map<String, Map<String, Long>> rights = new HashMap<>();
        b.heldRights.forEach((right, contexts) -> rights.put(right, Map.copyOf(contexts)));
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

    /** End of validity of a right held without an end date. */
    public static final long NO_END = Long.MAX_VALUE;

    /** True when the actor holds {@code rightId} in the context of {@code path} or in one above it. */
    public boolean holds(String rightId, ContextPath path) {
        return heldUntil(rightId, path) > Long.MIN_VALUE;
    }

    /**
     * Until when the actor holds {@code rightId} in the context of {@code path} (there or above it):
     * the latest end among those grants, {@link #NO_END} for one without an end date,
     * {@link Long#MIN_VALUE} when they do not hold it there.
     */
    public long heldUntil(String rightId, ContextPath path) {
        Map<String, Long> contexts = heldRights.get(rightId);
        if (contexts == null) {
            return Long.MIN_VALUE;
        }
        return path.ids().stream().map(contexts::get).filter(Objects::nonNull).mapToLong(Long::longValue)
                .max().orElse(Long.MIN_VALUE);
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
        private final Map<String, Map<String, Long>> heldRights = new HashMap<>();
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

        /** A right (role id) the actor holds, valid now, in a context, without an end date. */
        public Builder holds(String rightId, String contextId) {
            return holds(rightId, contextId, NO_END);
        }

        /** A right (role id) the actor holds, valid now, in a context, until {@code validUntilMillis} (epoch ms, or {@link #NO_END}). */
        public Builder holds(String rightId, String contextId, long validUntilMillis) {
            heldRights.computeIfAbsent(Objects.requireNonNull(rightId, "rightId"), k -> new HashMap<>())
                    .merge(Objects.requireNonNull(contextId, "contextId"), validUntilMillis, Math::max);
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
