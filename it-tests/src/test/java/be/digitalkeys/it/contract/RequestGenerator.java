package be.digitalkeys.it.contract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Requests derived from an operation of the document: parameters and body fields from their
 * schemas (type, enum, length, pattern, bounds, required, and the text rules the document states),
 * with the lab's values where the server must know them; most follow the document, the others
 * break exactly one thing of it ({@link Mutation}).
 */
final class RequestGenerator {

    /** Bodies with every non-ASCII character escaped (a lone surrogate, too, travels as \\uD800). */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
    /** Characters the document's text rules refuse, one per rule. */
    static final List<String> TEXT_RULE_BREAKERS = List.of("\r", "\u000F", "\u0000", "\t", "\u0085", "\u2028", "\u0378", "\uDB80\uDC00",
            "\uD800", "\u202E", "\u2066", "\u200F", "\u200B", "\uFEFF");
    private static final String[] FOREIGN = {"!", " ", "é", "<", "'", "\"", "\u00A0", "\u202E", "\u0007", "😀", "+", "*", "~", "$"};

    private final ApiValues values;

    RequestGenerator(ApiValues values) {
        this.values = values;
    }

    GeneratedRequest generate(ContractDocument.Op op, Random random) {
        List<Mutation> possible = new ArrayList<>();
        if (values.authenticated()) {
            possible.add(Mutation.AUTHENTICATION);
        }
        if (op.parameters().stream().anyMatch(p -> mutableParameter(p) != null)) {
            possible.add(Mutation.PARAMETER);
            possible.add(Mutation.PARAMETER);
        }
        if (op.hasBody()) {
            possible.add(Mutation.CONTENT_TYPE);
            possible.add(Mutation.BODY);
            possible.add(Mutation.FIELD);
            possible.add(Mutation.FIELD);
            possible.add(Mutation.FIELD);
        }
        Mutation mutation = possible.isEmpty() || random.nextInt(100) < 55 ? Mutation.NONE : possible.get(random.nextInt(possible.size()));
        String[] how = {null};

        // parameters
        Parameter broken = null;
        if (mutation == Mutation.PARAMETER) {
            List<Parameter> candidates = op.parameters().stream().filter(p -> mutableParameter(p) != null).toList();
            broken = candidates.get(random.nextInt(candidates.size()));
        }
        String path = op.path();
        List<String> query = new ArrayList<>();
        for (Parameter p : op.parameters()) {
            String value;
            if (p == broken) {
                value = invalidParameter(p, random);
                how[0] = p.getName() + "=" + visible(value);
            } else if ("query".equals(p.getIn()) && random.nextInt(10) < 3) {
                continue;
            } else {
                Object v = values.valid(op, p.getName(), p.getSchema(), Map.of(), random);
                value = String.valueOf(v == null ? fromSchema(p.getSchema(), random) : v);
            }
            if ("path".equals(p.getIn())) {
                path = path.replace("{" + p.getName() + "}", encode(value));
            } else if ("query".equals(p.getIn())) {
                query.add(p.getName() + "=" + encode(value));
            }
        }
        if (!query.isEmpty()) {
            path = path + "?" + String.join("&", query);
        }

        // body
        String body = null;
        String contentType = null;
        if (op.hasBody()) {
            contentType = "application/json";
            Map<String, Object> fields = validBody(op, op.body(), random);
            if (mutation == Mutation.FIELD) {
                how[0] = breakField(op.body(), fields, random);
            }
            body = json(fields);
            if (mutation == Mutation.BODY) {
                String[] bodies = {"{not json", "[]", "\"text\"", "42", "", "null", "[{}]", "{\"a\":", "{}}",
                        "{\"x\":\"" + "y".repeat(17_000) + "\"}"};
                body = bodies[random.nextInt(bodies.length)];
                if (body.isEmpty() && op.body().getRequired() == null) {
                    body = "[]";
                }
                how[0] = "body " + ContractDocument.abbreviate(body);
            } else if (mutation == Mutation.CONTENT_TYPE) {
                String[] types = {"text/plain", "application/xml", "application/x-www-form-urlencoded", null, "text/json", "application/jsonx"};
                contentType = types[random.nextInt(types.length)];
                how[0] = "Content-Type " + contentType;
            }
        }

        String token;
        if (mutation == Mutation.AUTHENTICATION) {
            String[] tokens = {null, "not-a-jwt", "eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl"};
            token = tokens[random.nextInt(tokens.length)];
            how[0] = "token " + token;
        } else if (mutation == Mutation.NONE) {
            token = values.token(op, random);
        } else {
            token = values.authorisedToken(op);
        }
        return new GeneratedRequest(op, mutation, how[0], token, path, contentType, body);
    }

    // ---- parameters ------------------------------------------------------------------------

    /** The schema of a parameter that can be broken (has a constraint besides being a string), or null. */
    private static Schema<?> mutableParameter(Parameter p) {
        Schema<?> s = p.getSchema();
        boolean constrained = s.getPattern() != null || s.getMaxLength() != null || s.getMinimum() != null || s.getMaximum() != null
                || "integer".equals(s.getType()) || s.getEnum() != null;
        return constrained ? s : null;
    }

    private static String invalidParameter(Parameter p, Random random) {
        Schema<?> s = p.getSchema();
        if ("integer".equals(s.getType())) {
            List<String> bad = new ArrayList<>(List.of("abc", "1.5", "", "99999999999", " 5", "0x10", "1e3", "--1"));
            if (s.getMinimum() != null) {
                bad.add(s.getMinimum().subtract(java.math.BigDecimal.ONE).toPlainString());
            }
            if (s.getMaximum() != null) {
                bad.add(s.getMaximum().add(java.math.BigDecimal.ONE).toPlainString());
            }
            return bad.get(random.nextInt(bad.size()));
        }
        return brokenString(s, random, "path".equals(p.getIn()));
    }

    /** A string the schema refuses (too long, too short or off the pattern), never "." or ".." nor containing "/". */
    static String brokenString(Schema<?> s, Random random, boolean inPath) {
        for (int attempt = 0; attempt < 100; attempt++) {
            String base = fromSchema(s, random);
            String candidate;
            int kind = random.nextInt(3);
            if (kind == 0 && s.getMaxLength() != null) {
                candidate = base + "x".repeat(s.getMaxLength() + 1 + random.nextInt(40));
            } else if (kind == 1 && s.getMinLength() != null && s.getMinLength() > 0 && !inPath) {
                candidate = "";
            } else {
                int at = base.isEmpty() ? 0 : random.nextInt(base.length() + 1);
                candidate = base.substring(0, at) + FOREIGN[random.nextInt(FOREIGN.length)] + base.substring(at);
            }
            if (!violates(s, candidate) || inPath && (candidate.isEmpty() || candidate.equals(".") || candidate.equals(".."))) {
                continue;
            }
            return candidate;
        }
        throw new IllegalStateException("cannot break schema " + s);
    }

    /** Whether the string is outside the schema's length, pattern or enum (Java regex reads the document's simple patterns alike). */
    static boolean violates(Schema<?> s, String value) {
        int length = value.codePointCount(0, value.length());
        if (s.getMaxLength() != null && length > s.getMaxLength() || s.getMinLength() != null && length < s.getMinLength()) {
            return true;
        }
        if (s.getPattern() != null && !Pattern.compile(s.getPattern()).matcher(value).find()) {
            return true;
        }
        return s.getEnum() != null && !s.getEnum().contains(value);
    }

    // ---- bodies ------------------------------------------------------------------------------

    @SuppressWarnings("rawtypes")
    private Map<String, Object> validBody(ContractDocument.Op op, Schema<?> schema, Random random) {
        Map<String, Object> fields = new LinkedHashMap<>();
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
        properties.forEach((name, property) -> {
            if (required.contains(name) || random.nextInt(10) < 6) {
                Object v = values.valid(op, name, property, fields, random);
                fields.put(name, v == null ? fromSchema(property, random) : v);
            }
        });
        return fields;
    }

    /** Breaks one field of the body; returns how. */
    @SuppressWarnings("rawtypes")
    private static String breakField(Schema<?> schema, Map<String, Object> fields, Random random) {
        Map<String, Schema> properties = schema.getProperties();
        List<String> names = new ArrayList<>(properties.keySet());
        String name = names.get(random.nextInt(names.size()));
        Schema<?> s = properties.get(name);
        boolean required = schema.getRequired() != null && schema.getRequired().contains(name);
        List<String> ways = new ArrayList<>(List.of("type"));
        if (required) {
            ways.add("missing");
        }
        if (s.getMaxLength() != null || s.getPattern() != null || s.getEnum() != null || s.getMinLength() != null) {
            ways.add("schema");
            ways.add("schema");
        }
        String description = s.getDescription() == null ? "" : s.getDescription();
        boolean textRules = description.contains("text rules") || description.contains("name rules");
        if (textRules) {
            ways.add("text");
            ways.add("text");
            ways.add("space");
        }
        if (description.contains("`root`")) {
            ways.add("reserved");
        }
        String way = ways.get(random.nextInt(ways.size()));
        String base = fields.get(name) instanceof String text && !text.isEmpty() ? text : "Valid";
        switch (way) {
            case "missing" -> fields.remove(name);
            case "type" -> {
                Object[] wrong = required ? new Object[] {42, true, List.of(), Map.of("a", 1), null, 1.5} : new Object[] {42, true, List.of(), Map.of("a", 1), 1.5};
                fields.put(name, wrong[random.nextInt(wrong.length)]);
            }
            case "schema" -> fields.put(name, brokenString(s, random, false));
            case "text" -> {
                String breaker = TEXT_RULE_BREAKERS.get(random.nextInt(TEXT_RULE_BREAKERS.size()));
                int[] cps = base.codePoints().limit(30).toArray();
                int at = random.nextInt(cps.length + 1);
                fields.put(name, new String(cps, 0, at) + breaker + new String(cps, at, cps.length - at));
            }
            case "space" -> fields.put(name, random.nextBoolean() ? " " + base : base + " ");
            default -> fields.put(name, random.nextBoolean() ? "root" : "ROOT");
        }
        return name + " " + way + " -> " + visible(String.valueOf(fields.get(name)));
    }

    // ---- from the schema alone -----------------------------------------------------------------

    /** A value of the schema from its type, enum, bounds, length and simple pattern. */
    static String fromSchema(Schema<?> s, Random random) {
        if (s.getEnum() != null && !s.getEnum().isEmpty()) {
            return String.valueOf(s.getEnum().get(random.nextInt(s.getEnum().size())));
        }
        if ("integer".equals(s.getType())) {
            long min = s.getMinimum() == null ? 0 : s.getMinimum().longValue();
            long max = s.getMaximum() == null ? min + 1000 : Math.min(s.getMaximum().longValue(), min + 1000);
            return String.valueOf(min + (long) (random.nextDouble() * (max - min + 1)));
        }
        if (s.getPattern() != null) {
            String generated = SimplePattern.generate(s.getPattern(), random);
            if (generated != null) {
                return generated;
            }
        }
        int max = s.getMaxLength() == null ? 20 : Math.min(s.getMaxLength(), 20);
        int min = s.getMinLength() == null ? 1 : Math.max(1, s.getMinLength());
        return Texts.word(random, min, Math.max(min, max));
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Percent-encodes everything but unreserved characters (RFC 3986). A dot stays a dot: Keycloak
     * refuses a path with %2E as not normalised (400 missingNormalization) before any API sees it.
     */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '~' || c == '.') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /** Control and invisible characters as \\uXXXX, for reports. */
    static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(80).forEach(cp -> {
            if (cp < 0x20 || cp >= 0x7f && cp < 0xa0 || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.UNASSIGNED
                    || cp >= 0xD800 && cp <= 0xDFFF || cp == 0x2028 || cp == 0x2029) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
