package be.digitalkeys.dev.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ClaimsViewTest {

    private static Map<String, String> shown(Map<String, Object> claims) {
        return ClaimsView.lines(claims).stream()
                .collect(Collectors.toMap(ClaimsView.Line::claim, ClaimsView.Line::value, (a, b) -> a, LinkedHashMap::new));
    }

    @Test
    void personProfile_showsTheNationalNumberMasked_neverInFull() {
        Map<String, String> lines = shown(Map.of("name", "Sophie Dubois", "acr", "1",
                "dk_profile", Map.of("type", "self", "id", "88051204622", "name", "Sophie Dubois")));
        assertEquals("88.05.12-xxx.xx", lines.get("national_number"));
        assertEquals("88.05.12-xxx.xx", lines.get("dk_profile.id"));
        assertFalse(lines.values().stream().anyMatch(v -> v.contains("04622")), lines.toString());
        assertEquals("1", lines.get("acr"));
        assertEquals("—", lines.get("amr"));
    }

    @Test
    void organisationProfile_keepsTheEnterpriseNumber_andDkOrgIsFlattened() {
        Map<String, String> lines = shown(Map.of("preferred_username", "nathalie.renard",
                "dk_profile", Map.of("type", "organisation", "id", "0765432146", "name", "Étude"),
                "dk_org", Map.of("organisation", Map.of("kbo", "0765.432.146"), "rights", List.of("NISS requester", "X"))));
        assertEquals("0765432146", lines.get("dk_profile.id"));
        assertEquals("—", lines.get("national_number"));
        assertEquals("nathalie.renard", lines.get("name"), "the username when the token has no name");
        assertEquals("0765.432.146", lines.get("dk_org.organisation.kbo"));
        assertEquals("NISS requester, X", lines.get("dk_org.rights"));
    }

    @Test
    void nissClaim_isMasked_andGarbageIsHidden() {
        assertEquals("85.07.30-xxx.xx", ClaimsView.nationalNumber(Map.of("niss", "85.07.30-033.28")));
        assertEquals("•••", ClaimsView.mask("12345"));
        assertEquals("•••", ClaimsView.mask(null));
    }
}
