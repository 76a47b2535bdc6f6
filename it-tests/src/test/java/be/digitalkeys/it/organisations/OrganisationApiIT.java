package be.digitalkeys.it.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import be.digitalkeys.it.support.Clock;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.OrgApiLab;
import be.digitalkeys.it.support.OrgApiLab.Answer;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.TestSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The organisations and rights API (/realms/{r}/dk-organisations) against a real Keycloak: every
 * rule of the access model as a case, refusals leave nothing changed (checked through the
 * store-backed GETs), cross-organisation attempts, end dates with the clock moved, concurrent
 * grants, find-or-pre-register by national number, admin events, bearer-token authentication and
 * the OpenAPI document.
 */
@ExtendWith(DigitalKeysExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestEnvironment env;
    private final OrgApiLab lab;
    private final String a;
    private final String b;

    OrganisationApiIT(TestEnvironment env) {
        this.env = env;
        this.lab = new OrgApiLab(env);
        this.a = lab.orgA();
        this.b = lab.orgB();
    }

    private static String org(String orgId) {
        return "/api/organisations/" + orgId;
    }

    private Answer grant(String as, String orgId, String userId, String contextId, String right) {
        return lab.call(as, "POST", org(orgId) + "/people/" + userId + "/rights", Map.of("contextId", contextId, "right", right));
    }

    /** The right names the user holds in the organisation, as a main manager (or the admin-set rep) sees them. */
    private List<String> rightsOf(String viewer, String orgId, String userId) {
        Answer answer = lab.call(viewer, "GET", org(orgId) + "/people/" + userId + "/rights", null);
        assertEquals(200, answer.status(), answer.body());
        List<String> rights = new ArrayList<>();
        answer.json().path("rights").forEach(r -> rights.add(r.path("right").asText() + "@" + r.path("contextId").asText()));
        return rights;
    }

    private List<String> rolesOf(String viewer, String orgId, String userId) {
        List<String> roles = new ArrayList<>();
        lab.call(viewer, "GET", org(orgId) + "/people/" + userId + "/rights", null).json().path("roles")
                .forEach(r -> roles.add(r.path("role").asText() + "@" + r.path("contextId").asText()));
        return roles;
    }

    private static void refused(Answer answer, String reason) {
        assertEquals(403, answer.status(), answer.body());
        assertEquals(reason, answer.reason(), answer.body());
    }

    @Test
    void legalRepresentative_appointsAndRemovesMainManager_withAdminEvents() {
        String rep = lab.legalRepresentative(a);
        String root = lab.root(rep, a);
        String user = lab.member("future-main", a);
        Answer appointed = lab.call(rep, "PUT", org(a) + "/main-access-managers/" + user, null);
        assertEquals(200, appointed.status(), appointed.body());
        assertEquals(List.of("MAIN_ACCESS_MANAGER@" + root), rolesOf(rep, a, user));
        assertEquals(200, lab.call(rep, "PUT", org(a) + "/main-access-managers/" + user, null).status(), "idempotent");
        List<AdminEventRepresentation> created = lab.adminEvents("organizations/" + a + "/dk-main-access-managers/" + user);
        assertEquals(1, created.size(), "one event for the appointment, none for the repeat");
        JsonNode rep0 = representation(created.get(0));
        assertEquals("CREATE", created.get(0).getOperationType());
        assertEquals("DK_APPOINTMENT", created.get(0).getResourceType());
        assertEquals(rep, rep0.path("actor").path("id").asText());
        assertEquals(user, rep0.path("targetUser").path("id").asText());
        assertEquals(root, rep0.path("context").path("id").asText());
        assertEquals("MAIN_ACCESS_MANAGER", rep0.path("role").asText());

        assertEquals(204, lab.call(rep, "DELETE", org(a) + "/main-access-managers/" + user, null).status());
        assertEquals(List.of(), rolesOf(rep, a, user));
        assertTrue(lab.adminEvents("organizations/" + a + "/dk-main-access-managers/" + user).stream()
                .anyMatch(e -> "DELETE".equals(e.getOperationType())));
    }

    @Test
    void plainUserAndLocalAdministrator_cannotAppointMainManagers_nothingChanged() {
        String main = lab.mainManager(a);
        String establishment = lab.establishment(main, a, "Charleroi");
        String plain = lab.member("plain", a);
        String local = lab.member("local", a);
        assertEquals(200, lab.call(main, "PUT", org(a) + "/contexts/" + establishment + "/administrators/" + local, null).status());
        String target = lab.member("target", a);

        refused(lab.call(plain, "PUT", org(a) + "/main-access-managers/" + target, null), "NOT_A_MANAGER");
        refused(lab.call(local, "PUT", org(a) + "/main-access-managers/" + target, null), "INSUFFICIENT_ROLE");
        refused(lab.call(main, "PUT", org(a) + "/main-access-managers/" + target, null), "INSUFFICIENT_ROLE");
        refused(lab.call(local, "PUT", org(a) + "/main-access-managers/" + local, null), "INSUFFICIENT_ROLE");
        assertEquals(List.of(), rolesOf(main, a, target), "nothing changed");
        assertEquals(List.of("LOCAL_ADMINISTRATOR@" + establishment), rolesOf(main, a, local), "nothing changed");
        assertEquals(List.of(), lab.adminEvents("organizations/" + a + "/dk-main-access-managers/" + target));
    }

    @Test
    void localAdministrator_grantsInTheirEstablishment_notInASibling_norAtTheRoot() {
        String main = lab.mainManager(a);
        String root = lab.root(main, a);
        String mons = lab.establishment(main, a, "Mons");
        String namur = lab.establishment(main, a, "Namur");
        String local = lab.member("local", a);
        Answer appointed = lab.call(main, "PUT", org(a) + "/contexts/" + mons + "/administrators/" + local, null);
        assertEquals(200, appointed.status(), appointed.body());
        String worker = lab.member("worker", a);

        Answer ok = grant(local, a, worker, mons, OrgApiLab.RIGHT);
        assertEquals(200, ok.status(), ok.body());
        assertEquals(OrgApiLab.RIGHT, ok.json().path("right").asText());
        refused(grant(local, a, worker, namur, OrgApiLab.RIGHT), "OUTSIDE_ADMINISTERED_CONTEXTS");
        refused(grant(local, a, worker, root, OrgApiLab.SIGNER), "OUTSIDE_ADMINISTERED_CONTEXTS");
        refused(lab.call(local, "PUT", org(a) + "/contexts/" + mons + "/administrators/" + worker, null), "INSUFFICIENT_ROLE");
        assertEquals(List.of(OrgApiLab.RIGHT + "@" + mons), rightsOf(main, a, worker), "only the allowed grant exists");

        // The local administrator sees only their establishment's people and rights.
        JsonNode people = lab.call(local, "GET", org(a) + "/people", null).json();
        for (JsonNode person : people) {
            person.path("rights").forEach(r -> assertEquals(mons, r.path("contextId").asText()));
        }
        refused(lab.call(local, "GET", org(a) + "/history", null), "OUTSIDE_ADMINISTERED_CONTEXTS");
    }

    @Test
    void cardViewer_seesButCannotGrant() {
        String main = lab.mainManager(a);
        String root = lab.root(main, a);
        String viewer = lab.member("viewer", a);
        assertEquals(200, grant(main, a, viewer, root, OrgApiLab.CARD_VIEWER).status());
        String worker = lab.member("worker", a);
        assertEquals(200, grant(main, a, worker, root, OrgApiLab.RIGHT).status());

        Answer seen = lab.call(viewer, "GET", org(a) + "/people/" + worker + "/rights", null);
        assertEquals(200, seen.status(), seen.body());
        assertEquals(OrgApiLab.RIGHT, seen.json().path("rights").get(0).path("right").asText());
        assertEquals(200, lab.call(viewer, "GET", org(a) + "/people", null).status());
        refused(grant(viewer, a, worker, root, OrgApiLab.SIGNER), "VIEW_ONLY");
        String grantId = seen.json().path("rights").get(0).path("grantId").asText();
        refused(lab.call(viewer, "DELETE", org(a) + "/people/" + worker + "/rights/" + grantId, null), "VIEW_ONLY");
        assertEquals(List.of(OrgApiLab.RIGHT + "@" + root), rightsOf(main, a, worker), "nothing changed");
    }

    @Test
    void managerOfA_actingOnB_isRefused_andNothingChanges() {
        String mainA = lab.mainManager(a);
        String mainB = lab.mainManager(b);
        String rootB = lab.root(mainB, b);
        String workerB = lab.member("worker-b", b);
        String before = lab.call(mainB, "GET", org(b) + "/people/" + workerB + "/rights", null).body();

        refused(lab.call(mainA, "GET", org(b) + "/people", null), "OTHER_ORGANISATION");
        refused(lab.call(mainA, "GET", org(b) + "/people/" + workerB + "/rights", null), "OTHER_ORGANISATION");
        refused(grant(mainA, b, workerB, rootB, OrgApiLab.RIGHT), "OTHER_ORGANISATION");
        refused(lab.call(mainA, "PUT", org(b) + "/contexts/" + rootB + "/administrators/" + workerB, null), "OTHER_ORGANISATION");
        refused(lab.call(mainA, "GET", org(b) + "/history", null), "OTHER_ORGANISATION");
        // Through A's URL with B's context: the context's organisation decides.
        String workerA = lab.member("worker-a", a);
        refused(grant(mainA, a, workerA, rootB, OrgApiLab.RIGHT), "OTHER_ORGANISATION");
        // B's person through A's URL is not one of A's people.
        assertEquals(404, grant(mainA, a, workerB, lab.root(mainA, a), OrgApiLab.RIGHT).status());

        assertEquals(before, lab.call(mainB, "GET", org(b) + "/people/" + workerB + "/rights", null).body(), "nothing changed");
        assertEquals(List.of(), rightsOf(mainA, a, workerA));
        assertEquals(List.of(), lab.adminEvents("organizations/" + b + "/dk-rights/*").stream()
                .filter(e -> representation(e).path("actor").path("id").asText().equals(mainA)).toList());
    }

    @Test
    void selfGrantBeyondOwnRights_isRefused() {
        String main = lab.mainManager(a);
        String root = lab.root(main, a);
        String gent = lab.establishment(main, a, "Gent");
        refused(grant(main, a, main, root, OrgApiLab.SIGNER), "SELF_GRANT_BEYOND_OWN_RIGHTS");
        assertEquals(List.of(), rightsOf(main, a, main));

        String local = lab.member("local", a);
        lab.call(main, "PUT", org(a) + "/contexts/" + gent + "/administrators/" + local, null);
        assertEquals(200, grant(main, a, local, gent, OrgApiLab.RIGHT).status());
        refused(grant(local, a, local, gent, OrgApiLab.SIGNER), "SELF_GRANT_BEYOND_OWN_RIGHTS");
        assertEquals(200, grant(local, a, local, gent, OrgApiLab.RIGHT).status(), "what one already holds may be granted again");
        assertEquals(List.of(OrgApiLab.RIGHT + "@" + gent), rightsOf(main, a, local));
    }

    @Test
    void grantWithEndDate_isGoneOnceTheClockPassesIt() {
        String main = lab.mainManager(a);
        String root = lab.root(main, a);
        String temp = lab.member("temp", a);
        String until = Instant.now().plusSeconds(3600).toString();
        Answer granted = lab.call(main, "POST", org(a) + "/people/" + temp + "/rights",
                Map.of("contextId", root, "right", OrgApiLab.SIGNER, "validUntil", until));
        assertEquals(200, granted.status(), granted.body());
        assertEquals(List.of(OrgApiLab.SIGNER + "@" + root), rightsOf(main, a, temp));
        String grantId = granted.json().path("grantId").asText();
        assertEquals(granted.json().path("validUntil").asText(), representation(lab.adminEvents(
                "organizations/" + a + "/dk-rights/" + grantId).get(0)).path("validUntil").asText(), "the event carries the end date");
        try (Clock clock = new Clock(env)) {
            clock.shiftSeconds(3700);
            lab.forgetToken(main);
            assertEquals(List.of(), rightsOf(main, a, temp), "expired: gone from the rights view");
        } finally {
            lab.forgetToken(main);
        }
        Answer past = lab.call(main, "POST", org(a) + "/people/" + temp + "/rights",
                Map.of("contextId", root, "right", OrgApiLab.SIGNER, "validUntil", "2001-01-01T00:00:00Z"));
        assertEquals(400, past.status());
        assertEquals("INVALID_VALID_UNTIL", past.reason());
    }

    @Test
    void revoke_isGone_withADeleteEvent() {
        String main = lab.mainManager(a);
        String root = lab.root(main, a);
        String worker = lab.member("worker", a);
        String grantId = grant(main, a, worker, root, OrgApiLab.RIGHT).json().path("grantId").asText();
        Answer revoked = lab.call(main, "DELETE", org(a) + "/people/" + worker + "/rights/" + grantId, null);
        assertEquals(200, revoked.status(), revoked.body());
        assertEquals(List.of(), rightsOf(main, a, worker));
        assertEquals(404, lab.call(main, "DELETE", org(a) + "/people/" + worker + "/rights/" + grantId, null).status());
        List<AdminEventRepresentation> events = lab.adminEvents("organizations/" + a + "/dk-rights/" + grantId);
        // Two events; Keycloak lists them newest first, but two within one millisecond have no defined order.
        assertEquals(java.util.Set.of("DELETE", "CREATE"), events.stream().map(AdminEventRepresentation::getOperationType)
                .collect(java.util.stream.Collectors.toSet()));
        assertEquals(2, events.size());
        JsonNode rep = representation(events.stream().filter(e -> "DELETE".equals(e.getOperationType())).findFirst().orElseThrow());
        assertEquals(main, rep.path("actor").path("id").asText());
        assertEquals(worker, rep.path("targetUser").path("id").asText());
        assertEquals(OrgApiLab.RIGHT, rep.path("right").path("name").asText());
        assertEquals(OrgApiLab.PORTAL, rep.path("right").path("clientId").asText());
        assertEquals(root, rep.path("context").path("id").asText());
        assertFalse(rep.hasNonNull("validUntil"), "no end date");
    }

    @Test
    void copyRights_fromAReferenceUser() {
        String main = lab.mainManager(a);
        String root = lab.root(main, a);
        String liege = lab.establishment(main, a, "Liège");
        String reference = lab.member("reference", a);
        grant(main, a, reference, root, OrgApiLab.RIGHT);
        grant(main, a, reference, liege, OrgApiLab.SIGNER);
        String newcomer = lab.member("newcomer", a);
        Answer copied = lab.call(main, "POST", org(a) + "/people/" + newcomer + "/rights/copy", Map.of("fromUserId", reference));
        assertEquals(200, copied.status(), copied.body());
        assertEquals(2, copied.json().path("copied").size());
        assertEquals(rightsOf(main, a, reference).stream().sorted().toList(), rightsOf(main, a, newcomer).stream().sorted().toList());
        // A local administrator of Liège may not copy the root right: nothing copied.
        String local = lab.member("local", a);
        lab.call(main, "PUT", org(a) + "/contexts/" + liege + "/administrators/" + local, null);
        String other = lab.member("other", a);
        refused(lab.call(local, "POST", org(a) + "/people/" + other + "/rights/copy", Map.of("fromUserId", reference)),
                "OUTSIDE_ADMINISTERED_CONTEXTS");
        assertEquals(List.of(), rightsOf(main, a, other));
    }

    @Test
    void findByNiss_invalidRefused_existingLinked_unknownPreRegisteredOnce() {
        String main = lab.mainManager(a);
        String bad = OrgApiLab.niss();
        bad = bad.substring(0, 9) + String.format("%02d", (Integer.parseInt(bad.substring(9)) + 1) % 100);
        Answer invalid = lab.call(main, "POST", org(a) + "/people", Map.of("niss", bad));
        assertEquals(400, invalid.status());
        assertEquals("INVALID_NISS", invalid.reason());
        assertFalse(invalid.body().contains(bad), "the number is not echoed");

        String existingNiss = OrgApiLab.niss();
        String existing = lab.user("existing", Map.of("niss", List.of(existingNiss)));
        Answer linked = lab.call(main, "POST", org(a) + "/people", Map.of("niss", existingNiss));
        assertEquals(200, linked.status(), linked.body());
        assertEquals(existing, linked.json().path("person").path("userId").asText());
        assertFalse(linked.json().path("linked").asBoolean(), "not yet one of the organisation's people");
        assertFalse(lab.realmResource().organizations().get(a).members().list(-1, -1).stream().anyMatch(u -> u.getId().equals(existing)),
                "finding does not make a member");
        assertEquals(200, lab.call(main, "POST", org(a) + "/people/" + existing + "/rights",
                Map.of("contextId", lab.root(main, a), "right", OrgApiLab.RIGHT)).status(), "the found person may get a right");
        assertTrue(lab.realmResource().organizations().get(a).members().list(-1, -1).stream().anyMatch(u -> u.getId().equals(existing)),
                "the first right makes a member");

        String unknownNiss = OrgApiLab.niss();
        Answer created = lab.call(main, "POST", org(a) + "/people",
                Map.of("niss", unknownNiss.substring(0, 2) + "." + unknownNiss.substring(2, 4) + "." + unknownNiss.substring(4, 6)
                        + "-" + unknownNiss.substring(6, 9) + "." + unknownNiss.substring(9), "firstName", "Nouvelle", "lastName", "Personne"));
        assertEquals(201, created.status(), created.body());
        String newId = created.json().path("person").path("userId").asText();
        UserRepresentation user = lab.realmResource().users().get(newId).toRepresentation();
        assertTrue(user.getUsername().startsWith("niss-"));
        assertFalse(user.getUsername().contains(unknownNiss));
        assertEquals(List.of(unknownNiss), user.getAttributes().get("niss"));
        assertEquals(List.of("true"), user.getAttributes().get("dk-preregistered"));
        assertTrue(lab.realmResource().users().get(newId).credentials().isEmpty(), "no credentials");
        assertFalse(user.isEnabled(), "a placeholder, not an account");
        assertEquals(null, user.getFirstName(), "names typed by a manager are not the account's");
        assertEquals("Nouvelle", created.json().path("person").path("firstName").asText(), "but shown to their organisation");
        Answer again = lab.call(main, "POST", org(a) + "/people", Map.of("niss", unknownNiss));
        assertEquals(200, again.status());
        assertEquals(newId, again.json().path("person").path("userId").asText(), "the same user, no duplicate");
        assertEquals(1, lab.realmResource().users().searchByAttributes("niss:" + unknownNiss).size());
        assertFalse(lab.adminEvents("users/" + newId).isEmpty(), "the pre-registration is an admin event");

        String plain = lab.member("plain", a);
        refused(lab.call(plain, "POST", org(a) + "/people", Map.of("niss", OrgApiLab.niss())), "NOT_A_MANAGER");
        Answer tooLong = lab.call(main, "POST", org(a) + "/people", Map.of("niss", OrgApiLab.niss(), "firstName", "x".repeat(101)));
        assertEquals(400, tooLong.status());
        assertEquals("FIELD_TOO_LONG", tooLong.reason());
    }

    @Test
    void concurrentGrantsOfTheSameRight_endInOneRecord() throws Exception {
        String main = lab.mainManager(a);
        String root = lab.root(main, a);
        String worker = lab.member("busy", a);
        lab.token(main);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<Answer> task = () -> {
                    start.await();
                    return grant(main, a, worker, root, OrgApiLab.RIGHT);
                };
                answers.add(pool.submit(task));
            }
            start.countDown();
            List<String> grantIds = new ArrayList<>();
            for (Future<Answer> f : answers) {
                Answer answer = f.get();
                assertEquals(200, answer.status(), answer.body());
                grantIds.add(answer.json().path("grantId").asText());
            }
            assertEquals(1, grantIds.stream().distinct().count(), grantIds.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(OrgApiLab.RIGHT + "@" + root), rightsOf(main, a, worker));
    }

    @Test
    void legalRepresentative_onlyByARealmAdministrator_orFromTheRegistry() {
        String main = lab.mainManager(a);
        String candidate = lab.member("candidate", a);
        refused(lab.call(main, "PUT", org(a) + "/legal-representatives/" + candidate, null), "NOT_A_REALM_ADMINISTRATOR");
        assertEquals(List.of(), rolesOf(main, a, candidate));

        String registryRep = lab.user("registry-rep", Map.of("dk-legal-representative-of", List.of("0812.345.603")));
        String target = lab.member("appointee", a);
        Answer appointed = lab.call(registryRep, "PUT", org(a) + "/main-access-managers/" + target, null);
        assertEquals(200, appointed.status(), appointed.body());
        refused(lab.call(registryRep, "PUT", org(b) + "/main-access-managers/" + target, null), "OTHER_ORGANISATION");
        JsonNode me = lab.call(registryRep, "GET", "/api/me", null).json();
        assertEquals(a, me.path("organisations").get(0).path("id").asText());
        assertEquals("LEGAL_REPRESENTATIVE", me.path("organisations").get(0).path("roles").get(0).asText());

        Answer removed = lab.asAdmin("DELETE", org(a) + "/legal-representatives/" + candidate, null);
        assertEquals(404, removed.status(), "nothing to remove");
    }

    @Test
    void malformedInput_unknownThings_andLookupByKbo() {
        String main = lab.mainManager(a);
        String root = lab.root(main, a);
        String worker = lab.member("worker", a);
        assertEquals("UNKNOWN_RIGHT", grant(main, a, worker, root, "No such right").reason());
        assertEquals("UNKNOWN_RIGHT", grant(main, a, worker, root, "offline_access").reason(), "a role outside the catalogue");
        assertEquals(400, lab.call(main, "POST", org(a) + "/people/" + worker + "/rights", "{not json").status());
        assertEquals(400, lab.call(main, "POST", org(a) + "/people/" + worker + "/rights",
                Map.of("contextId", root, "right", "x".repeat(300))).status());
        assertEquals(404, lab.call(main, "GET", org("no-such-org") + "/people", null).status());
        assertEquals(404, grant(main, a, worker, "no-such-context", OrgApiLab.RIGHT).status());
        assertEquals(404, lab.call(main, "GET", org(a) + "/people/no-such-user/rights", null).status());
        Answer badKbo = lab.call(main, "GET", "/api/organisations/by-kbo/0812345604", null);
        assertEquals(400, badKbo.status());
        assertEquals("INVALID_KBO", badKbo.reason());
        Answer byKbo = lab.call(main, "GET", "/api/organisations/by-kbo/0812.345.603", null);
        assertEquals(200, byKbo.status(), byKbo.body());
        assertEquals(a, byKbo.json().path("id").asText());
        Answer duplicate = lab.call(main, "POST", org(a) + "/contexts", Map.of("parentId", root, "kind", "UNIT", "code", "U1", "name", "Unit"));
        assertEquals(201, duplicate.status(), duplicate.body());
        assertEquals(409, lab.call(main, "POST", org(a) + "/contexts", Map.of("parentId", root, "kind", "UNIT", "code", "U1", "name", "Unit")).status());
        assertEquals(400, lab.call(main, "POST", org(a) + "/contexts",
                Map.of("parentId", root, "kind", "ESTABLISHMENT", "code", "2123456788", "name", "Bad number")).status());
    }

    @Test
    void noToken_orForgedToken_is401() {
        String main = lab.mainManager(a);
        Answer none = lab.callWithToken(null, "GET", org(a) + "/people", null);
        assertEquals(401, none.status());
        assertEquals("UNAUTHENTICATED", none.reason());
        String token = lab.token(main);
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertEquals(401, lab.callWithToken(forged, "GET", org(a) + "/people", null).status());
        assertEquals(401, lab.callWithToken("not-a-jwt", "GET", "/api/me", null).status());
        assertNotEquals(401, lab.callWithToken(token, "GET", "/api/me", null).status());
    }

    @Test
    void apiDocument_servedByKeycloak_isTheRepositorysOne_andEveryPathAnswers() throws Exception {
        HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(lab.apiBase() + "/openapi.yaml")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, served.statusCode());
        Path file = Path.of(TestSettings.required("dk.realms")).getParent()
                .resolve("organisations/src/main/resources/be/digitalkeys/organisation/dk-organisations-openapi.yaml");
        assertEquals(Files.readString(file), served.body());
        int operations = 0;
        String path = null;
        for (String line : served.body().split("\n")) {
            java.util.regex.Matcher p = java.util.regex.Pattern.compile("^  (/\\S+):$").matcher(line);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^    (get|post|put|delete):").matcher(line);
            if (p.find()) {
                path = p.group(1);
            } else if (line.startsWith("components:")) {
                path = null;
            } else if (path != null && m.find()) {
                String method = m.group(1);
                String concrete = path.replaceAll("\\{[^}]+}", "x1");
                Answer answer = lab.callWithToken(null, method.toUpperCase(), concrete, method.equals("post") ? "{}" : null);
                assertEquals(401, answer.status(), method + " " + path + " answers (authentication first, not 404/405)");
                operations++;
            }
        }
        assertEquals(17, operations);
    }

    private static JsonNode representation(AdminEventRepresentation event) {
        try {
            return JSON.readTree(event.getRepresentation());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
