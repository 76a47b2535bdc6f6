package be.digitalkeys.it.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.OrgApiLab;
import be.digitalkeys.it.support.OrgApiLab.Answer;
import be.digitalkeys.it.support.TestEnvironment;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attacks on the organisations API (issue 22), over real HTTP on the lab realm (OrgApiLab):
 * a token the realm issued to another client (no {@value OrgApiLab#AUDIENCE} audience) is refused
 * with 401 and changes nothing; a local administrator holding a right until a date cannot re-grant
 * it to themselves without an end date or with a later one.
 */
@ExtendWith(DigitalKeysExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationApiAttackIT {

    private final OrgApiLab lab;
    private final String a;

    OrganisationApiAttackIT(TestEnvironment env) {
        this.lab = new OrgApiLab(env);
        this.a = lab.orgA();
    }

    private static String org(String id) {
        return "/api/organisations/" + id;
    }

    private Answer grant(String asUser, String userId, String contextId, String right, String validUntil) {
        return lab.call(asUser, "POST", org(a) + "/people/" + userId + "/rights", validUntil == null
                ? Map.of("contextId", contextId, "right", right)
                : Map.of("contextId", contextId, "right", right, "validUntil", validUntil));
    }

    private List<String> rightsOf(String asUser, String userId) {
        List<String> rights = new ArrayList<>();
        for (JsonNode r : lab.call(asUser, "GET", org(a) + "/people/" + userId + "/rights", null).json().path("rights")) {
            rights.add(r.path("right").asText() + "@" + r.path("contextId").asText() + " until " + r.path("validUntil").asText("-"));
        }
        return rights;
    }

    @Test
    void tokenTheRealmIssuedToAnotherClient_isRefused401_andChangesNothing() {
        String main = lab.mainManager(a);
        String root = lab.root(main, a);
        String worker = lab.member("worker", a);
        String foreign = lab.tokenOfOtherClient(main);

        Answer read = lab.callWithToken(foreign, "GET", org(a) + "/people", null);
        assertEquals(401, read.status(), read.body());
        assertEquals("WRONG_AUDIENCE", read.reason());
        Answer write = lab.callWithToken(foreign, "POST", org(a) + "/people/" + worker + "/rights",
                Map.of("contextId", root, "right", OrgApiLab.RIGHT));
        assertEquals(401, write.status(), write.body());
        Answer find = lab.callWithToken(foreign, "POST", org(a) + "/people", Map.of("niss", OrgApiLab.niss()));
        assertEquals(401, find.status(), find.body());
        assertEquals(List.of(), rightsOf(main, worker), "nothing granted");

        assertEquals(200, lab.call(main, "GET", org(a) + "/people", null).status(), "a token issued for the API works");
    }

    @Test
    void localAdministratorHoldingARightUntilADate_cannotGrantItToThemselvesForLonger() {
        String main = lab.mainManager(a);
        String gent = lab.establishment(main, a, "Gent");
        String local = lab.member("local", a);
        assertEquals(200, lab.call(main, "PUT", org(a) + "/contexts/" + gent + "/administrators/" + local, null).status());
        String until = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        Answer held = grant(main, local, gent, OrgApiLab.RIGHT, until);
        assertEquals(200, held.status(), held.body());
        List<String> before = rightsOf(main, local);

        Answer forever = grant(local, local, gent, OrgApiLab.RIGHT, null);
        assertEquals(403, forever.status(), "re-granting oneself the right without an end date: " + forever.body());
        assertEquals("SELF_GRANT_BEYOND_OWN_RIGHTS", forever.reason());
        Answer later = grant(local, local, gent, OrgApiLab.RIGHT,
                Instant.now().plus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        assertEquals(403, later.status(), "re-granting oneself the right until a later date: " + later.body());
        assertEquals("SELF_GRANT_BEYOND_OWN_RIGHTS", later.reason());
        assertEquals(before, rightsOf(main, local), "the end date is unchanged");

        Answer same = grant(local, local, gent, OrgApiLab.RIGHT, until);
        assertEquals(200, same.status(), "the same end date is what one already holds: " + same.body());
        String shorter = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        assertEquals(200, grant(local, local, gent, OrgApiLab.RIGHT, shorter).status(), "a shorter one is allowed");
        assertTrue(rightsOf(main, local).get(0).endsWith(shorter), rightsOf(main, local).toString());
    }
}
