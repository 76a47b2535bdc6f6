package be.digitalkeys.organisation.login;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import be.digitalkeys.organisation.store.ContextKind;
import be.digitalkeys.profile.ProfileChoiceAuthenticator;

/** The context step follows the profile chosen just before it (public-services: belgianIDpro). */
class ContextChoiceProfileTest {

    private static final ContextChoice NOTARY_ROOT = new ContextChoice("c1", "org-n", "Étude Renard", "0765.432.146",
            ContextKind.ORGANISATION, "Étude Renard", null, List.of("NISS requester"));
    private static final ContextChoice NOTARY_OFFICE = new ContextChoice("c2", "org-n", "Étude Renard", "0765.432.146",
            ContextKind.ESTABLISHMENT, "Namur", "2123456789", List.of("NISS requester"));
    private static final ContextChoice BAKERY = new ContextChoice("c3", "org-b", "Boulangerie", "0456.789.133",
            ContextKind.ORGANISATION, "Boulangerie", null, List.of("NISS requester"));
    private static final List<ContextChoice> ALL = List.of(NOTARY_ROOT, NOTARY_OFFICE, BAKERY);

    private static Map<String, String> profile(String kind, String subject) {
        return Map.of(ProfileChoiceAuthenticator.SESSION_KIND, kind, ProfileChoiceAuthenticator.SESSION_SUBJECT, subject);
    }

    @Test
    void actingAsAnOrganisation_offersOnlyItsContexts() {
        assertEquals(List.of(NOTARY_ROOT, NOTARY_OFFICE),
                ContextChoiceAuthenticator.ofChosenProfile(profile("organisation", "0765432146"), ALL));
    }

    @Test
    void actingAsOneself_orAChild_offersNoContext() {
        assertEquals(List.of(), ContextChoiceAuthenticator.ofChosenProfile(profile("self", "88051204622"), ALL));
        assertEquals(List.of(), ContextChoiceAuthenticator.ofChosenProfile(profile("child", "17042118188"), ALL));
    }

    @Test
    void organisationWithoutAContextOfThisClient_offersNone() {
        assertEquals(List.of(), ContextChoiceAuthenticator.ofChosenProfile(profile("organisation", "0202239951"), ALL));
    }

    @Test
    void noProfileStepInTheFlow_offersEveryContext() {
        assertEquals(ALL, ContextChoiceAuthenticator.ofChosenProfile(Map.of(), ALL));
        assertEquals(ALL, ContextChoiceAuthenticator.ofChosenProfile(null, ALL));
    }
}
