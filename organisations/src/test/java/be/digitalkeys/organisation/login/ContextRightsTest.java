package be.digitalkeys.organisation.login;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import be.digitalkeys.organisation.store.Grant;

class ContextRightsTest {

    private static final String TITRES = "role-titres";
    private static final String SIGNER = "role-signer";
    private static final String OTHER_CLIENT = "role-other";
    /** acme (root) → namur (establishment) → account; beta (root). */
    private static final Map<String, List<String>> TREE = Map.of(
            "acme", List.of("acme"),
            "namur", List.of("acme", "namur"),
            "account", List.of("acme", "namur", "account"),
            "beta", List.of("beta"));

    private static Grant grant(String context, String right) {
        return new Grant("g-" + context + right, "realm", context.equals("beta") ? "org-b" : "org-a", context, "user",
                right, "admin", 0, null);
    }

    private static ContextRights rights(Grant... grants) {
        return new ContextRights(List.of(grants), Set.of(TITRES, SIGNER), id -> TREE.getOrDefault(id, List.of()));
    }

    @Test
    void contextsWithARightOfThisClient_areOffered_inStoreOrder() {
        ContextRights rights = rights(grant("beta", TITRES), grant("namur", SIGNER), grant("namur", TITRES));
        assertEquals(List.of("beta", "namur"), rights.offeredContextIds());
    }

    @Test
    void aRightOfAnotherClient_offersNothing_andIsNeverInTheRights() {
        ContextRights rights = rights(grant("acme", OTHER_CLIENT), grant("namur", SIGNER));
        assertEquals(List.of("namur"), rights.offeredContextIds());
        assertEquals(Set.of(SIGNER), rights.rightIdsIn("namur"));
        assertEquals(Set.of(), rights.rightIdsIn("acme"));
    }

    @Test
    void aRightGrantedAbove_appliesBelow_butNotTheOtherWayRound() {
        ContextRights rights = rights(grant("acme", TITRES), grant("namur", SIGNER));
        assertEquals(Set.of(TITRES, SIGNER), rights.rightIdsIn("namur"));
        assertEquals(Set.of(TITRES, SIGNER), rights.rightIdsIn("account"));
        assertEquals(Set.of(TITRES), rights.rightIdsIn("acme"));
        assertEquals(List.of("acme", "namur"), rights.offeredContextIds(), "sub-contexts are not listed one by one");
    }

    @Test
    void otherOrganisations_doNotLeak_andAGoneContextHasNoRights() {
        ContextRights rights = rights(grant("beta", TITRES), grant("namur", SIGNER));
        assertEquals(Set.of(TITRES), rights.rightIdsIn("beta"));
        assertEquals(Set.of(), rights.rightIdsIn("deleted"));
    }

    @Test
    void noGrants_noContexts() {
        assertEquals(List.of(), rights().offeredContextIds());
    }
}
