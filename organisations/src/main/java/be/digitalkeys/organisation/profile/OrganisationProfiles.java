package be.digitalkeys.organisation.profile;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import be.digitalkeys.organisation.kbo.EnterpriseNumber;
import be.digitalkeys.organisation.kbo.InvalidEnterpriseNumberException;
import be.digitalkeys.profile.Profile;

/**
 * Turns the organisations a person is tied to into "act as" profiles. Pure logic (no Keycloak
 * types) so unit tests drive it directly.
 *
 * <ul>
 *   <li>One profile per organisation, however many ties (legal representative, access manager,
 *       several rights): id {@code organisation:<Keycloak organisation id>}, kind
 *       {@link Profile#ORGANISATION}, subject = the enterprise number's ten digits (what relying
 *       parties such as belgianIDpro key on), name = the organisation's name, detail =
 *       {@code 0123.456.789}.</li>
 *   <li>An organisation without a valid enterprise number is not offered: a relying party would
 *       receive a profile with no identifier it knows.</li>
 *   <li>Sorted by name (case-insensitive), then by number; at most {@link #MAX_PROFILES}.</li>
 * </ul>
 */
final class OrganisationProfiles {

    /** An accountant's office may be tied to many clients; the page stays a page. */
    static final int MAX_PROFILES = 50;

    /** An organisation as Keycloak holds it: id, name and the raw value of the attribute {@code dk-kbo}. */
    record Candidate(String organisationId, String name, String kbo) {
    }

    private OrganisationProfiles() {
    }

    static List<Profile> of(List<Candidate> candidates) {
        Map<String, Profile> byId = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            profile(candidate).ifPresent(p -> byId.putIfAbsent(p.id(), p));
        }
        return byId.values().stream()
                .sorted(Comparator.comparing((Profile p) -> p.name().toLowerCase(Locale.ROOT)).thenComparing(Profile::subject))
                .limit(MAX_PROFILES)
                .toList();
    }

    private static Optional<Profile> profile(Candidate candidate) {
        if (candidate.organisationId() == null || candidate.kbo() == null) {
            return Optional.empty();
        }
        EnterpriseNumber number;
        try {
            number = EnterpriseNumber.parse(candidate.kbo());
        } catch (InvalidEnterpriseNumberException e) {
            return Optional.empty();
        }
        String name = candidate.name() == null || candidate.name().isBlank() ? number.formatted() : candidate.name();
        return Optional.of(new Profile(Profile.ORGANISATION + ":" + candidate.organisationId(), Profile.ORGANISATION,
                number.digits(), name, number.formatted()));
    }
}
