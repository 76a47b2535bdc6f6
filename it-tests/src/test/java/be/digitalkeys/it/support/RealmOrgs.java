package be.digitalkeys.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import be.digitalkeys.it.support.OrgApiLab.Answer;

/**
 * Organisations in a demo realm (or a copy of one) for the tests of the realm exports: a fresh
 * organisation per test (its own valid enterprise number), members added by the realm's admin, and
 * the organisations API called with a person's bearer token (one obtained through a real browser
 * login) or as the master admin.
 */
public final class RealmOrgs {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestEnvironment env;
    private final String realmName;
    private final HttpClient http = HttpClient.newHttpClient();

    public RealmOrgs(TestEnvironment env, String realmName) {
        this.env = env;
        this.realmName = realmName;
    }

    /** Ten digits starting with 0, mod-97 check digits on the first eight, different on every call. */
    public static String newKbo() {
        long base = 3_000_000L + (System.nanoTime() / 1000 % 5_000_000L) + SEQUENCE.incrementAndGet() * 13L;
        return String.format("%08d%02d", base, 97 - base % 97);
    }

    /** {@code 0123.456.789}. */
    public static String formatted(String kbo) {
        return kbo.substring(0, 4) + "." + kbo.substring(4, 7) + "." + kbo.substring(7);
    }

    /** A new enabled organisation with the enterprise number in {@code dk-kbo}; its id. */
    public String organisation(String name, String kbo) {
        String alias = "org-" + kbo;
        OrganizationRepresentation org = new OrganizationRepresentation();
        org.setName(name + " " + kbo);
        org.setAlias(alias);
        org.setEnabled(true);
        org.setAttributes(Map.of("dk-kbo", List.of(kbo)));
        OrganizationDomainRepresentation domain = new OrganizationDomainRepresentation();
        domain.setName(alias + ".example");
        org.addDomain(domain);
        try (var response = realm().organizations().create(org)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("organisation not created: " + response.getStatus() + " " + response.readEntity(String.class));
            }
            String path = response.getLocation().getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    public String organisationName(String orgId) {
        return realm().organizations().get(orgId).toRepresentation().getName();
    }

    /** The bank's way: its back office adds the employee to the business customer. */
    public void addMember(String orgId, String userId) {
        try (var response = realm().organizations().get(orgId).members().addMember(userId)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("member not added: " + response.getStatus());
            }
        }
    }

    public RealmResource realm() {
        return env.realm(realmName);
    }

    /** The organisation's root context id, as {@code token}'s holder sees it. */
    public String root(String token, String orgId) {
        Answer contexts = call(token, "GET", "/api/organisations/" + orgId + "/contexts", null);
        if (contexts.status() != 200) {
            throw new AssertionError("contexts: " + contexts);
        }
        for (JsonNode c : contexts.json()) {
            if ("ORGANISATION".equals(c.path("kind").asText())) {
                return c.path("id").asText();
            }
        }
        throw new AssertionError("no root context");
    }

    public Answer asAdmin(String method, String path, Object body) {
        return call(env.admin().tokenManager().getAccessTokenString(), method, path, body);
    }

    /** Calls {@code /realms/{realm}/dk-organisations{path}} with the bearer token; {@code body} as JSON when not null. */
    public Answer call(String token, String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(env.baseUrl() + "/realms/" + realmName + "/dk-organisations" + path))
                .header("Authorization", "Bearer " + token);
        try {
            String json = body == null ? null : JSON.writeValueAsString(body);
            request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
