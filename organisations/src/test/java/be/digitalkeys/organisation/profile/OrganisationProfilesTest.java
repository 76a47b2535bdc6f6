package be.digitalkeys.organisation.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import be.digitalkeys.organisation.profile.OrganisationProfiles.Candidate;
import be.digitalkeys.profile.Profile;

class OrganisationProfilesTest {

    /** 0202.239.951 (Proximus, the KBO's own example) and 0403.170.701. */
    private static final Candidate NOTARY = new Candidate("org-n", "Étude notariale Dubois", "0202239951");
    private static final Candidate BAKERY = new Candidate("org-b", "boulangerie Peeters", "0403.170.701");

    @Test
    void organisation_becomesAProfile_withKboDigitsAsSubject_andFormattedNumberAsDetail() {
        assertEquals(List.of(new Profile("organisation:org-n", Profile.ORGANISATION, "0202239951", "Étude notariale Dubois",
                "0202.239.951")), OrganisationProfiles.of(List.of(NOTARY)));
    }

    @Test
    void severalTiesToOneOrganisation_giveOneProfile() {
        assertEquals(1, OrganisationProfiles.of(List.of(NOTARY, NOTARY, NOTARY)).size());
    }

    @Test
    void profiles_areSortedByName_ignoringCase() {
        assertEquals(List.of("boulangerie Peeters", "Étude notariale Dubois"),
                OrganisationProfiles.of(List.of(NOTARY, BAKERY)).stream().map(Profile::name).toList());
    }

    @Test
    void organisationWithoutOrWithAnInvalidNumber_isNotOffered() {
        assertEquals(List.of(), OrganisationProfiles.of(List.of(new Candidate("x", "No number", null),
                new Candidate("y", "Bad check digits", "0202239952"), new Candidate("z", "Establishment", "2123456789"))));
    }

    @Test
    void organisationWithoutName_isShownByItsNumber() {
        assertEquals("0202.239.951", OrganisationProfiles.of(List.of(new Candidate("org-n", " ", "0202239951"))).get(0).name());
    }

    @Test
    void atMostFiftyProfiles() {
        List<Candidate> many = IntStream.range(0, 60).mapToObj(i -> new Candidate("o" + i, "Org " + i, "0202239951")).toList();
        assertEquals(OrganisationProfiles.MAX_PROFILES, OrganisationProfiles.of(many).size());
    }
}
