package be.digitalkeys.organisation.rules;

import java.util.List;
import java.util.Objects;

/**
 * Where a context sits: its organisation and the ids from the organisation's root context down to
 * the context itself ({@code [root, establishment, account]}). The store builds it from the
 * parent links ({@code ContextStore.path}); the rules need nothing else about the tree.
 */
public record ContextPath(String organisationId, List<String> ids) {

    public ContextPath {
        Objects.requireNonNull(organisationId, "organisationId");
        ids = List.copyOf(ids);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("A context path has at least the root context");
        }
    }

    public static ContextPath of(String organisationId, String... idsFromRoot) {
        return new ContextPath(organisationId, List.of(idsFromRoot));
    }

    /** The context itself (last id). */
    public String contextId() {
        return ids.get(ids.size() - 1);
    }

    public String rootId() {
        return ids.get(0);
    }

    /** True when {@code contextId} is this context or one above it. */
    public boolean isAtOrBelow(String contextId) {
        return ids.contains(contextId);
    }
}
