package be.digitalkeys.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import be.digitalkeys.it.support.AppLab;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.OrgApiLab;
import be.digitalkeys.it.support.OrgApiLab.Answer;
import be.digitalkeys.it.support.TestEnvironment;

/**
 * Issue 31: the two JSON APIs keep their published OpenAPI documents under generated input. The
 * requests are derived from the documents themselves (operations, parameters, bodies, their
 * schemas and stated rules), sent over real HTTP to the test Keycloak, and every answer is
 * checked against the document (listed status, body valid against the response schema; a request
 * that breaks the document refused with the right status). Fixed seed by default; the seed is in
 * every failure message; {@code -Ddk.contract.seed=random} (profile {@code contract-deep}) varies it
 * and {@code -Ddk.contract.requests=N} sets the requests per operation (default 200).
 * The server log written meanwhile must hold no stack trace.
 */
@ExtendWith(DigitalKeysExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiContractIT {

    static final String ORG_DOCUMENT = "organisations/src/main/resources/be/digitalkeys/organisation/dk-organisations-openapi.yaml";
    static final String APP_DOCUMENT = "authenticators/src/main/resources/be/digitalkeys/app/dk-app-openapi.yaml";
    static final long DEFAULT_SEED = 20_261_207L;

    private final TestEnvironment env;
    private final OrgApiLab lab;
    private final OrgApiLab foreign;
    private final OrgValues.Lab ids;
    private final ContractDocument orgDocument;
    private final ContractDocument appDocument;
    private final HttpClient http = HttpClient.newHttpClient();

    ApiContractIT(TestEnvironment env) throws IOException {
        this.env = env;
        this.orgDocument = ContractDocument.read(ORG_DOCUMENT);
        this.appDocument = ContractDocument.read(APP_DOCUMENT);
        this.lab = new OrgApiLab(env, "org-contract");
        this.foreign = new OrgApiLab(env, "org-contract-foreign");
        String a = lab.orgA();
        String rep = lab.legalRepresentative(a);
        String plain = lab.member("plain", a);
        String repB = lab.legalRepresentative(lab.orgB());
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            targets.add(lab.member("target", a));
        }
        String root = lab.root(rep, a);
        String establishment = lab.establishment(rep, a, "Namur");
        Answer unit = lab.call(rep, "POST", org(a) + "/contexts", Map.of("parentId", root, "kind", "UNIT", "code", "U-1", "name", "Unité 1"));
        assertEquals(201, unit.status(), unit.body());
        String grant = grant(lab, rep, a, targets.get(0), root);
        String rootB = lab.root(repB, lab.orgB());
        String fa = foreign.orgA();
        String foreignRep = foreign.legalRepresentative(fa);
        String foreignRoot = foreign.root(foreignRep, fa);
        String foreignUser = foreign.member("stranger", fa);
        String foreignGrant = grant(foreign, foreignRep, fa, foreignUser, foreignRoot);
        this.ids = new OrgValues.Lab(a, lab.orgB(), rep, plain, repB, targets, root,
                List.of(root, establishment, unit.json().path("id").asText()), grant, rootB, fa, foreignUser, foreignRoot, foreignGrant);
    }

    private static String grant(OrgApiLab lab, String as, String orgId, String userId, String contextId) {
        Answer granted = lab.call(as, "POST", org(orgId) + "/people/" + userId + "/rights",
                Map.of("contextId", contextId, "right", OrgApiLab.RIGHT));
        assertEquals(200, granted.status(), granted.body());
        return granted.json().path("grantId").asText();
    }

    private static String org(String orgId) {
        return "/api/organisations/" + orgId;
    }

    static long seed() {
        String value = System.getProperty("dk.contract.seed", "");
        if (value.isBlank()) {
            return DEFAULT_SEED;
        }
        return "random".equals(value) ? new java.security.SecureRandom().nextLong() : Long.parseLong(value);
    }

    static int perOperation() {
        String value = System.getProperty("dk.contract.requests", "");
        return value.isBlank() ? 200 : Integer.parseInt(value);
    }

    // ---- generated requests --------------------------------------------------------------------

    @Test
    void organisationsApi_generatedRequests_keepTheDocument() throws IOException {
        assertEquals(17, orgDocument.operations().size());
        ServerLog log = new ServerLog();
        ContractRun run = new ContractRun(orgDocument, new OrgValues(lab, ids), lab.apiBase(), seed()).run(perOperation());
        assertContract(run, "Organisations API", orgDocument, log);
    }

    @Test
    void appApi_generatedRequests_keepTheDocument() throws IOException {
        assertEquals(6, appDocument.operations().size());
        new AppLab(env);
        ServerLog log = new ServerLog();
        ContractRun run = new ContractRun(appDocument, new AppValues(AppLab.REALM), appBase(), seed()).run(perOperation());
        assertContract(run, "App API", appDocument, log);
    }

    private static void assertContract(ContractRun run, String name, ContractDocument document, ServerLog log) throws IOException {
        String summary = run.summary(name);
        System.out.println(summary);
        assertEquals(document.operations().keySet(), run.requests().keySet(), "every operation\n" + summary);
        run.requests().forEach((op, n) -> assertTrue(n >= perOperation(), op + ": " + n + " requests\n" + summary));
        assertEquals(0, run.serverErrors(), "server errors\n" + summary);
        assertEquals(List.of(), run.violations(), "answers breaking the document\n" + summary);
        assertEquals(List.of(), log.tracesSinceMark(), "stack traces or errors in the server log during the run\n" + summary);
    }

    private String appBase() {
        return env.baseUrl() + "/realms/" + AppLab.REALM + "/dk-app";
    }

    // ---- named cases -----------------------------------------------------------------------------

    @Test
    void everyMethodTheDocumentDoesNotList_is405WithAllow_inBothApis() throws Exception {
        new AppLab(env);
        List<String> problems = new ArrayList<>();
        int checked = undocumentedMethods(orgDocument, lab.apiBase(), lab.token(ids.rep()), problems)
                + undocumentedMethods(appDocument, appBase(), null, problems);
        assertEquals(List.of(), problems);
        assertTrue(checked >= 60, checked + " wrong-method requests");
        HttpResponse<String> putMe = send("PUT", lab.apiBase() + "/api/me", lab.token(ids.rep()), null, null);
        assertEquals(405, putMe.statusCode(), putMe.body());
        assertEquals("GET, HEAD", putMe.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> getEnrolments = send("GET", appBase() + "/enrolments", null, null, null);
        assertEquals(405, getEnrolments.statusCode(), getEnrolments.body());
        assertEquals("POST", getEnrolments.headers().firstValue("Allow").orElse(""));
    }

    private int undocumentedMethods(ContractDocument document, String base, String token, List<String> problems) throws Exception {
        int checked = 0;
        for (String path : document.paths()) {
            Set<String> listed = document.methodsOf(path);
            Set<String> allow = new LinkedHashSet<>(listed);
            if (listed.contains("GET")) {
                allow.add("HEAD");
            }
            String concrete = path.replaceAll("\\{[^}]+}", "AAAAAAAAAAAAAAAAAAAAAAAA1");
            for (String method : ContractDocument.httpMethods()) {
                if (listed.contains(method)) {
                    continue;
                }
                HttpResponse<String> answer = send(method, base + concrete, token, method.equals("GET") ? null : "application/json",
                        method.equals("GET") ? null : "{}");
                checked++;
                Set<String> got = new LinkedHashSet<>(List.of(answer.headers().firstValue("Allow").orElse("").split(",\\s*")));
                if (answer.statusCode() != 405 || !got.equals(allow)) {
                    problems.add(method + " " + path + ": " + answer.statusCode() + " Allow " + got + " (expected 405 " + allow + ")");
                }
                document.checkComponentResponse("MethodNotAllowed", 405, answer.headers().firstValue("Content-Type").orElse(null),
                        answer.body()).forEach(p -> problems.add(method + " " + path + ": " + p));
            }
        }
        return checked;
    }

    @Test
    void foreignRealmIds_areUnknown_exactlyLikeMissingOnes() {
        String a = ids.orgA();
        String rep = ids.rep();
        String target = ids.targets().get(1);
        String missing = UUID.randomUUID().toString();
        for (String suffix : List.of("/people", "/contexts", "/history", "/people/" + target + "/rights")) {
            same("GET", org(ids.foreignOrg()) + suffix, org(missing) + suffix, null, "UNKNOWN_ORGANISATION");
        }
        same("POST", org(ids.foreignOrg()) + "/contexts", org(missing) + "/contexts",
                Map.of("parentId", ids.foreignContext(), "kind", "UNIT", "code", "F1", "name", "Foreign"), "UNKNOWN_ORGANISATION");
        same("PUT", org(ids.foreignOrg()) + "/main-access-managers/" + target, org(missing) + "/main-access-managers/" + target, null,
                "UNKNOWN_ORGANISATION");
        same("PUT", org(ids.foreignOrg()) + "/contexts/" + ids.root() + "/administrators/" + target,
                org(missing) + "/contexts/" + ids.root() + "/administrators/" + target, null, "UNKNOWN_ORGANISATION");
        same("POST", org(a) + "/people/" + target + "/rights", org(a) + "/people/" + target + "/rights", "UNKNOWN_CONTEXT",
                Map.of("contextId", ids.foreignContext(), "right", OrgApiLab.RIGHT), Map.of("contextId", missing, "right", OrgApiLab.RIGHT));
        same("PUT", org(a) + "/contexts/" + ids.foreignContext() + "/administrators/" + target,
                org(a) + "/contexts/" + missing + "/administrators/" + target, null, "UNKNOWN_CONTEXT");
        same("POST", org(a) + "/contexts", org(a) + "/contexts", "UNKNOWN_CONTEXT",
                Map.of("parentId", ids.foreignContext(), "kind", "UNIT", "code", "F2", "name", "Foreign"),
                Map.of("parentId", missing, "kind", "UNIT", "code", "F2", "name", "Foreign"));
        same("GET", org(a) + "/people/" + ids.foreignUser() + "/rights", org(a) + "/people/" + missing + "/rights", null, "UNKNOWN_PERSON");
        same("PUT", org(a) + "/main-access-managers/" + ids.foreignUser(), org(a) + "/main-access-managers/" + missing, null, "UNKNOWN_PERSON");
        same("POST", org(a) + "/people/" + target + "/rights/copy", org(a) + "/people/" + target + "/rights/copy", "UNKNOWN_PERSON",
                Map.of("fromUserId", ids.foreignUser()), Map.of("fromUserId", missing));
        same("DELETE", org(a) + "/people/" + target + "/rights/" + ids.foreignGrant(), org(a) + "/people/" + target + "/rights/" + missing,
                null, "UNKNOWN_GRANT");
        Answer foreignUser = lab.asAdmin("PUT", org(a) + "/legal-representatives/" + ids.foreignUser(), null);
        Answer missingUser = lab.asAdmin("PUT", org(a) + "/legal-representatives/" + missing, null);
        assertEquals(404, foreignUser.status(), foreignUser.body());
        assertEquals("UNKNOWN_USER", foreignUser.reason());
        assertEquals(missingUser.body(), foreignUser.body());
        assertEquals(200, lab.call(rep, "GET", org(a) + "/people", null).status(), "the lab still answers");
    }

    private void same(String method, String foreignPath, String missingPath, Object body, String reason) {
        same(method, foreignPath, missingPath, reason, body, body);
    }

    /** The same request with an id of the other realm and with a missing id: the same 404, word for word. */
    private void same(String method, String foreignPath, String missingPath, String reason, Object foreignBody, Object missingBody) {
        Answer foreignAnswer = lab.call(ids.rep(), method, foreignPath, foreignBody);
        Answer missingAnswer = lab.call(ids.rep(), method, missingPath, missingBody);
        assertEquals(404, foreignAnswer.status(), method + " " + foreignPath + ": " + foreignAnswer.body());
        assertEquals(reason, foreignAnswer.reason(), foreignAnswer.body());
        assertEquals(missingAnswer.status(), foreignAnswer.status(), method + " " + foreignPath);
        assertEquals(missingAnswer.body(), foreignAnswer.body(), "another realm's id tells nothing more than a missing one");
    }

    @Test
    void controlCharactersAndOtherBadText_are400_andNothingIsStored() {
        String a = ids.orgA();
        String rep = ids.rep();
        String contextsBefore = lab.call(rep, "GET", org(a) + "/contexts", null).body();
        Map<String, Map<String, Object>> cases = new java.util.LinkedHashMap<>();
        cases.put("CONTROL_CHARACTER", Map.of("parentId", ids.root(), "kind", "UNIT", "code", "\rrL@", "name", "Unit"));
        cases.put("CONTROL_CHARACTER ", Map.of("parentId", ids.root(), "kind", "UNIT", "code", "C1", "name", "\u000f"));
        cases.put("CONTROL_CHARACTER  ", Map.of("parentId", ids.root(), "kind", "ACCOUNT", "code", "A\u0000", "name", "Account"));
        cases.put("BIDI_CONTROL", Map.of("parentId", ids.root(), "kind", "UNIT", "code", "B1", "name", "\u202Egnp.exe"));
        cases.put("UNASSIGNED_CHARACTER", Map.of("parentId", ids.root(), "kind", "UNIT", "code", "U\u0378", "name", "Unit"));
        cases.put("INVISIBLE_CHARACTER", Map.of("parentId", ids.root(), "kind", "UNIT", "code", "I\u200B1", "name", "Unit"));
        cases.put("SURROUNDING_SPACE", Map.of("parentId", ids.root(), "kind", "UNIT", "code", "S1", "name", " Namur"));
        cases.put("RESERVED_CODE", Map.of("parentId", ids.root(), "kind", "UNIT", "code", "root", "name", "Root unit"));
        cases.put("RESERVED_CODE ", Map.of("parentId", ids.root(), "kind", "ACCOUNT", "code", "ROOT", "name", "Root account"));
        cases.forEach((reason, body) -> {
            Answer answer = lab.call(rep, "POST", org(a) + "/contexts", body);
            assertEquals(400, answer.status(), body + ": " + answer.body());
            assertEquals(reason.strip(), answer.reason(), answer.body());
            assertEquals(List.of(), orgDocument.check(orgDocument.operations().get("createContext"), answer.status(), "application/json",
                    answer.body()));
        });
        assertEquals(contextsBefore, lab.call(rep, "GET", org(a) + "/contexts", null).body(), "no context stored");

        String niss = OrgValues.niss(new java.util.Random(7)).replaceAll("\\D", "");
        Answer person = lab.call(rep, "POST", org(a) + "/people", Map.of("niss", niss, "firstName", "Jean\u0007", "lastName", "Dupont"));
        assertEquals(400, person.status(), person.body());
        assertEquals("CONTROL_CHARACTER", person.reason());
        assertEquals(List.of(), lab.realmResource().users().searchByAttributes("niss:" + niss), "nobody pre-registered");
        Answer right = lab.call(rep, "POST", org(a) + "/people/" + ids.targets().get(2) + "/rights",
                Map.of("contextId", ids.root(), "right", OrgApiLab.SIGNER + "\u0000"));
        assertEquals(400, right.status(), right.body());
        assertEquals("CONTROL_CHARACTER", right.reason());
    }

    @Test
    void outOfRangePaging_is400_notClamped() {
        String history = org(ids.orgA()) + "/history";
        ContractDocument.Op op = orgDocument.operations().get("history");
        for (String query : List.of("max=501", "max=0", "max=-1", "first=-5", "max=abc", "first=x", "max=99999999999", "max=", "first=1.5",
                "max=%205")) {
            Answer answer = lab.call(ids.rep(), "GET", history + "?" + query, null);
            assertEquals(400, answer.status(), query + ": " + answer.body());
            assertEquals("INVALID_PAGING", answer.reason(), query);
            assertEquals(List.of(), orgDocument.check(op, 400, "application/json", answer.body()), query);
        }
        for (String query : List.of("", "?max=500", "?first=0&max=1", "?first=2147483647")) {
            Answer answer = lab.call(ids.rep(), "GET", history + query, null);
            assertEquals(200, answer.status(), query + ": " + answer.body());
            assertEquals(List.of(), orgDocument.check(op, 200, "application/json", answer.body()), query);
        }
        assertEquals(1, lab.call(ids.rep(), "GET", history + "?max=1", null).json().size(), "max=1 is one entry");
    }

    private HttpResponse<String> send(String method, String url, String token, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
