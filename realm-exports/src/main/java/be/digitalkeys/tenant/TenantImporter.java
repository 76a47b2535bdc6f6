package be.digitalkeys.tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Brings one tenant's realm to what the rendered template says, idempotently:
 * <ul>
 * <li>no realm yet: POST the whole representation (the same import as a realm file);</li>
 * <li>the realm exists: its browser flow tree is compared (executions, order, requirements,
 *     priorities, config aliases); a different tree is rebuilt, never duplicated (unbind, delete
 *     the old tree, create the new one, bind it), keeping the values of configs whose alias
 *     survives; config values changed on the server are kept and reported; required actions and
 *     realm settings are created or updated where they differ.</li>
 * </ul>
 * Nothing is written when nothing differs.
 */
public final class TenantImporter {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Keycloak's built-in browser flow, bound for the moment a tree is rebuilt. */
    static final String BUILT_IN_BROWSER = "browser";
    private static final String LEVEL = TenantTemplate.LEVEL;

    private final AdminApi api;

    TenantImporter(AdminApi api) {
        this.api = api;
    }

    public ImportReport importTenant(ObjectNode rep, String theme) {
        return importTenant(rep, theme, Set.of());
    }

    /**
     * As {@link #importTenant(ObjectNode, String)}; the configs named in {@code levelConfigs} (keys
     * given a level with {@code --levels}) get the template's {@code level} on the server too.
     */
    public ImportReport importTenant(ObjectNode rep, String theme, Set<String> levelConfigs) {
        String realm = rep.path("realm").asText();
        checkServer(rep, theme);
        ImportReport report = new ImportReport();
        Optional<JsonNode> current = api.find("/realms/" + AdminApi.segment(realm));
        if (current.isEmpty()) {
            api.post("/realms", rep);
            report.created("realm " + realm + " (" + rep.path("authenticationFlows").size() + " flows, "
                    + rep.path("authenticatorConfig").size() + " authenticator configs, "
                    + rep.path("requiredActions").size() + " required actions)");
            return report;
        }
        syncFlows(realm, rep, report, levelConfigs);
        RequiredActions.sync(api, realm, rep.path("requiredActions"), report);
        syncSettings(realm, rep, report);
        return report;
    }

    private void syncFlows(String realm, ObjectNode rep, ImportReport report, Set<String> levelConfigs) {
        String top = rep.path("browserFlow").asText();
        FlowTree want = FlowTree.of(rep, top);
        FlowTree have = FlowTree.read(api, realm, top);
        if (want.sameShape(have)) {
            report.unchanged("flow tree '" + top + "' (" + (want.steps.size() - 1) + " executions)");
            for (Map.Entry<String, JsonNode> config : want.configs.entrySet()) {
                JsonNode server = have.configs.get(config.getKey());
                if (levelConfigs.contains(config.getKey()) && server != null
                        && !config.getValue().path(LEVEL).equals(server.path(LEVEL))) {
                    ObjectNode leveled = ((ObjectNode) server.deepCopy()).set(LEVEL, config.getValue().path(LEVEL));
                    FlowTree.updateConfig(api, realm, top, config.getKey(), leveled);
                    report.updated("authenticator config " + config.getKey() + ": level " + config.getValue().path(LEVEL).asText()
                            + " (--levels)");
                    server = leveled;
                }
                if (!config.getValue().equals(server)) {
                    report.note("authenticator config " + config.getKey() + " differs from the template: kept as changed on the server");
                }
            }
            return;
        }
        Map<String, JsonNode> keep = new java.util.HashMap<>(have == null ? Map.of() : have.configs);
        for (String alias : levelConfigs) {
            if (keep.containsKey(alias) && want.configs.containsKey(alias)) {
                keep.put(alias, ((ObjectNode) keep.get(alias).deepCopy()).set(LEVEL, want.configs.get(alias).path(LEVEL)));
            }
        }
        if (have != null) {
            bindBrowserFlow(realm, BUILT_IN_BROWSER);
            api.delete("/realms/" + AdminApi.segment(realm) + "/authentication/flows/"
                    + AdminApi.segment(FlowTree.topLevel(api, realm, top).path("id").asText()));
        }
        FlowTree.create(api, realm, rep, top, keep);
        bindBrowserFlow(realm, top);
        if (have == null) {
            report.created("flow tree '" + top + "' (" + (want.steps.size() - 1) + " executions)");
        } else {
            report.updated("flow tree '" + top + "' rebuilt (" + describe(have, want) + ")");
        }
    }

    private void bindBrowserFlow(String realm, String alias) {
        api.put("/realms/" + AdminApi.segment(realm), JSON.createObjectNode().put("browserFlow", alias));
    }

    private void syncSettings(String realm, ObjectNode rep, ImportReport report) {
        JsonNode current = api.get("/realms/" + AdminApi.segment(realm));
        ObjectNode changes = RealmSettings.differences(rep, current);
        if (!rep.path("browserFlow").asText().equals(current.path("browserFlow").asText())) {
            changes.put("browserFlow", rep.path("browserFlow").asText());
        }
        if (changes.isEmpty()) {
            report.unchanged("realm settings");
            return;
        }
        api.put("/realms/" + AdminApi.segment(realm), changes);
        List<String> names = new ArrayList<>();
        changes.fieldNames().forEachRemaining(names::add);
        report.updated("realm settings: " + String.join(", ", names));
    }

    /** The theme exists for login, account and e-mail, and every authenticator of the flows is installed. */
    private void checkServer(ObjectNode rep, String theme) {
        JsonNode info = api.get("/serverinfo");
        List<String> missing = new ArrayList<>();
        for (String type : List.of("login", "account", "email")) {
            boolean found = false;
            for (JsonNode t : info.path("themes").path(type)) {
                found |= theme.equals(t.path("name").asText());
            }
            if (!found) {
                missing.add(type);
            }
        }
        if (!missing.isEmpty()) {
            throw new AdminApiException("the theme '" + theme + "' is not installed on the server for " + String.join(", ", missing)
                    + " (copy a theme folder into Keycloak's themes/ or a jar in providers/, see README 'New tenant')", 0);
        }
        JsonNode authenticators = info.path("providers").path("authenticator").path("providers");
        rep.path("authenticationFlows").forEach(flow -> flow.path("authenticationExecutions").forEach(e -> {
            if (e.hasNonNull("authenticator") && !authenticators.has(e.path("authenticator").asText())) {
                throw new AdminApiException("the authenticator " + e.path("authenticator").asText()
                        + " is not installed on the server (are the Digital Keys jars in providers/?)", 0);
            }
        }));
    }

    private static String describe(FlowTree have, FlowTree want) {
        List<String> before = names(have);
        List<String> after = names(want);
        List<String> added = new ArrayList<>(after);
        added.removeAll(before);
        List<String> removed = new ArrayList<>(before);
        removed.removeAll(after);
        String text = (added.isEmpty() ? "" : "added " + added + " ") + (removed.isEmpty() ? "" : "removed " + removed);
        return text.isBlank() ? "executions, requirements or priorities differed" : text.trim();
    }

    private static List<String> names(FlowTree tree) {
        List<String> names = new ArrayList<>();
        tree.steps.stream().filter(s -> s.has("flow") && s.path("level").asInt() >= 0).forEach(s -> names.add(s.path("flow").asText()));
        return names;
    }
}
