package be.digitalkeys.it.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.RolesRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;

/**
 * A realm for the organisations API tests, built from code (fresh on every construction): Organizations on,
 * admin events with details on, the client {@value #PORTAL} with the rights of the titres-services
 * catalogue ({@value #RIGHT}, {@value #CARD_VIEWER} view-only, {@value #SIGNER}), a public client
 * {@value #CLI} with direct access grants and the API's audience for the tests' bearer tokens (and
 * {@value #OTHER_CLI}, the same without the audience), and two organisations with
 * valid enterprise numbers. The API is called as the lab's users through plain HTTP.
 */
public final class OrgApiLab {

    public static final String REALM = "org-api-lab";
    public static final String PORTAL = "titres-services-portal";
    public static final String CLI = "org-lab-cli";
    /** Another client of the realm, without the API's audience: its tokens are not for the API. */
    public static final String OTHER_CLI = "org-lab-other-app";
    public static final String AUDIENCE = "dk-organisations";
    public static final String RIGHT = "TITRES-SERVICES POUR ENTREPRISES AGRÉÉES";
    public static final String CARD_VIEWER = "CardViewer";
    public static final String SIGNER = "Signer";
    public static final String KBO_A = "0812345603";
    public static final String KBO_B = "0202239951";
    public static final String PASSWORD = "Org-lab-password-2026!";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestEnvironment env;
    private final String realmName;
    private final RealmResource realm;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Map<String, String> usernames = new ConcurrentHashMap<>();
    private final String orgA;
    private final String orgB;

    /** An HTTP answer: status and body (JSON when there is one). */
    public record Answer(int status, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (java.io.IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        public String reason() {
            return json().path("reason").asText();
        }
    }

    public OrgApiLab(TestEnvironment env) {
        this(env, REALM);
    }

    /** A lab realm of this name (fresh: an existing one is removed first). */
    public OrgApiLab(TestEnvironment env, String realmName) {
        this.env = env;
        this.realmName = realmName;
        env.admin().realms().findAll().stream().filter(r -> realmName.equals(r.getRealm()))
                .forEach(r -> env.realm(realmName).remove());
        env.admin().realms().create(realm(realmName));
        this.realm = env.realm(realmName);
        UPConfig profile = realm.users().userProfile().getConfiguration();
        profile.setUnmanagedAttributePolicy(UPConfig.UnmanagedAttributePolicy.ENABLED);
        realm.users().userProfile().update(profile);
        this.orgA = organisation("Aide Ménagère Lab A", "lab-a", KBO_A);
        this.orgB = organisation("Nettoyage Lab B", "lab-b", KBO_B);
    }

    private static RealmRepresentation realm(String realmName) {
        RealmRepresentation rep = new RealmRepresentation();
        rep.setRealm(realmName);
        rep.setEnabled(true);
        rep.setOrganizationsEnabled(true);
        rep.setAdminEventsEnabled(true);
        rep.setAdminEventsDetailsEnabled(true);
        ClientRepresentation portal = new ClientRepresentation();
        portal.setClientId(PORTAL);
        portal.setPublicClient(true);
        portal.setStandardFlowEnabled(true);
        portal.setRedirectUris(List.of("http://127.0.0.1:*"));
        ClientRepresentation cli = passwordClient(CLI);
        cli.setProtocolMappers(List.of(audience()));
        rep.setClients(List.of(portal, cli, passwordClient(OTHER_CLI)));
        RolesRepresentation roles = new RolesRepresentation();
        roles.setClient(Map.of(PORTAL, List.of(right(RIGHT, false), right(CARD_VIEWER, true), right(SIGNER, false))));
        rep.setRoles(roles);
        return rep;
    }

    private static ClientRepresentation passwordClient(String clientId) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setPublicClient(true);
        client.setStandardFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(true);
        return client;
    }

    /** The audience mapper the realm exports give the clients that call the API ({@value #AUDIENCE}). */
    private static ProtocolMapperRepresentation audience() {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName("organisations API audience");
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper("oidc-audience-mapper");
        mapper.setConfig(Map.of("included.custom.audience", AUDIENCE, "access.token.claim", "true", "id.token.claim", "false"));
        return mapper;
    }

    private static RoleRepresentation right(String name, boolean viewOnly) {
        RoleRepresentation role = new RoleRepresentation();
        role.setName(name);
        role.setClientRole(true);
        role.setAttributes(viewOnly ? Map.of("dk-right", List.of("true"), "dk-view-only", List.of("true"))
                : Map.of("dk-right", List.of("true")));
        return role;
    }

    private String organisation(String name, String alias, String kbo) {
        OrganizationRepresentation org = new OrganizationRepresentation();
        org.setName(name);
        org.setAlias(alias);
        org.setEnabled(true);
        org.setAttributes(Map.of("dk-kbo", List.of(kbo)));
        OrganizationDomainRepresentation domain = new OrganizationDomainRepresentation();
        domain.setName(alias + ".example");
        org.addDomain(domain);
        try (var response = realm.organizations().create(org)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("organisation not created: " + response.getStatus() + " " + response.readEntity(String.class));
            }
            return id(response.getLocation());
        }
    }

    private static String id(URI location) {
        String path = location.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public String orgA() {
        return orgA;
    }

    public String orgB() {
        return orgB;
    }

    public String realmName() {
        return realmName;
    }

    /** The master administrator's bearer token (a realm administrator here). */
    public String adminToken() {
        return env.admin().tokenManager().getAccessTokenString();
    }

    public RealmResource realmResource() {
        return realm;
    }

    /** A new user with a password (unique username from {@code prefix}); attributes optional. */
    public String user(String prefix, Map<String, List<String>> attributes) {
        String username = prefix + "-" + SEQUENCE.incrementAndGet();
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@org-lab.test");
        user.setEmailVerified(true);
        user.setFirstName(prefix);
        user.setLastName("Lab");
        user.setEnabled(true);
        user.setAttributes(attributes);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType("password");
        password.setValue(PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (var response = realm.users().create(user)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("user not created: " + response.getStatus());
            }
            String id = id(response.getLocation());
            usernames.put(id, username);
            return id;
        }
    }

    /** A new user who is a member of the organisation. */
    public String member(String prefix, String orgId) {
        String userId = user(prefix, null);
        try (var response = realm.organizations().get(orgId).members().addMember(userId)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("member not added: " + response.getStatus());
            }
        }
        return userId;
    }

    /** A member appointed legal representative by the master admin through the API. */
    public String legalRepresentative(String orgId) {
        String userId = member("rep", orgId);
        Answer a = asAdmin("PUT", "/api/organisations/" + orgId + "/legal-representatives/" + userId, null);
        if (a.status() != 200) {
            throw new IllegalStateException("legal representative not set: " + a);
        }
        return userId;
    }

    /** A member appointed main access manager by a new legal representative. */
    public String mainManager(String orgId) {
        String rep = legalRepresentative(orgId);
        String userId = member("main", orgId);
        Answer a = call(rep, "PUT", "/api/organisations/" + orgId + "/main-access-managers/" + userId, null);
        if (a.status() != 200) {
            throw new IllegalStateException("main manager not appointed: " + a);
        }
        return userId;
    }

    /** The organisation's root context id. */
    public String root(String asUserId, String orgId) {
        for (JsonNode c : call(asUserId, "GET", "/api/organisations/" + orgId + "/contexts", null).json()) {
            if ("ORGANISATION".equals(c.path("kind").asText())) {
                return c.path("id").asText();
            }
        }
        throw new AssertionError("no root context");
    }

    /** A new establishment under the root (a fresh valid establishment unit number). */
    public String establishment(String asUserId, String orgId, String name) {
        String parent = root(asUserId, orgId);
        Answer a = call(asUserId, "POST", "/api/organisations/" + orgId + "/contexts",
                Map.of("parentId", parent, "kind", "ESTABLISHMENT", "code", establishmentNumber(), "name", name));
        if (a.status() != 201) {
            throw new IllegalStateException("establishment not created: " + a);
        }
        return a.json().path("id").asText();
    }

    /** Ten digits starting with 2, mod-97 check digits, different on every call. */
    public static String establishmentNumber() {
        long base = 20_000_000L + (System.nanoTime() / 1000 % 9_000_000L) + SEQUENCE.incrementAndGet() * 7L % 1_000_000L;
        return base + String.format("%02d", 97 - base % 97);
    }

    /**
     * A valid national register number, different on every call of this JVM: the call's number
     * gives the birth day (from 1 January 1930) and the serial, so two calls never meet. Born in
     * the 1930s, it never meets the API contract's random numbers (1940 onwards) nor a TEST card.
     */
    public static String niss() {
        int call = SEQUENCE.incrementAndGet();
        java.time.LocalDate birth = java.time.LocalDate.of(1930, 1, 1).plusDays(call / 997);
        long base = Long.parseLong(String.format("%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(),
                birth.getDayOfMonth(), 1 + call % 997));
        return String.format("%09d%02d", base, 97 - base % 97);
    }

    public String username(String userId) {
        return usernames.computeIfAbsent(userId, id -> realm.users().get(id).toRepresentation().getUsername());
    }

    /**
     * A bearer token of the user (password grant on the public test client), cached until 30 s
     * before it expires (a long test, such as the API contract run, outlives one token).
     */
    public String token(String userId) {
        return tokens.compute(userId, (id, cached) -> cached != null && System.currentTimeMillis() < cached.refreshAfter()
                ? cached : passwordGrant(username(id))).value();
    }

    private record Token(String value, long refreshAfter) {
    }

    public void forgetToken(String userId) {
        tokens.remove(userId);
    }

    /** A bearer token of the user from another client of the realm ({@value #OTHER_CLI}, no API audience). */
    public String tokenOfOtherClient(String userId) {
        return passwordGrant(OTHER_CLI, username(userId)).value();
    }

    private Token passwordGrant(String username) {
        return passwordGrant(CLI, username);
    }

    private Token passwordGrant(String clientId, String username) {
        String form = "grant_type=password&client_id=" + clientId + "&username=" + enc(username) + "&password=" + enc(PASSWORD);
        Answer a = send(HttpRequest.newBuilder(URI.create(env.baseUrl() + "/realms/" + realmName + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        if (a.status() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + a);
        }
        long lifetime = a.json().path("expires_in").asLong(60);
        return new Token(a.json().path("access_token").asText(), System.currentTimeMillis() + Math.max(0, lifetime - 30) * 1000);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public String apiBase() {
        return env.baseUrl() + "/realms/" + realmName + "/dk-organisations";
    }

    /** Calls the API as the user (bearer token); {@code body} is serialised to JSON when not null. */
    public Answer call(String userId, String method, String path, Object body) {
        return callWithToken(token(userId), method, path, body);
    }

    /** As the master admin (a realm administrator). */
    public Answer asAdmin(String method, String path, Object body) {
        return callWithToken(adminToken(), method, path, body);
    }

    public Answer callWithToken(String token, String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apiBase() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            String json = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return send(request);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The realm's admin events under {@code organizations/{orgId}/...} and {@code users/...}, newest first. */
    public List<AdminEventRepresentation> adminEvents(String resourcePathPattern) {
        return new ArrayList<>(realm.getAdminEvents(null, null, null, null, null, resourcePathPattern, null, null, null, 0, 1000));
    }
}
