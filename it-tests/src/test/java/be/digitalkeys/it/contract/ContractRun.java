package be.digitalkeys.it.contract;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends generated requests for every operation of a document and checks every answer against it:
 * status listed for the operation, body valid against the listed response schema, and a request
 * that breaks the document refused with the status its mutation calls for (never accepted).
 */
final class ContractRun {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ContractDocument document;
    private final ApiValues values;
    private final String base;
    private final long seed;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Integer> requests = new LinkedHashMap<>();
    private final Map<String, Integer> refused = new LinkedHashMap<>();
    private final List<String> violations = new ArrayList<>();
    private int serverErrors;

    ContractRun(ContractDocument document, ApiValues values, String base, long seed) {
        this.document = document;
        this.values = values;
        this.base = base;
        this.seed = seed;
    }

    /** {@code perOperation} requests for each operation, interleaved (state learnt from one feeds the others). */
    ContractRun run(int perOperation) {
        Random random = new Random(seed);
        RequestGenerator generator = new RequestGenerator(values);
        List<ContractDocument.Op> ops = List.copyOf(document.operations().values());
        for (int round = 0; round < perOperation; round++) {
            for (ContractDocument.Op op : ops) {
                GeneratedRequest request = generator.generate(op, random);
                send(request);
            }
        }
        return this;
    }

    private void send(GeneratedRequest request) {
        ContractDocument.Op op = request.op();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path()))
                .timeout(java.time.Duration.ofSeconds(30));
        if (request.token() != null) {
            builder.header("Authorization", "Bearer " + request.token());
        }
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        builder.method(op.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.body()));
        HttpResponse<String> response;
        try {
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            violations.add(op.id() + ": no answer (" + e + ") to " + request);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        requests.merge(op.id(), 1, Integer::sum);
        int status = response.statusCode();
        if (status >= 500) {
            serverErrors++;
        }
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        List<String> problems = new ArrayList<>(document.check(op, status, contentType, response.body()));
        if (request.mutation() != Mutation.NONE) {
            int expected = values.expectedStatus(op, request.mutation());
            if (expected != 0 && status != expected || expected == 0 && (status < 400 || status > 499)) {
                problems.add("breaks the document (" + request.mutation() + ") but got " + status + " instead of "
                        + (expected == 0 ? "4xx" : expected) + ": " + ContractDocument.abbreviate(response.body()));
            }
            refused.merge(op.id(), 1, Integer::sum);
        }
        problems.forEach(p -> violations.add(op.id() + ": " + p + "\n      request: " + RequestGenerator.visible(request.toString())));
        if (status < 300 && !response.body().isEmpty()) {
            try {
                values.harvest(op, status, JSON.readTree(response.body()));
            } catch (IOException e) {
                // reported above as a body that is not JSON
            }
        }
    }

    Map<String, Integer> requests() {
        return requests;
    }

    Map<String, Integer> refused() {
        return refused;
    }

    List<String> violations() {
        return violations;
    }

    int serverErrors() {
        return serverErrors;
    }

    int total() {
        return requests.values().stream().mapToInt(Integer::intValue).sum();
    }

    String summary(String name) {
        StringBuilder out = new StringBuilder(name + " contract run, seed " + seed + " (-Ddk.contract.seed=" + seed + " repeats it): "
                + total() + " requests, " + serverErrors + " server errors, " + violations.size() + " answers breaking the document\n");
        requests.forEach((op, n) -> out.append(String.format("  %-28s %5d requests, %5d breaking the document on purpose%n", op, n,
                refused.getOrDefault(op, 0))));
        violations.stream().limit(25).forEach(v -> out.append("  ! ").append(v).append('\n'));
        return out.toString();
    }

    static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }
}
