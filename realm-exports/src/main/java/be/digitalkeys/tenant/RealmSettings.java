package be.digitalkeys.tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The realm's own settings the template sets (names, languages, themes, brute force, OTP and
 * password policies, events, the browser-flow binding): everything in the rendered
 * representation but its collections. {@link #differences} compares them with a running realm
 * the way Keycloak stores them (lists as sets, numbers by value, policies without
 * "(undefined)").
 */
final class RealmSettings {

    /** Managed elsewhere (flows, configs, required actions) or set only when the realm is created. */
    static final Set<String> NOT_SETTINGS = Set.of("realm", "id", "authenticationFlows", "authenticatorConfig",
            "requiredActions", "components", "clients", "users", "roles", "groups", "organizations", "attributes",
            "clientScopes", "identityProviders", "smtpServer", "browserFlow");

    private static final ObjectMapper JSON = new ObjectMapper();

    private RealmSettings() {
    }

    /** The settings of {@code desired} whose value differs on the server, with the desired values. */
    static ObjectNode differences(JsonNode desired, JsonNode current) {
        ObjectNode changes = JSON.createObjectNode();
        List<String> fields = new ArrayList<>();
        desired.fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            if (!NOT_SETTINGS.contains(field) && !same(field, desired.get(field), current.get(field))) {
                changes.set(field, desired.get(field));
            }
        }
        return changes;
    }

    static boolean same(String field, JsonNode want, JsonNode have) {
        if (have == null || have.isNull()) {
            return want == null || want.isNull();
        }
        if (want.isArray() && have.isArray()) {
            return texts(want).equals(texts(have));
        }
        if (want.isNumber() && have.isNumber()) {
            return want.asLong() == have.asLong();
        }
        if ("passwordPolicy".equals(field)) {
            return policy(want.asText()).equals(policy(have.asText()));
        }
        return want.equals(have);
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> set = new TreeSet<>();
        array.forEach(item -> set.add(item.isTextual() ? item.asText() : item.toString()));
        return set;
    }

    /** Keycloak returns "notUsername(undefined)" for a policy given as "notUsername". */
    private static String policy(String value) {
        return value.replace("(undefined)", "").replaceAll("\\s+", " ").trim();
    }
}
