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
            }
        }
        droppedActions.removeAll(neededActions);
        removeIf(realm.withArray("requiredActions"), a -> droppedActions.contains(a.path("alias").asText()));
        dropUnusedConfigs(realm);
        return (ObjectNode) fill(realm, placeholders(options), options.languages());
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
