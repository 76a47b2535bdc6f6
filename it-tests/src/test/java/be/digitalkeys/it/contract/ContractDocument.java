package be.digitalkeys.it.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import be.digitalkeys.it.support.TestSettings;

/**
 * One of our published OpenAPI documents, read as an integrator's tool reads it: swagger-parser
 * (references resolved) for the operations, their parameters and request bodies; the document's
 * own tree and an OpenAPI 3.0 JSON Schema validator (networknt) for checking every answer.
 */
final class ContractDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");

    /** An operation of the document. */
    record Op(String id, String method, String path, List<Parameter> parameters, io.swagger.v3.oas.models.media.Schema<?> body,
              Set<Integer> statuses) {
        boolean hasBody() {
            return body != null;
        }
    }

    private final String file;
    private final JsonNode tree;
    private final OpenAPI api;
    private final Map<String, Op> operations = new LinkedHashMap<>();
    private final Map<String, Schema> validators = new LinkedHashMap<>();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30());

    private ContractDocument(String file, String text) throws IOException {
        this.file = file;
        this.tree = new YAMLMapper().readTree(text);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
        if (result.getOpenAPI() == null || result.getMessages() != null && !result.getMessages().isEmpty()) {
            throw new IllegalStateException(file + " is not a valid OpenAPI document: " + result.getMessages());
        }
        this.api = result.getOpenAPI();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                operations.put(operation.getOperationId(), op(path, item, method, operation))));
    }

    /** The document in the repository, relative to the repository root. */
    static ContractDocument read(String repositoryPath) throws IOException {
        Path root = Path.of(TestSettings.required("dk.realms")).getParent();
        return new ContractDocument(repositoryPath, Files.readString(root.resolve(repositoryPath)));
    }

    String text() throws IOException {
        return Files.readString(Path.of(TestSettings.required("dk.realms")).getParent().resolve(file));
    }

    private static Op op(String path, PathItem item, PathItem.HttpMethod method, Operation operation) {
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        io.swagger.v3.oas.models.media.Schema<?> body = null;
        if (operation.getRequestBody() != null) {
            MediaType json = operation.getRequestBody().getContent().get("application/json");
            body = json == null ? null : json.getSchema();
        }
        Set<Integer> statuses = new LinkedHashSet<>();
        operation.getResponses().keySet().forEach(k -> statuses.add(Integer.parseInt(k)));
        return new Op(operation.getOperationId(), method.name(), path, parameters, body, statuses);
    }

    Map<String, Op> operations() {
        return operations;
    }

    /** The methods the document lists for a path template. */
    Set<String> methodsOf(String path) {
        Set<String> methods = new LinkedHashSet<>();
        operations.values().stream().filter(o -> o.path().equals(path)).forEach(o -> methods.add(o.method()));
        return methods;
    }

    Set<String> paths() {
        return api.getPaths().keySet();
    }

    static List<String> httpMethods() {
        return METHODS;
    }

    /** The document's response object (following a $ref to components/responses), or null. */
    private JsonNode response(Op op, String status) {
        JsonNode response = tree.path("paths").path(op.path()).path(op.method().toLowerCase(Locale.ROOT)).path("responses").path(status);
        return deref(response);
    }

    private JsonNode deref(JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        JsonNode target = tree;
        for (String part : ref.asText().substring(2).split("/")) {
            target = target.path(part.replace("~1", "/").replace("~0", "~"));
        }
        return deref(target);
    }

    /** A JSON Schema of a named component response (e.g. MethodNotAllowed), with the document's components. */
    List<String> checkComponentResponse(String name, int status, String contentType, String body) {
        return checkAgainst(tree.path("components").path("responses").path(name), "components/responses/" + name, status, contentType, body);
    }

    /**
     * What breaks the document in an answer to the operation: a status it does not list, a body
     * that is not the listed response's schema (or a body where it lists none).
     */
    List<String> check(Op op, int status, String contentType, String body) {
        List<String> problems = new ArrayList<>();
        if (!op.statuses().contains(status)) {
            problems.add("status " + status + " is not listed for " + op.id() + " " + op.statuses());
            return problems;
        }
        return checkAgainst(response(op, String.valueOf(status)), op.id() + "/" + status, status, contentType, body);
    }

    private List<String> checkAgainst(JsonNode response, String key, int status, String contentType, String body) {
        List<String> problems = new ArrayList<>();
        JsonNode schema = response.path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            if (body != null && !body.isEmpty()) {
                problems.add(status + ": the document lists no body, got " + abbreviate(body));
            }
            return problems;
        }
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            problems.add(status + ": content type " + contentType + " instead of application/json");
        }
        JsonNode json;
        try {
            json = JSON.readTree(body == null ? "" : body);
        } catch (IOException e) {
            problems.add(status + ": body is not JSON: " + abbreviate(body));
            return problems;
        }
        if (json == null || json.isMissingNode()) {
            problems.add(status + ": empty body where the document lists one");
            return problems;
        }
        Schema validator = validators.computeIfAbsent(key, k -> registry.getSchema(wrap(schema)));
        for (Error error : validator.validate(json)) {
            problems.add(status + ": " + error.getInstanceLocation() + " " + error.getMessage() + " in " + abbreviate(body));
        }
        return problems;
    }

    /** The schema with the document's components beside it, so that its $refs resolve. */
    private ObjectNode wrap(JsonNode schema) {
        ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
        wrapper.putArray("allOf").add(schema.deepCopy());
        wrapper.set("components", tree.path("components").deepCopy());
        return wrapper;
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "null";
        }
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
