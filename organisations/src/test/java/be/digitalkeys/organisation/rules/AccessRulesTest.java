package be.digitalkeys.organisation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The authorisation rules as a table. Organisation {@code acme}: root context {@code root}, two
 * establishments {@code est1} and {@code est2}, an account {@code acc1} under {@code est1}. The local
 * administrator administers {@code est1}; the card viewer holds a view-only right in {@code est1}.
 * The target user is a colleague (self-grants have their own cases below).
 */
class AccessRulesTest {

    private static final String ORG = "acme";
    private static final String RIGHT = "right-signer";

    /** Who acts in the table. */
    enum ActorKind { LEGAL_REPRESENTATIVE, MAIN_ACCESS_MANAGER, LOCAL_ADMINISTRATOR, CARD_VIEWER, USER }

    /** Where the target context sits, seen from the actor (the local administrator's est1). */
    enum Relation {
        OWN_ROOT(ContextPath.of(ORG, "root")),
        ADMINISTERED(ContextPath.of(ORG, "root", "est1")),
        DESCENDANT_OF_ADMINISTERED(ContextPath.of(ORG, "root", "est1", "acc1")),
        SIBLING(ContextPath.of(ORG, "root", "est2")),
        OTHER_ORGANISATION(ContextPath.of("globex", "globex-root", "globex-est1"));

        final ContextPath path;

        Relation(ContextPath path) {
            this.path = path;
        }
    }

    // role, action | OWN_ROOT, ADMINISTERED, DESCENDANT_OF_ADMINISTERED, SIBLING, OTHER_ORGANISATION
    // A = allowed; otherwise the Refusal. Abbreviations: ROLE = INSUFFICIENT_ROLE, OUT = OUTSIDE_ADMINISTERED_CONTEXTS,
    // NAM = NOT_A_MANAGER, VO = VIEW_ONLY, OTH = OTHER_ORGANISATION.
    private static final String TABLE = """
            LEGAL_REPRESENTATIVE  VIEW_PEOPLE                  A    A    A    A    OTH
            LEGAL_REPRESENTATIVE  VIEW_RIGHTS                  A    A    A    A    OTH
            LEGAL_REPRESENTATIVE  APPOINT_MAIN_MANAGER         A    A    A    A    OTH
            LEGAL_REPRESENTATIVE  REMOVE_MAIN_MANAGER          A    A    A    A    OTH
            LEGAL_REPRESENTATIVE  APPOINT_LOCAL_ADMINISTRATOR  A    A    A    A    OTH
            LEGAL_REPRESENTATIVE  REMOVE_LOCAL_ADMINISTRATOR   A    A    A    A    OTH
            LEGAL_REPRESENTATIVE  GRANT_RIGHT                  A    A    A    A    OTH
            LEGAL_REPRESENTATIVE  REVOKE_RIGHT                 A    A    A    A    OTH
            LEGAL_REPRESENTATIVE  COPY_RIGHTS                  A    A    A    A    OTH
            LEGAL_REPRESENTATIVE  CREATE_CONTEXT               A    A    A    A    OTH
            MAIN_ACCESS_MANAGER   VIEW_PEOPLE                  A    A    A    A    OTH
            MAIN_ACCESS_MANAGER   VIEW_RIGHTS                  A    A    A    A    OTH
            MAIN_ACCESS_MANAGER   APPOINT_MAIN_MANAGER         ROLE ROLE ROLE ROLE OTH
            MAIN_ACCESS_MANAGER   REMOVE_MAIN_MANAGER          ROLE ROLE ROLE ROLE OTH
            MAIN_ACCESS_MANAGER   APPOINT_LOCAL_ADMINISTRATOR  A    A    A    A    OTH
            MAIN_ACCESS_MANAGER   REMOVE_LOCAL_ADMINISTRATOR   A    A    A    A    OTH
            MAIN_ACCESS_MANAGER   GRANT_RIGHT                  A    A    A    A    OTH
            MAIN_ACCESS_MANAGER   REVOKE_RIGHT                 A    A    A    A    OTH
            MAIN_ACCESS_MANAGER   COPY_RIGHTS                  A    A    A    A    OTH
            MAIN_ACCESS_MANAGER   CREATE_CONTEXT               A    A    A    A    OTH
            LOCAL_ADMINISTRATOR   VIEW_PEOPLE                  OUT  A    A    OUT  OTH
            LOCAL_ADMINISTRATOR   VIEW_RIGHTS                  OUT  A    A    OUT  OTH
            LOCAL_ADMINISTRATOR   APPOINT_MAIN_MANAGER         ROLE ROLE ROLE ROLE OTH
            LOCAL_ADMINISTRATOR   REMOVE_MAIN_MANAGER          ROLE ROLE ROLE ROLE OTH
            LOCAL_ADMINISTRATOR   APPOINT_LOCAL_ADMINISTRATOR  ROLE ROLE ROLE ROLE OTH
            LOCAL_ADMINISTRATOR   REMOVE_LOCAL_ADMINISTRATOR   ROLE ROLE ROLE ROLE OTH
            LOCAL_ADMINISTRATOR   GRANT_RIGHT                  OUT  A    A    OUT  OTH
            LOCAL_ADMINISTRATOR   REVOKE_RIGHT                 OUT  A    A    OUT  OTH
            LOCAL_ADMINISTRATOR   COPY_RIGHTS                  OUT  A    A    OUT  OTH
            LOCAL_ADMINISTRATOR   CREATE_CONTEXT               OUT  A    A    OUT  OTH
            CARD_VIEWER           VIEW_PEOPLE                  OUT  A    A    OUT  OTH
            CARD_VIEWER           VIEW_RIGHTS                  OUT  A    A    OUT  OTH
            CARD_VIEWER           APPOINT_MAIN_MANAGER         VO   VO   VO   VO   OTH
            CARD_VIEWER           REMOVE_MAIN_MANAGER          VO   VO   VO   VO   OTH
            CARD_VIEWER           APPOINT_LOCAL_ADMINISTRATOR  VO   VO   VO   VO   OTH
            CARD_VIEWER           REMOVE_LOCAL_ADMINISTRATOR   VO   VO   VO   VO   OTH
            CARD_VIEWER           GRANT_RIGHT                  VO   VO   VO   VO   OTH
            CARD_VIEWER           REVOKE_RIGHT                 VO   VO   VO   VO   OTH
            CARD_VIEWER           COPY_RIGHTS                  VO   VO   VO   VO   OTH
            CARD_VIEWER           CREATE_CONTEXT               VO   VO   VO   VO   OTH
            USER                  VIEW_PEOPLE                  NAM  NAM  NAM  NAM  OTH
            USER                  VIEW_RIGHTS                  NAM  NAM  NAM  NAM  OTH
            USER                  APPOINT_MAIN_MANAGER         NAM  NAM  NAM  NAM  OTH
            USER                  REMOVE_MAIN_MANAGER          NAM  NAM  NAM  NAM  OTH
            USER                  APPOINT_LOCAL_ADMINISTRATOR  NAM  NAM  NAM  NAM  OTH
            USER                  REMOVE_LOCAL_ADMINISTRATOR   NAM  NAM  NAM  NAM  OTH
            USER                  GRANT_RIGHT                  NAM  NAM  NAM  NAM  OTH
            USER                  REVOKE_RIGHT                 NAM  NAM  NAM  NAM  OTH
            USER                  COPY_RIGHTS                  NAM  NAM  NAM  NAM  OTH
            USER                  CREATE_CONTEXT               NAM  NAM  NAM  NAM  OTH
            """;

    private final AccessRules rules = AccessRules.standard();

    /** One case per (actor, action, relation): 5 × 10 × 5 = 250. */
    static Stream<Arguments> table() {
        List<Arguments> cases = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] cells = line.trim().split("\\s+");
            for (Relation relation : Relation.values()) {
                cases.add(Arguments.of(ActorKind.valueOf(cells[0]), Action.valueOf(cells[1]), relation,
                        expected(cells[2 + relation.ordinal()])));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} in {2} -> {3}")
    @MethodSource("table")
    void rulesTable(ActorKind kind, Action action, Relation relation, Decision expected) {
        Target target = Target.in(relation.path).user("colleague").right(RIGHT);
        assertEquals(expected, rules.decide(actor(kind).build(), action, target));
    }

    @Test
    void tableCoversEveryActorKindTimesEveryAction() {
        Set<String> rows = new java.util.HashSet<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] cells = line.trim().split("\\s+");
            assertEquals(7, cells.length, line);
            assertTrue(rows.add(cells[0] + " " + cells[1]), "duplicate row " + line);
        }
        assertEquals(ActorKind.values().length * Action.values().length, rows.size());
        assertEquals(250, table().count());
    }

    // Self-grants: only rights one already holds, in the same context or one above it.

    @Test
    void mainManager_grantsThemselfARightHeldInTheRoot_inASubContext() {
        Actor me = Actor.builder("me", ORG).mainAccessManager().holds(RIGHT, "root").build();
        assertEquals(Decision.allowed(), grantToSelf(me, Relation.DESCENDANT_OF_ADMINISTERED));
    }

    @Test
    void mainManager_grantsThemselfARightTheyDoNotHold_refused() {
        Actor me = Actor.builder("me", ORG).mainAccessManager().build();
        assertEquals(Decision.refused(Refusal.SELF_GRANT_BEYOND_OWN_RIGHTS), grantToSelf(me, Relation.OWN_ROOT));
    }

    @Test
    void legalRepresentative_isNotExemptFromTheSelfGrantRule() {
        Actor me = Actor.builder("me", ORG).legalRepresentative().holds("other-right", "root").build();
        assertEquals(Decision.refused(Refusal.SELF_GRANT_BEYOND_OWN_RIGHTS), grantToSelf(me, Relation.ADMINISTERED));
    }

    @Test
    void rightHeldBelow_doesNotAllowAGrantAbove() {
        Actor me = Actor.builder("me", ORG).localAdministratorOf("est1").holds(RIGHT, "acc1").build();
        assertEquals(Decision.allowed(), grantToSelf(me, Relation.DESCENDANT_OF_ADMINISTERED));
        assertEquals(Decision.refused(Refusal.SELF_GRANT_BEYOND_OWN_RIGHTS), grantToSelf(me, Relation.ADMINISTERED));
    }

    @Test
    void rightHeldInASibling_doesNotCount() {
        Actor me = Actor.builder("me", ORG).mainAccessManager().holds(RIGHT, "est2").build();
        assertEquals(Decision.refused(Refusal.SELF_GRANT_BEYOND_OWN_RIGHTS), grantToSelf(me, Relation.ADMINISTERED));
    }

    @Test
    void copyingRightsToOneself_followsTheSelfGrantRule() {
        Actor me = Actor.builder("me", ORG).mainAccessManager().holds(RIGHT, "est1").build();
        Target mine = Target.in(Relation.ADMINISTERED.path).user("me").right(RIGHT);
        assertEquals(Decision.allowed(), rules.decide(me, Action.COPY_RIGHTS, mine));
        Target other = Target.in(Relation.ADMINISTERED.path).user("me").right("right-niss-requester");
        assertEquals(Decision.refused(Refusal.SELF_GRANT_BEYOND_OWN_RIGHTS), rules.decide(me, Action.COPY_RIGHTS, other));
    }

    // Self-grants and end dates: never longer than one's own right.

    private static final long MAY_1 = 1_777_593_600_000L;
    private static final long JUNE_1 = MAY_1 + 31L * 86_400_000L;

    /** Held until a date, re-granted to oneself with no end, a later end, the same end and an earlier one. */
    static Stream<Arguments> selfGrantEndDates() {
        return Stream.of(
                Arguments.of(MAY_1, null, Decision.refused(Refusal.SELF_GRANT_BEYOND_OWN_RIGHTS)),
                Arguments.of(MAY_1, JUNE_1, Decision.refused(Refusal.SELF_GRANT_BEYOND_OWN_RIGHTS)),
                Arguments.of(MAY_1, MAY_1 + 1, Decision.refused(Refusal.SELF_GRANT_BEYOND_OWN_RIGHTS)),
                Arguments.of(MAY_1, MAY_1, Decision.allowed()),
                Arguments.of(JUNE_1, MAY_1, Decision.allowed()),
                Arguments.of(null, null, Decision.allowed()),
                Arguments.of(null, JUNE_1, Decision.allowed()));
    }

    @ParameterizedTest(name = "held until {0}, asked until {1} -> {2}")
    @MethodSource("selfGrantEndDates")
    void selfGrant_isNeverLongerThanOnesOwnRight(Long heldUntil, Long askedUntil, Decision expected) {
        Actor me = Actor.builder("me", ORG).localAdministratorOf("est1")
                .holds(RIGHT, "est1", heldUntil == null ? Actor.NO_END : heldUntil).build();
        Target target = Target.in(Relation.DESCENDANT_OF_ADMINISTERED.path).user("me").right(RIGHT).until(askedUntil);
        assertEquals(expected, rules.decide(me, Action.GRANT_RIGHT, target));
        assertEquals(expected, rules.decide(me, Action.COPY_RIGHTS, target));
    }

    @Test
    void selfGrant_theLongestOfOnesGrantsOnThePathCounts() {
        Actor me = Actor.builder("me", ORG).mainAccessManager()
                .holds(RIGHT, "root", MAY_1).holds(RIGHT, "est1", JUNE_1).holds(RIGHT, "est2").build();
        Target underEst1 = Target.in(Relation.DESCENDANT_OF_ADMINISTERED.path).user("me").right(RIGHT);
        assertEquals(Decision.allowed(), rules.decide(me, Action.GRANT_RIGHT, underEst1.until(JUNE_1)));
        assertEquals(Decision.refused(Refusal.SELF_GRANT_BEYOND_OWN_RIGHTS), rules.decide(me, Action.GRANT_RIGHT, underEst1),
                "the right without end is held in a sibling, not above");
        assertEquals(Decision.refused(Refusal.SELF_GRANT_BEYOND_OWN_RIGHTS),
                rules.decide(me, Action.GRANT_RIGHT, Target.in(Relation.OWN_ROOT.path).user("me").right(RIGHT).until(JUNE_1)));
    }

    @Test
    void grantToAColleague_mayBeLongerThanTheGrantersOwnRight() {
        Actor me = Actor.builder("me", ORG).localAdministratorOf("est1").holds(RIGHT, "est1", MAY_1).build();
        assertEquals(Decision.allowed(), rules.decide(me, Action.GRANT_RIGHT,
                Target.in(Relation.ADMINISTERED.path).user("colleague").right(RIGHT)));
    }

    @Test
    void selfGrantWithoutANamedRight_isRefused() {
        Actor me = Actor.builder("me", ORG).mainAccessManager().holds(RIGHT, "root").build();
        assertEquals(Decision.refused(Refusal.SELF_GRANT_BEYOND_OWN_RIGHTS),
                rules.decide(me, Action.GRANT_RIGHT, Target.in(Relation.OWN_ROOT.path).user("me")));
    }

    @Test
    void revokingOnesOwnRight_isAllowedToAManager() {
        Actor me = Actor.builder("me", ORG).localAdministratorOf("est1").build();
        assertEquals(Decision.allowed(), rules.decide(me, Action.REVOKE_RIGHT, Target.in(Relation.ADMINISTERED.path).user("me").right(RIGHT)));
    }

    @Test
    void anyoneViewsTheirOwnRights_butNotAnotherOrganisations() {
        Actor me = Actor.builder("me", ORG).build();
        assertEquals(Decision.allowed(), rules.decide(me, Action.VIEW_RIGHTS, Target.in(Relation.OWN_ROOT.path).user("me")));
        assertEquals(Decision.refused(Refusal.NOT_A_MANAGER), rules.decide(me, Action.VIEW_PEOPLE, Target.in(Relation.OWN_ROOT.path).user("me")));
        assertEquals(Decision.refused(Refusal.OTHER_ORGANISATION),
                rules.decide(me, Action.VIEW_RIGHTS, Target.in(Relation.OTHER_ORGANISATION.path).user("me")));
    }

    @Test
    void localAdministratorOfTwoContexts_coversBoth() {
        Actor me = Actor.builder("me", ORG).localAdministratorOf("est1").localAdministratorOf("est2").build();
        for (Relation relation : EnumSet.of(Relation.ADMINISTERED, Relation.SIBLING, Relation.DESCENDANT_OF_ADMINISTERED)) {
            assertTrue(rules.decide(me, Action.GRANT_RIGHT, Target.in(relation.path).user("colleague").right(RIGHT)).isAllowed(), relation.name());
        }
    }

    @Test
    void refusedDecision_throwsItsReason() {
        Decision refused = Decision.refused(Refusal.VIEW_ONLY);
        AccessRefusedException e = assertThrows(AccessRefusedException.class, refused::orThrow);
        assertEquals(Refusal.VIEW_ONLY, e.refusal());
        assertEquals(java.util.Optional.of(Refusal.VIEW_ONLY), refused.refusal());
        assertTrue(Decision.allowed().refusal().isEmpty());
    }

    private Decision grantToSelf(Actor me, Relation relation) {
        return rules.decide(me, Action.GRANT_RIGHT, Target.in(relation.path).user("me").right(RIGHT));
    }

    private static Actor.Builder actor(ActorKind kind) {
        Actor.Builder b = Actor.builder("actor", ORG);
        return switch (kind) {
            case LEGAL_REPRESENTATIVE -> b.legalRepresentative();
            case MAIN_ACCESS_MANAGER -> b.mainAccessManager();
            case LOCAL_ADMINISTRATOR -> b.localAdministratorOf("est1");
            case CARD_VIEWER -> b.viewOnlyIn("est1").holds("right-card-viewer", "est1");
            case USER -> b.holds(RIGHT, "root");
        };
    }

    private static Decision expected(String cell) {
        return switch (cell) {
            case "A" -> Decision.allowed();
            case "ROLE" -> Decision.refused(Refusal.INSUFFICIENT_ROLE);
            case "OUT" -> Decision.refused(Refusal.OUTSIDE_ADMINISTERED_CONTEXTS);
            case "NAM" -> Decision.refused(Refusal.NOT_A_MANAGER);
            case "VO" -> Decision.refused(Refusal.VIEW_ONLY);
            case "OTH" -> Decision.refused(Refusal.OTHER_ORGANISATION);
            default -> throw new IllegalArgumentException("Unknown cell " + cell + "; known: " + Arrays.toString(Refusal.values()));
        };
    }
}
