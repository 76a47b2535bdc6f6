package be.digitalkeys.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.digitalkeys.lab.eid.TestCitizen;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AuthenticationExecutionExportRepresentation;
import org.keycloak.representations.idm.AuthenticationFlowRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.RolesRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * A realm for the organisation-context tests (ContextChoiceIT): the public-services export under
 * another name, without its users, with Organizations on, a service client {@link #CLIENT} whose
 * catalogue has {@link #TITRES} and {@link #SIGNER} (dk-right) and a plain role, another client
 * {@link #OTHER} with a right of its own, the dk-org-context-mapper on the service client, and the
 * context step after the identification (SSO cookie or a digital key) in the browser flow.
 * Contexts and grants go straight into the store through the test-only {@code dk-testing-org}
 * endpoint (it-tests/src/main), without the access rules.
 */
public final class OrgLab {

    public static final String REALM = "org-lab";
    public static final String CLIENT = "titres-lab";
    public static final String OTHER = "other-lab";
    public static final String TITRES = "TITRES-SERVICES POUR ENTREPRISES AGRÉÉES";
    public static final String SIGNER = "Signer";
    public static final String OTHER_RIGHT = "CardViewer";
    private static final String BROWSER_FLOW = "dk public-services browser";
    private static final String KEYS_FLOW = "dk public-services keys";
    private static final String IDENTIFY_FLOW = "dk org identify";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestEnvironment env;
    private final RealmResource realm;

    public OrgLab(TestEnvironment env) {
        this.env = env;
        if (env.admin().realms().findAll().stream().noneMatch(r -> REALM.equals(r.getRealm()))) {
            env.admin().realms().create(export());
        }
        this.realm = env.realm(REALM);
    }

    private static RealmRepresentation export() {
        RealmRepresentation rep = RealmCopies.withoutUsers("public-services-realm.json", REALM);
        rep.setOrganizationsEnabled(true);
        List<AuthenticationFlowRepresentation> flows = new ArrayList<>(rep.getAuthenticationFlows());
        for (AuthenticationFlowRepresentation flow : rep.getAuthenticationFlows()) {
            if (KEYS_FLOW.equals(flow.getAlias())) {
                // This lab tests the context step alone: the export's profile choice (which offers the
                // user's organisations) and the context step after it leave the digital-key subflow.
                flow.setAuthenticationExecutions(flow.getAuthenticationExecutions().stream()
                        .filter(e -> !"dk-profile-choice".equals(e.getAuthenticator()) && !"dk-org-context".equals(e.getAuthenticator()))
                        .toList());
            }
            if (BROWSER_FLOW.equals(flow.getAlias())) {
                // Top level: [identify: SSO cookie | digital key] REQUIRED, then the context step REQUIRED,
                // so the step runs at every login to every client, SSO included.
                AuthenticationFlowRepresentation identify = new AuthenticationFlowRepresentation();
                identify.setAlias(IDENTIFY_FLOW);
                identify.setDescription("Single sign-on, or the digital key the user chooses");
                identify.setProviderId("basic-flow");
                identify.setTopLevel(false);
                identify.setBuiltIn(false);
                identify.setAuthenticationExecutions(flow.getAuthenticationExecutions());
                flows.add(identify);
                AuthenticationExecutionExportRepresentation sub = new AuthenticationExecutionExportRepresentation();
                sub.setFlowAlias(IDENTIFY_FLOW);
                sub.setAuthenticatorFlow(true);
                sub.setRequirement("REQUIRED");
                sub.setPriority(10);
                AuthenticationExecutionExportRepresentation step = new AuthenticationExecutionExportRepresentation();
                step.setAuthenticator("dk-org-context");
                step.setAuthenticatorFlow(false);
                step.setRequirement("REQUIRED");
                step.setPriority(20);
                flow.setAuthenticationExecutions(List.of(sub, step));
            }
        }
        rep.setAuthenticationFlows(flows);
        List<ClientRepresentation> clients = new ArrayList<>(rep.getClients());
        clients.add(client(CLIENT, true));
        clients.add(client(OTHER, false));
        rep.setClients(clients);
        RolesRepresentation roles = rep.getRoles() == null ? new RolesRepresentation() : rep.getRoles();
        Map<String, List<RoleRepresentation>> clientRoles = roles.getClient() == null ? new HashMap<>() : new HashMap<>(roles.getClient());
        clientRoles.put(CLIENT, List.of(right(TITRES), right(SIGNER), new RoleRepresentation("plain-role", "not a right", false)));
        clientRoles.put(OTHER, List.of(right(OTHER_RIGHT)));
        roles.setClient(clientRoles);
        rep.setRoles(roles);
        return rep;
    }

    private static RoleRepresentation right(String name) {
        RoleRepresentation role = new RoleRepresentation(name, "right " + name, false);
        role.setClientRole(true);
        role.setAttributes(Map.of("dk-right", List.of("true")));
        return role;
    }

    private static ClientRepresentation client(String clientId, boolean withMapper) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setPublicClient(true);
        client.setStandardFlowEnabled(true);
        client.setRedirectUris(List.of("http://127.0.0.1:*"));
        client.setAttributes(Map.of("pkce.code.challenge.method", "S256"));
        if (withMapper) {
            ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
            mapper.setName("organisation context");
            mapper.setProtocol("openid-connect");
            mapper.setProtocolMapper("dk-org-context-mapper");
            mapper.setConfig(Map.of("claim.name", "dk_org", "access.token.claim", "true", "id.token.claim", "true",
                    "userinfo.token.claim", "true"));
            client.setProtocolMappers(List.of(mapper));
        }
        return client;
    }

    /** A fresh account with the citizen's national number (and attributes); earlier accounts with that number are removed. */
    public String register(TestCitizen citizen, String username, Map<String, List<String>> more) {
        realm.users().searchByAttributes("niss:" + citizen.niss()).forEach(u -> realm.users().get(u.getId()).remove());
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username + "-" + UUID.randomUUID().toString().substring(0, 8));
        user.setEnabled(true);
        Map<String, List<String>> attributes = new HashMap<>(more);
        attributes.put("niss", List.of(citizen.niss()));
        attributes.putIfAbsent("locale", List.of(citizen.locale()));
        user.setAttributes(attributes);
        try (var response = realm.users().create(user)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("user not created: " + response.getStatus());
            }
            String path = response.getLocation().getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    /** A Keycloak Organization with the enterprise number (digits) and its root context: {@code [organizationId, rootContextId]}. */
    public String[] organisation(String name, String kboDigits) {
        OrganizationRepresentation org = new OrganizationRepresentation();
        String unique = name + " " + UUID.randomUUID().toString().substring(0, 6);
        org.setName(unique);
        org.setAlias(unique.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
        OrganizationDomainRepresentation domain = new OrganizationDomainRepresentation();
        domain.setName(org.getAlias() + ".test");
        org.addDomain(domain);
        org.setAttributes(Map.of("dk-kbo", List.of(kboDigits)));
        String id;
        try (var response = realm.organizations().create(org)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("organisation not created: " + response.getStatus() + " " + response.readEntity(String.class));
            }
            String path = response.getLocation().getPath();
            id = path.substring(path.lastIndexOf('/') + 1);
        }
        String root = seed("POST", "context", Map.of("organization", id, "name", unique)).get("id").asText();
        return new String[] {id, root};
    }

    public String organisationName(String organizationId) {
        return realm.organizations().get(organizationId).toRepresentation().getName();
    }

    public String establishment(String parentContextId, String code, String name) {
        return seed("POST", "context", Map.of("parent", parentContextId, "kind", "ESTABLISHMENT", "code", code, "name", name))
                .get("id").asText();
    }

    public void grant(String contextId, String userId, String client, String role) {
        seed("POST", "grant", Map.of("context", contextId, "user", userId, "client", client, "role", role));
    }

    public void grantUntil(String contextId, String userId, String client, String role, long validUntilMillis) {
        seed("POST", "grant", Map.of("context", contextId, "user", userId, "client", client, "role", role,
                "validUntil", String.valueOf(validUntilMillis)));
    }

    public void revoke(String contextId, String userId, String client, String role) {
        seed("DELETE", "grant", Map.of("context", contextId, "user", userId, "client", client, "role", role));
    }

    /** The history actions about the user in the organisation, newest first. */
    public List<String> history(String organizationId, String userId) {
        List<String> actions = new ArrayList<>();
        seed("GET", "history", Map.of("organization", organizationId, "user", userId)).forEach(n -> actions.add(n.asText()));
        return actions;
    }

    /** The language the pages use once the user is known (the account's locale wins over the browser's). */
    public void locale(String userId, String language) {
        UserRepresentation user = realm.users().get(userId).toRepresentation();
        Map<String, List<String>> attributes = new HashMap<>(user.getAttributes() == null ? Map.of() : user.getAttributes());
        attributes.put("locale", List.of(language));
        user.setAttributes(attributes);
        realm.users().get(userId).update(user);
    }

    public UserRepresentation user(String id) {
        return realm.users().get(id).toRepresentation();
    }

    /** A refresh_token grant for {@link #CLIENT}: the token response. */
    public JsonNode refresh(String refreshToken) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(env.baseUrl() + "/realms/" + REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&client_id=" + enc(CLIENT)
                        + "&refresh_token=" + enc(refreshToken))).build();
        return send(request);
    }

    private JsonNode seed(String method, String path, Map<String, String> params) {
        StringBuilder url = new StringBuilder(env.baseUrl() + "/realms/master/dk-testing-org/" + path + "?realm=" + enc(REALM));
        params.forEach((k, v) -> url.append('&').append(k).append('=').append(enc(v)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.toString()))
                .header("Authorization", "Bearer " + env.admin().tokenManager().getAccessTokenString())
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return send(request);
    }

    private static JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(request.method() + " " + request.uri().getPath() + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
