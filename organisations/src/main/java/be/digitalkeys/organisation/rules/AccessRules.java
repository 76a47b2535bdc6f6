package be.digitalkeys.organisation.rules;

/**
 * Who may do what in an organisation's access management. Pure logic, no Keycloak types: the
 * REST API and the management page build an {@link Actor} and a {@link Target} from the store
 * and ask before every change (and every listing).
 *
 * <p>The rules of {@link #standard()}:
 * <ul>
 *   <li>Nothing outside one's own organisation ({@link Refusal#OTHER_ORGANISATION}), checked first.</li>
 *   <li>Everyone may view their own rights.</li>
 *   <li>The legal representative appoints and removes main access managers. The legal
 *       representative may also do everything a main access manager does: the registry names
 *       them, and a small company's owner should not have to appoint themself first.</li>
 *   <li>A main access manager appoints and removes local administrators, grants, revokes and
 *       copies any right, creates contexts and views everything in the organisation.</li>
 *   <li>A local administrator of a context does the same for that context and the contexts below
 *       it ({@link Refusal#OUTSIDE_ADMINISTERED_CONTEXTS} elsewhere), but appoints nobody
 *       ({@link Refusal#INSUFFICIENT_ROLE}).</li>
 *   <li>A holder of a view-only right (CardViewer) views people and rights in that context and
 *       below, and changes nothing ({@link Refusal#VIEW_ONLY}).</li>
 *   <li>Granting (or copying) a right to oneself needs that right already, valid, in the same
 *       context or one above it, valid at least as long as the grant asked for (no end date only
 *       from a right held without one) ({@link Refusal#SELF_GRANT_BEYOND_OWN_RIGHTS}), whatever the role.</li>
 *   <li>Appointing the legal representative is not an action here: the registry or a realm admin does it.</li>
 * </ul>
 */
public interface AccessRules {

    Decision decide(Actor actor, Action action, Target target);

    /** The rules above. */
    static AccessRules standard() {
        return new AccessRulesImpl();
    }
}
