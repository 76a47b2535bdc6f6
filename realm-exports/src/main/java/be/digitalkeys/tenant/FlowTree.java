package be.digitalkeys.tenant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A top-level authentication flow and everything under it, flattened in execution order: one
 * step per execution (level, authenticator or subflow alias and description, requirement,
 * priority, config alias), plus the configs by alias. The same shape is read from a realm
 * representation (the rendered template) and from a running realm, so two trees compare with
 * {@code equals}; {@link #create} builds the representation's tree through the admin API.
 */
final class FlowTree {

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<ObjectNode> steps;
    final Map<String, JsonNode> configs;

    private FlowTree(List<ObjectNode> steps, Map<String, JsonNode> configs) {
        this.steps = steps;
        this.configs = configs;
    }

    /** The tree of {@code topAlias} in a realm representation. */
    static FlowTree of(JsonNode realm, String topAlias) {
        List<ObjectNode> steps = new ArrayList<>();
        Map<String, JsonNode> configs = new LinkedHashMap<>();
        JsonNode top = flow(realm, topAlias);
        steps.add(head(topAlias, top.path("description").asText("")));
        walk(realm, top, 0, steps, configs);
        return new FlowTree(steps, configs);
    }

    private static void walk(JsonNode realm, JsonNode flow, int level, List<ObjectNode> steps, Map<String, JsonNode> configs) {
        for (JsonNode e : executions(flow)) {
            ObjectNode step = JSON.createObjectNode().put("level", level);
            if (e.path("authenticatorFlow").asBoolean()) {
                JsonNode sub = flow(realm, e.path("flowAlias").asText());
                step.put("flow", sub.path("alias").asText()).put("description", sub.path("description").asText(""));
                steps.add(step.put("requirement", e.path("requirement").asText()).put("priority", e.path("priority").asInt()));
                walk(realm, sub, level + 1, steps, configs);
            } else {
                step.put("authenticator", e.path("authenticator").asText());
                step.put("requirement", e.path("requirement").asText()).put("priority", e.path("priority").asInt());
                if (e.hasNonNull("authenticatorConfig")) {
                    String alias = e.path("authenticatorConfig").asText();
                    step.put("config", alias);
                    configs.put(alias, withoutEmpty(config(realm, alias)));
                }
                steps.add(step);
            }
        }
    }

    /** The tree of {@code topAlias} in a running realm, or null when there is no such top-level flow. */
    static FlowTree read(AdminApi api, String realm, String topAlias) {
        String base = "/realms/" + AdminApi.segment(realm) + "/authentication";
        JsonNode top = topLevel(api, realm, topAlias);
        if (top == null) {
            return null;
        }
        List<ObjectNode> steps = new ArrayList<>();
        Map<String, JsonNode> configs = new LinkedHashMap<>();
        steps.add(head(topAlias, top.path("description").asText("")));
        for (JsonNode e : api.get(base + "/flows/" + AdminApi.segment(topAlias) + "/executions")) {
            ObjectNode step = JSON.createObjectNode().put("level", e.path("level").asInt());
            if (e.path("authenticationFlow").asBoolean()) {
                step.put("flow", e.path("displayName").asText()).put("description", e.path("description").asText(""));
            } else {
                step.put("authenticator", e.path("providerId").asText());
            }
            step.put("requirement", e.path("requirement").asText()).put("priority", e.path("priority").asInt());
            if (e.hasNonNull("authenticationConfig")) {
                JsonNode config = api.get(base + "/config/" + AdminApi.segment(e.path("authenticationConfig").asText()));
                step.put("config", config.path("alias").asText());
                configs.put(config.path("alias").asText(), withoutEmpty(config.path("config")));
            }
            steps.add(step);
        }
        return new FlowTree(steps, configs);
    }

    /** Writes new values into the config {@code alias} of the tree of {@code topAlias}. */
    static void updateConfig(AdminApi api, String realm, String topAlias, String alias, JsonNode values) {
        String base = "/realms/" + AdminApi.segment(realm) + "/authentication";
        for (JsonNode e : api.get(base + "/flows/" + AdminApi.segment(topAlias) + "/executions")) {
            if (e.hasNonNull("authenticationConfig")) {
                String id = e.path("authenticationConfig").asText();
                JsonNode config = api.get(base + "/config/" + AdminApi.segment(id));
                if (alias.equals(config.path("alias").asText())) {
                    api.put(base + "/config/" + AdminApi.segment(id), JSON.createObjectNode().put("id", id).put("alias", alias).set("config", values));
                    return;
                }
            }
        }
        throw new AdminApiException("no authenticator config " + alias + " in the flow " + topAlias, 0);
    }

    static JsonNode topLevel(AdminApi api, String realm, String alias) {
        for (JsonNode flow : api.get("/realms/" + AdminApi.segment(realm) + "/authentication/flows")) {
            if (alias.equals(flow.path("alias").asText())) {
                return flow;
            }
        }
        return null;
    }

    /** Creates the representation's tree of {@code topAlias}; configs found in {@code keep} get those values instead of the template's. */
    static void create(AdminApi api, String realm, JsonNode rep, String topAlias, Map<String, JsonNode> keep) {
        JsonNode top = flow(rep, topAlias);
        api.post("/realms/" + AdminApi.segment(realm) + "/authentication/flows", JSON.createObjectNode()
                .put("alias", topAlias).put("description", top.path("description").asText(""))
                .put("providerId", top.path("providerId").asText("basic-flow")).put("topLevel", true).put("builtIn", false));
        addExecutions(api, realm, rep, top, keep);
    }

    private static void addExecutions(AdminApi api, String realm, JsonNode rep, JsonNode flow, Map<String, JsonNode> keep) {
        String base = "/realms/" + AdminApi.segment(realm) + "/authentication";
        String parent = "/flows/" + AdminApi.segment(flow.path("alias").asText()) + "/executions";
        for (JsonNode e : executions(flow)) {
            int priority = e.path("priority").asInt();
            String id;
            JsonNode sub = null;
            if (e.path("authenticatorFlow").asBoolean()) {
                sub = flow(rep, e.path("flowAlias").asText());
                api.post(base + parent + "/flow", JSON.createObjectNode().put("alias", sub.path("alias").asText())
                        .put("type", sub.path("providerId").asText("basic-flow")).put("provider", "registration-page-form")
                        .put("description", sub.path("description").asText("")).put("priority", priority));
                id = executionOfSubflow(api, base + parent, sub.path("alias").asText());
            } else {
                id = api.post(base + parent + "/execution", JSON.createObjectNode()
                        .put("provider", e.path("authenticator").asText()).put("priority", priority));
            }
            api.put(base + parent, JSON.createObjectNode().put("id", id)
                    .put("requirement", e.path("requirement").asText()).put("priority", priority));
            if (e.hasNonNull("authenticatorConfig")) {
                String alias = e.path("authenticatorConfig").asText();
                api.post(base + "/executions/" + id + "/config", JSON.createObjectNode().put("alias", alias)
                        .set("config", keep.getOrDefault(alias, config(rep, alias))));
            }
            if (sub != null) {
                addExecutions(api, realm, rep, sub, keep);
            }
        }
    }

    private static String executionOfSubflow(AdminApi api, String executionsPath, String alias) {
        for (JsonNode e : api.get(executionsPath)) {
            if (e.path("level").asInt() == 0 && e.path("authenticationFlow").asBoolean() && alias.equals(e.path("displayName").asText())) {
                return e.path("id").asText();
            }
        }
        throw new AdminApiException("the subflow " + alias + " was created but its execution is not listed", 0);
    }

    /** Keycloak does not keep configuration entries whose value is empty. */
    private static JsonNode withoutEmpty(JsonNode config) {
        ObjectNode copy = JSON.createObjectNode();
        config.fields().forEachRemaining(f -> {
            if (!f.getValue().asText().isEmpty()) {
                copy.set(f.getKey(), f.getValue());
            }
        });
        return copy;
    }

    private static ObjectNode head(String alias, String description) {
        return JSON.createObjectNode().put("level", -1).put("flow", alias).put("description", description);
    }

    private static List<JsonNode> executions(JsonNode flow) {
        List<JsonNode> list = new ArrayList<>();
        flow.path("authenticationExecutions").forEach(list::add);
        list.sort(Comparator.comparingInt(e -> e.path("priority").asInt()));
        return list;
    }

    private static JsonNode flow(JsonNode realm, String alias) {
        return StreamSupport.stream(realm.path("authenticationFlows").spliterator(), false)
                .filter(f -> alias.equals(f.path("alias").asText())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the template has no flow '" + alias + "'"));
    }

    private static JsonNode config(JsonNode realm, String alias) {
        return StreamSupport.stream(realm.path("authenticatorConfig").spliterator(), false)
                .filter(c -> alias.equals(c.path("alias").asText())).findFirst()
                .map(c -> c.path("config"))
                .orElseThrow(() -> new IllegalStateException("the template has no authenticator config '" + alias + "'"));
    }

    /** Same executions in the same order with the same requirements, priorities and config aliases. */
    boolean sameShape(FlowTree other) {
        return other != null && steps.equals(other.steps);
    }
}
