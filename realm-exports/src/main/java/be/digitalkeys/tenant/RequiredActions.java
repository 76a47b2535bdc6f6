package be.digitalkeys.tenant;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The template's required actions in a running realm: a missing one is registered (it must be
 * installed on the server), one whose name, enabled flag, default flag or priority differs is
 * updated. Required actions the template does not list are left alone: users may be in the middle
 * of one.
 */
final class RequiredActions {

    private static final String[] COMPARED = {"name", "enabled", "defaultAction", "priority"};

    private RequiredActions() {
    }

    static void sync(AdminApi api, String realm, JsonNode desired, ImportReport report) {
        String base = "/realms/" + AdminApi.segment(realm) + "/authentication";
        Map<String, JsonNode> current = byAlias(api.get(base + "/required-actions"));
        int unchanged = 0;
        for (JsonNode want : desired) {
            String alias = want.path("alias").asText();
            JsonNode have = current.get(alias);
            boolean created = false;
            if (have == null) {
                register(api, base, want);
                have = byAlias(api.get(base + "/required-actions")).get(alias);
                if (have == null) {
                    throw new AdminApiException("required action " + alias + " was registered but is not listed", 0);
                }
                created = true;
            }
            if (!same(want, have)) {
                ObjectNode update = ((ObjectNode) have.deepCopy());
                for (String field : COMPARED) {
                    update.set(field, want.get(field));
                }
                api.put(base + "/required-actions/" + AdminApi.segment(alias), update);
                if (!created) {
                    report.updated("required action " + alias);
                }
            }
            if (created) {
                report.created("required action " + alias);
            } else if (same(want, have)) {
                unchanged++;
            }
        }
        report.unchanged(unchanged + " required actions");
    }

    private static void register(AdminApi api, String base, JsonNode want) {
        String providerId = want.path("providerId").asText();
        boolean installed = false;
        for (JsonNode unregistered : api.get(base + "/unregistered-required-actions")) {
            installed |= providerId.equals(unregistered.path("providerId").asText());
        }
        if (!installed) {
            throw new AdminApiException("the required action " + providerId + " is not installed on the server "
                    + "(are the Digital Keys jars in providers/?)", 0);
        }
        ObjectNode data = want.deepCopy();
        api.post(base + "/register-required-action", data.retain("providerId", "name"));
    }

    private static boolean same(JsonNode want, JsonNode have) {
        for (String field : COMPARED) {
            if (!RealmSettings.same(field, want.get(field), have.get(field))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, JsonNode> byAlias(JsonNode actions) {
        Map<String, JsonNode> map = new HashMap<>();
        actions.forEach(a -> map.put(a.path("alias").asText(), a));
        return map;
    }
}
