package be.digitalkeys.organisation.login;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import be.digitalkeys.organisation.store.Grant;

/**
 * Which contexts a user may log into a client with, and which of the client's rights each one
 * gives. Pure logic over the store's records (no Keycloak types), so unit tests drive it directly.
 *
 * <p>The rules:
 * <ul>
 *   <li>Only rights of the client being logged into count ({@code clientRightIds}); a right of
 *       another client, even in the same context, neither offers a context nor reaches the token.</li>
 *   <li>A context is offered where the user holds at least one such right <em>directly</em> (the
 *       context named in a grant). Sub-contexts below it are not listed one by one: an organisation
 *       with forty establishments would otherwise offer forty-one lines for one grant.</li>
 *   <li>A right granted in a context applies to the contexts below it, as the access rules treat a
 *       local administrator's subtree and self-grants ("in the same context or one above it"). So
 *       the rights of a chosen context are those granted in it or in any of its ancestors.</li>
 *   <li>Expired grants are absent: the caller passes only valid grants (the store filters them).</li>
 * </ul>
 */
final class ContextRights {

    private final Map<String, Set<String>> direct = new LinkedHashMap<>();
    private final Function<String, List<String>> ancestorIds;

    /**
     * @param validGrants    the user's valid grants in the realm (any client)
     * @param clientRightIds role ids of the client's rights (its roles marked dk-right)
     * @param ancestorIds    context id → ids from the root down to the context itself (inclusive);
     *                       empty when the context no longer exists
     */
    ContextRights(List<Grant> validGrants, Set<String> clientRightIds, Function<String, List<String>> ancestorIds) {
        this.ancestorIds = ancestorIds;
        for (Grant grant : validGrants) {
            if (clientRightIds.contains(grant.rightRoleId())) {
                direct.computeIfAbsent(grant.contextId(), k -> new LinkedHashSet<>()).add(grant.rightRoleId());
            }
        }
    }

    /** Contexts to offer, in the order their first grant came from the store. */
    List<String> offeredContextIds() {
        return new ArrayList<>(direct.keySet());
    }

    /** The client's rights the user has in the context: granted there or above it. Empty when none (or the context is gone). */
    Set<String> rightIdsIn(String contextId) {
        Set<String> rights = new LinkedHashSet<>();
        for (String id : ancestorIds.apply(contextId)) {
            rights.addAll(direct.getOrDefault(id, Set.of()));
        }
        return rights;
    }
}
