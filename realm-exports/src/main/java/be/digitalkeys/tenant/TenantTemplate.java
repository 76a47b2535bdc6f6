package be.digitalkeys.tenant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * tenant-template.json: a realm representation with placeholders whose keys flow holds one
 * conditional subflow per digital key, and a {@code methods} table naming each key's subflow and
 * the required actions it needs. Rendering keeps the enabled keys, drops the other subflows, the
 * authenticator configs and required actions only they use, and fills in the placeholders.
 */
public final class TenantTemplate {

    static final String BUNDLED = "/be/digitalkeys/tenant/tenant-template.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String KEY_CONDITION = "dk-condition-key";
    static final String LEVEL = "level";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[A-Za-z]+}}");

    private final JsonNode template;

    private TenantTemplate(JsonNode template) {
        this.template = template;
    }

    /** The template shipped in the jar, or the given file. */
    public static TenantTemplate load(Path file) {
        try {
            if (file != null) {
                return new TenantTemplate(JSON.readTree(Files.readString(file)));
            }
            try (InputStream in = TenantTemplate.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled template " + BUNDLED + " is missing from the jar");
                }
                return new TenantTemplate(JSON.readTree(in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tenant template " + (file == null ? BUNDLED : file), e);
        }
    }

    /** The digital keys this template offers, in its order. */
    public List<String> methods() {
        List<String> ids = new ArrayList<>();
        template.path("methods").fieldNames().forEachRemaining(ids::add);
        return ids;
    }

    public void checkMethods(List<String> wanted) throws UsageException {
        for (String method : wanted) {
            if (!methods().contains(method)) {
                throw new UsageException("--methods: unknown digital key '" + method + "' (known: " + String.join(", ", methods()) + ")");
            }
        }
    }

    /** The realm representation of this tenant. */
    public ObjectNode render(TenantOptions options) {
        ObjectNode realm = template.path("realm").deepCopy();
        Set<String> neededActions = new HashSet<>();
        Set<String> droppedActions = new HashSet<>();
        for (String method : methods()) {
            JsonNode entry = template.path("methods").path(method);
            Set<String> actions = options.methods().contains(method) ? neededActions : droppedActions;
            entry.path("requiredActions").forEach(a -> actions.add(a.asText()));
            if (!options.methods().contains(method)) {
                dropFlow(realm, entry.path("flow").asText());
            } else if (options.levels().containsKey(method)) {
                setLevel(realm, entry.path("flow").asText(), method, options.levels().get(method));
            }
        }
        droppedActions.removeAll(neededActions);
        removeIf(realm.withArray("requiredActions"), a -> droppedActions.contains(a.path("alias").asText()));
        dropUnusedConfigs(realm);
        return (ObjectNode) fill(realm, placeholders(options), options.languages());
    }

    /**
     * The configs that carry a level given with {@code --levels}: on an existing tenant they are
     * brought to the given level, where other config values changed on the server are kept.
     */
    public Set<String> levelConfigs(TenantOptions options) {
        Set<String> aliases = new HashSet<>();
        JsonNode realm = template.path("realm");
        for (String method : options.levels().keySet()) {
            String flowAlias = template.path("methods").path(method).path("flow").asText();
            for (JsonNode flow : realm.path("authenticationFlows")) {
                if (flowAlias.equals(flow.path("alias").asText())) {
                    for (JsonNode execution : flow.path("authenticationExecutions")) {
                        if (KEY_CONDITION.equals(execution.path("authenticator").asText())) {
                            aliases.add(execution.path("authenticatorConfig").asText());
                        }
                    }
                }
            }
        }
        return aliases;
    }

    /**
     * Gives a key the named level: the {@code level} of its subflow's key condition becomes the
     * number that the realm's {@code acr.loa.map} gives the eIDAS name (the key's own configuration
     * is the only place a key's level is written).
     */
    private static void setLevel(ObjectNode realm, String flowAlias, String method, String levelName) {
        int level = levelNumber(realm, levelName);
        String configAlias = null;
        for (JsonNode flow : realm.withArray("authenticationFlows")) {
            if (flowAlias.equals(flow.path("alias").asText())) {
                for (JsonNode execution : flow.path("authenticationExecutions")) {
                    if (KEY_CONDITION.equals(execution.path("authenticator").asText())) {
                        configAlias = execution.path("authenticatorConfig").asText(null);
                    }
                }
            }
        }
        for (JsonNode config : realm.withArray("authenticatorConfig")) {
            if (configAlias != null && configAlias.equals(config.path("alias").asText())) {
                ((ObjectNode) config.path("config")).put(LEVEL, String.valueOf(level));
                return;
            }
        }
        throw new IllegalStateException("the template's subflow '" + flowAlias + "' of key '" + method + "' has no key condition");
    }

    private static int levelNumber(ObjectNode realm, String levelName) {
        try {
            JsonNode map = JSON.readTree(realm.path("attributes").path("acr.loa.map").asText("{}"));
            for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> acr = it.next();
                if (acr.getKey().endsWith("/" + levelName) && acr.getValue().canConvertToInt()) {
                    return acr.getValue().asInt();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the template's acr.loa.map is not JSON", e);
        }
        throw new IllegalStateException("the template's acr.loa.map names no level '" + levelName + "'");
    }

    private static void dropFlow(ObjectNode realm, String alias) {
        ArrayNode flows = realm.withArray("authenticationFlows");
        removeIf(flows, f -> alias.equals(f.path("alias").asText()));
        flows.forEach(f -> removeIf((ArrayNode) f.withArray("authenticationExecutions"),
                e -> alias.equals(e.path("flowAlias").asText(null))));
    }

    private static void dropUnusedConfigs(ObjectNode realm) {
        Set<String> used = new HashSet<>();
        realm.withArray("authenticationFlows").forEach(f -> f.path("authenticationExecutions")
                .forEach(e -> used.add(e.path("authenticatorConfig").asText(""))));
        removeIf(realm.withArray("authenticatorConfig"), c -> !used.contains(c.path("alias").asText()));
    }

    private static void removeIf(ArrayNode array, java.util.function.Predicate<JsonNode> drop) {
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            if (drop.test(it.next())) {
                it.remove();
            }
        }
    }

    static Map<String, String> placeholders(TenantOptions options) {
        return Map.of("{{name}}", options.name(), "{{displayName}}", options.displayName(),
                "{{displayNameHtml}}", html(options.displayName()), "{{theme}}", options.theme(),
                "{{defaultLanguage}}", options.defaultLanguage());
    }

    private static JsonNode fill(JsonNode node, Map<String, String> values, List<String> languages) {
        if (node.isTextual()) {
            if ("{{languages}}".equals(node.asText())) {
                ArrayNode list = JSON.createArrayNode();
                languages.forEach(list::add);
                return list;
            }
            // One pass, so a display name that contains "{{...}}" is never filled in again.
            return TextNode.valueOf(PLACEHOLDER.matcher(node.asText())
                    .replaceAll(m -> Matcher.quoteReplacement(values.getOrDefault(m.group(), m.group()))));
        }
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, fill(array.get(i), values, languages));
            }
        } else if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> fields = new ArrayList<>();
            object.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                object.set(field, fill(object.get(field), values, languages));
            }
        }
        return node;
    }

    static String html(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
