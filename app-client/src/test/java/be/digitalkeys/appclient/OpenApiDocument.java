package be.digitalkeys.appclient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** The app API's OpenAPI document, read with Jackson YAML, as the operations and schemas the contract test compares. */
final class OpenApiDocument {

    /** Relative to the module directory, where Surefire runs. */
    static final Path PATH = Path.of("../authenticators/src/main/resources/be/digitalkeys/app/dk-app-openapi.yaml");

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final JsonNode root;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    static OpenApiDocument read() throws IOException {
        return new OpenApiDocument(new YAMLMapper().readTree(Files.readString(PATH)));
    }

    /** The url of the first server, e.g. {@code /realms/{realm}/dk-app}. */
    String serverUrl() {
        return root.path("servers").path(0).path("url").asText();
    }

    /** Every operation, by operationId, with the property names of its JSON request body. */
    Map<String, ApiOperation> operations() {
        Map<String, ApiOperation> operations = new LinkedHashMap<>();
        root.path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode operation = path.getValue().get(method);
            if (operation != null) {
                String id = operation.path("operationId").asText();
                Set<String> fields = propertyNames(operation.path("requestBody").path("content").path("application/json").path("schema"));
                ApiOperation previous = operations.put(id, new ApiOperation(id, method.toUpperCase(Locale.ROOT), path.getKey(), fields));
                if (previous != null) {
                    throw new IllegalStateException("operationId used twice: " + id);
                }
            }
        }));
        return operations;
    }

    /** The property names of the 2xx JSON answer of an operation (empty when it has none). */
    Set<String> answerFields(ApiOperation operation) {
        JsonNode responses = root.path("paths").path(operation.pathTemplate()).path(operation.method().toLowerCase(Locale.ROOT)).path("responses");
        Set<String> fields = new HashSet<>();
        responses.fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("2")) {
                fields.addAll(propertyNames(response.getValue().path("content").path("application/json").path("schema")));
            }
        });
        return fields;
    }

    /** The property names of a schema, following {@code $ref} into components/schemas. */
    Set<String> propertyNames(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        Set<String> names = new HashSet<>();
        resolved.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A schema by name under components/schemas. */
    JsonNode schema(String name) {
        return root.path("components").path("schemas").path(name);
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; current.has("$ref"); depth++) {
            String ref = current.get("$ref").asText();
            if (depth > 10 || !ref.startsWith("#/components/schemas/")) {
                throw new IllegalStateException("Cannot resolve " + ref);
            }
            current = schema(ref.substring("#/components/schemas/".length()));
            if (current.isMissingNode()) {
                throw new IllegalStateException("Dangling " + ref);
            }
        }
        return current;
    }

    /**
     * What differs between the client's operations and the document's: each line names the
     * operation and what is wrong; empty when they agree.
     */
    static List<String> differences(List<ApiOperation> client, Map<String, ApiOperation> document) {
        List<String> differences = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (ApiOperation mine : client) {
            used.add(mine.operationId());
            ApiOperation theirs = document.get(mine.operationId());
            if (theirs == null) {
                differences.add(mine.operationId() + ": not in the document");
                continue;
            }
            compare(differences, mine.operationId(), "method", mine.method(), theirs.method());
            compare(differences, mine.operationId(), "path", mine.pathTemplate(), theirs.pathTemplate());
            compare(differences, mine.operationId(), "request fields", mine.requestFields(), theirs.requestFields());
        }
        document.keySet().stream().filter(id -> !used.contains(id))
                .forEach(id -> differences.add(id + ": in the document, never called by the client"));
        return differences;
    }

    private static void compare(List<String> differences, String id, String what, Object mine, Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            differences.add(id + ": " + what + " " + mine + " in the client, " + theirs + " in the document");
        }
    }
}
