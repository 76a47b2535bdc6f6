package be.digitalkeys.organisation.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RightsOrderTest {

    /** Ids are arbitrary (random UUIDs in the store), so only names can give the order. */
    private static final Map<String, List<String>> PATHS = Map.of(
            "c9", List.of("Aide Ménagère"),
            "c1", List.of("Aide Ménagère", "Siège de Namur"),
            "c7", List.of("Aide Ménagère", "Agence de Liège"),
            "c3", List.of("Aide Ménagère", "Agence de Liège", "Compte 2"),
            "c5", List.of("Aide Ménagère", "école de Mons"));

    private static Views.RightView right(String grantId, String right, String contextId) {
        List<String> path = PATHS.get(contextId);
        return new Views.RightView(grantId, right, "role-" + right, "portal", false, contextId,
                path.get(path.size() - 1), null, "admin", "2026-01-01T00:00:00Z");
    }

    private static List<String> sorted(List<Views.RightView> rights) {
        return rights.stream().sorted(RightsOrder.byContextPathThenRight(PATHS::get))
                .map(r -> r.right() + " @ " + r.contextName()).toList();
    }

    @Test
    void byContextPath_thenRightName_whateverTheInputOrder() {
        List<Views.RightView> rights = new ArrayList<>(List.of(
                right("g1", "TITRES", "c1"), right("g2", "TITRES", "c7"), right("g3", "Signer", "c7"),
                right("g4", "CardViewer", "c9"), right("g5", "TITRES", "c3"), right("g6", "TITRES", "c5")));
        List<String> expected = List.of("CardViewer @ Aide Ménagère", "Signer @ Agence de Liège", "TITRES @ Agence de Liège",
                "TITRES @ Compte 2", "TITRES @ école de Mons", "TITRES @ Siège de Namur");
        Random random = new Random(19);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(rights, random);
            assertEquals(expected, sorted(rights));
        }
    }

    @Test
    void aContextComesRightBeforeItsSubContexts_andAnAccentedOrLowerCaseNameIsNotPushedToTheEnd() {
        assertEquals(List.of("TITRES @ Agence de Liège", "TITRES @ Compte 2", "TITRES @ école de Mons"),
                sorted(List.of(right("a", "TITRES", "c5"), right("b", "TITRES", "c3"), right("c", "TITRES", "c7"))));
    }

    @Test
    void equalNames_areOrderedByIds_neverLeftToTheDatabase() {
        List<Views.RightView> rights = List.of(right("g2", "TITRES", "c1"), right("g1", "TITRES", "c1"));
        assertEquals(List.of("g1", "g2"), rights.stream().sorted(RightsOrder.byContextPathThenRight(PATHS::get))
                .map(Views.RightView::grantId).toList());
    }
}
