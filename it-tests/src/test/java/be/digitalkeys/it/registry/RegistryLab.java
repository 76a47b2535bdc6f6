package be.digitalkeys.it.registry;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.PostgresRegistry;
import be.digitalkeys.it.support.TestEnvironment;
import jakarta.ws.rs.core.Response;
import org.keycloak.representations.idm.ComponentRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.util.JsonSerialization;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The "registry-lab" test realm (Keycloak's username + password step on our page, brute-force
 * protection on) and the wiring of registries into it through the admin REST API, as an
 * operator does in the admin console.
 */
final class RegistryLab {

    static final String REALM = "registry-lab";
    static final String CLIENT = "registry-app";

    private RegistryLab() {
    }

    static void createRealm(TestEnvironment env) throws Exception {
        if (env.admin().realms().findAll().stream().anyMatch(r -> REALM.equals(r.getRealm()))) {
            env.realm(REALM).remove();
        }
        RealmRepresentation realm;
        try (InputStream json = RegistryLab.class.getResourceAsStream("/registry/registry-lab-realm.json")) {
            realm = JsonSerialization.readValue(json, RealmRepresentation.class);
        }
        realm.getClients().get(0).setRedirectUris(List.of(doneUrl(env)));
        env.admin().realms().create(realm);
    }

    static String doneUrl(TestEnvironment env) {
        return env.baseUrl() + "/realms/" + REALM + "/dk-testing/done";
    }

    /** Settings of a registry over the given tables; {@code jdbcUrl} may point at a proxy. */
    static Map<String, List<String>> settings(PostgresRegistry registry, String jdbcUrl, String mode) {
        Map<String, List<String>> config = new HashMap<>();
        config.put("jdbcUrl", List.of(jdbcUrl));
        config.put("dbUser", List.of(PostgresRegistry.user()));
        config.put("dbPassword", List.of(PostgresRegistry.password()));
        config.put("table", List.of(registry.table()));
        config.put("idColumn", List.of("customer_id"));
        config.put("usernameColumn", List.of("login"));
        config.put("emailColumn", List.of("email"));
        config.put("firstNameColumn", List.of("given_name"));
        config.put("lastNameColumn", List.of("family_name"));
        config.put("nissColumn", List.of("niss"));
        config.put("phoneColumn", List.of("mobile"));
        config.put("localeColumn", List.of("language"));
        config.put("enabledColumn", List.of("active"));
        config.put("passwordColumn", List.of("password_hash"));
        config.put("updatedAtColumn", List.of("updated_at"));
        config.put("cardTable", List.of(registry.cardTable()));
        config.put("cardUserColumn", List.of("customer_id"));
        config.put("cardNumberColumn", List.of("card_number"));
        config.put("mode", List.of(mode));
        config.put("migratePasswords", List.of("true"));
        config.put("connectTimeoutSeconds", List.of("3"));
        config.put("queryTimeoutSeconds", List.of("5"));
        config.put("enabled", List.of("true"));
        config.put("cachePolicy", List.of("NO_CACHE"));
        return config;
    }

    /** Adds a registry as the admin console does (the settings are checked on save); the response says how it went. */
    static Response addRegistry(TestEnvironment env, String name, int priority, Map<String, List<String>> config) {
        ComponentRepresentation component = new ComponentRepresentation();
        component.setName(name);
        component.setProviderId("dk-registry");
        component.setProviderType("org.keycloak.storage.UserStorageProvider");
        component.setParentId(env.realm(REALM).toRepresentation().getId());
        Map<String, List<String>> withPriority = new HashMap<>(config);
        withPriority.put("priority", List.of(String.valueOf(priority)));
        component.setConfig(new org.keycloak.common.util.MultivaluedHashMap<>(withPriority));
        return env.realm(REALM).components().add(component);
    }

    static String idOf(Response created) {
        String location = created.getLocation().toString();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** Starts a login for the lab application; the login form is then on screen. */
    static void openLogin(TestEnvironment env, Browser browser) {
        browser.get(env.baseUrl() + "/realms/" + REALM + "/protocol/openid-connect/auth?client_id=" + CLIENT
                + "&redirect_uri=" + URLEncoder.encode(doneUrl(env), StandardCharsets.UTF_8)
                + "&response_type=code&scope=openid"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256");
    }

    /** True once Keycloak has sent the browser back to the application with a code. */
    static void awaitLoggedIn(TestEnvironment env, Browser browser) {
        browser.waiting().until(ExpectedConditions.urlContains(doneUrl(env) + "?"));
        browser.waiting().until(ExpectedConditions.urlContains("code="));
    }

    /** The user our login methods find for an attribute (test endpoint over be.digitalkeys.common.UserLookup); null when none. */
    static String lookUp(TestEnvironment env, String attribute, String value) throws Exception {
        String token = env.admin().tokenManager().getAccessTokenString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(env.baseUrl() + "/realms/master/dk-testing/lookup?realm=" + REALM
                        + "&attribute=" + attribute + "&value=" + URLEncoder.encode(value, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return null;
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("lookup answered " + response.statusCode() + ": " + response.body());
        }
        @SuppressWarnings("unchecked")
        Map<String, String> body = JsonSerialization.readValue(response.body(), Map.class);
        return body.get("username");
    }
}
