package be.digitalkeys.organisation.rules;

/** The rules documented on {@link AccessRules}. */
final class AccessRulesImpl implements AccessRules {

    @Override
    public Decision decide(Actor actor, Action action, Target target) {
        ContextPath path = target.context();
        if (!actor.organisationId().equals(path.organisationId())) {
            return Decision.refused(Refusal.OTHER_ORGANISATION);
        }
        if (action == Action.VIEW_RIGHTS && target.userId().filter(actor.userId()::equals).isPresent()) {
            return Decision.allowed();
        }
        boolean organisationWide = actor.isLegalRepresentative() || actor.isMainAccessManager();
        return switch (action) {
            case APPOINT_MAIN_MANAGER, REMOVE_MAIN_MANAGER ->
                    actor.isLegalRepresentative() ? Decision.allowed() : refuseRole(actor);
            case APPOINT_LOCAL_ADMINISTRATOR, REMOVE_LOCAL_ADMINISTRATOR ->
                    organisationWide ? Decision.allowed() : refuseRole(actor);
            case VIEW_PEOPLE, VIEW_RIGHTS -> organisationWide || administers(actor, path) || viewsOnly(actor, path)
                    ? Decision.allowed() : refuseScope(actor);
            case GRANT_RIGHT, COPY_RIGHTS -> organisationWide || administers(actor, path)
                    ? checkSelfGrant(actor, target) : refuseChange(actor);
            case REVOKE_RIGHT, CREATE_CONTEXT -> organisationWide || administers(actor, path)
                    ? Decision.allowed() : refuseChange(actor);
        };
    }

    private static boolean administers(Actor actor, ContextPath path) {
        return actor.administeredContexts().stream().anyMatch(path::isAtOrBelow);
    }

    private static boolean viewsOnly(Actor actor, ContextPath path) {
        return actor.viewOnlyContexts().stream().anyMatch(path::isAtOrBelow);
    }

    /** The action needs a higher role than the actor's. */
    private static Decision refuseRole(Actor actor) {
        return Decision.refused(actor.isManager() ? Refusal.INSUFFICIENT_ROLE : notAManager(actor));
    }

    /** A view the actor's contexts do not cover. */
    private static Decision refuseScope(Actor actor) {
        return Decision.refused(actor.isManager() || !actor.viewOnlyContexts().isEmpty()
                ? Refusal.OUTSIDE_ADMINISTERED_CONTEXTS : Refusal.NOT_A_MANAGER);
    }

    /** A change the actor may not make here. */
    private static Decision refuseChange(Actor actor) {
        return Decision.refused(actor.isManager() ? Refusal.OUTSIDE_ADMINISTERED_CONTEXTS : notAManager(actor));
    }

    /** No appointment: a view-only holder is told they only view, anyone else that they manage nothing. */
    private static Refusal notAManager(Actor actor) {
        return actor.viewOnlyContexts().isEmpty() ? Refusal.NOT_A_MANAGER : Refusal.VIEW_ONLY;
    }

    private static Decision checkSelfGrant(Actor actor, Target target) {
        boolean toSelf = target.userId().filter(actor.userId()::equals).isPresent();
        if (!toSelf) {
            return Decision.allowed();
        }
        // Held there or above, and at least as long as the grant asked for: a right held until a date
        // cannot be re-granted to oneself without one, or with a later one.
        boolean alreadyHeld = target.rightId()
                .filter(right -> actor.heldUntil(right, target.context()) >= target.validUntil()).isPresent();
        return alreadyHeld ? Decision.allowed() : Decision.refused(Refusal.SELF_GRANT_BEYOND_OWN_RIGHTS);
    }
}
