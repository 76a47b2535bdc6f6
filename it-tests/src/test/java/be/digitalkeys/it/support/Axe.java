package be.digitalkeys.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs axe-core (vendored test resource axe/axe.min.js, see its README) on the page the browser
 * shows, with the WCAG 2.0/2.1 level A and AA rules, and returns what it found.
 */
public final class Axe {

    /** The WCAG 2.x A/AA rule tags the pages must satisfy. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = load();

    private static final String RUN = """
            const selectors = arguments[0], tags = arguments[1], off = arguments[2], done = arguments[arguments.length - 1];
            const context = selectors.length ? {exclude: selectors.map(s => [s])} : document;
            const rules = Object.fromEntries(off.map(id => [id, {enabled: false}]));
            axe.run(context, {runOnly: {type: 'tag', values: tags}, rules: rules, resultTypes: ['violations']})
              .then(r => done(JSON.stringify({
                  passes: r.passes.length,
                  incomplete: r.incomplete.map(v => v.id + ' ' + JSON.stringify(v.nodes.map(n => n.target.join(' ')))),
                  violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                      targets: v.nodes.map(n => n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' ')),
                      summaries: v.nodes.map(n => n.failureSummary || '')}))})),
                    e => done(JSON.stringify({error: String(e)})));
            """;

    private Axe() {
    }

    /** One failed rule: its id, impact, help text, and the CSS selectors of the failing nodes. */
    public record Violation(String id, String impact, String help, List<String> targets, List<String> summaries) {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(id + " (" + impact + "): " + help);
            for (int i = 0; i < targets.size(); i++) {
                text.append("\n    ").append(targets.get(i));
                if (i < summaries.size() && !summaries.get(i).isBlank()) {
                    text.append("\n      ").append(summaries.get(i).replace("\n", "\n      "));
                }
            }
            return text.toString();
        }
    }

    /**
     * What axe found: the violations, how many rules passed, what axe could not decide alone
     * ("needs review", e.g. contrast over a background image; not a failure), and the nodes and
     * rules left out on purpose.
     */
    public record Result(List<Violation> violations, int passes, List<String> incomplete, List<String> excluded,
            List<String> rulesOff) {
        public String report() {
            return violations.isEmpty() ? "no violations"
                    : violations.stream().map(Violation::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
        }
    }

    /** Axe on the whole page. */
    public static Result run(Browser browser) {
        return run(browser, List.of());
    }

    /**
     * Axe on the whole page but the nodes matching {@code excluded} (CSS selectors). Exclude only
     * what our theme cannot change (Keycloak's own markup), and say why where it is called.
     */
    public static Result run(Browser browser, List<String> excluded) {
        return run(browser, excluded, List.of());
    }

    /**
     * Axe on the whole page but the nodes matching {@code excluded} (CSS selectors), with the rules
     * {@code rulesOff} (axe rule ids) not run. Both only for Keycloak's own markup, with the reason
     * where it is called.
     */
    public static Result run(Browser browser, List<String> excluded, List<String> rulesOff) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        js.executeScript(SOURCE);
        Object raw = js.executeAsyncScript(RUN, excluded, TAGS, rulesOff);
        try {
            JsonNode json = JSON.readTree(String.valueOf(raw));
            if (json.has("error")) {
                throw new IllegalStateException("axe.run failed: " + json.get("error").asText());
            }
            List<Violation> violations = new ArrayList<>();
            for (JsonNode v : json.get("violations")) {
                violations.add(new Violation(v.get("id").asText(), v.path("impact").asText(), v.get("help").asText(),
                        strings(v.get("targets")), strings(v.get("summaries"))));
            }
            return new Result(List.copyOf(violations), json.get("passes").asInt(), strings(json.get("incomplete")),
                    List.copyOf(excluded), List.copyOf(rulesOff));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Appends "page | violations | passes count" to target/a11y/axe-results.md, followed by the
     * excluded nodes, the rules not run and axe's "needs review" items when there are any.
     */
    public static synchronized void record(String page, Result result) {
        try {
            Path file = TestSettings.output().resolve("a11y").resolve("axe-results.md");
            Files.createDirectories(file.getParent());
            StringBuilder line = new StringBuilder();
            if (!Files.exists(file)) {
                line.append("# axe-core ").append(version()).append(" — ").append(String.join(", ", TAGS)).append("\n\n")
                        .append("page | violations | passes count\n--- | --- | ---\n");
            }
            String violations = result.violations().isEmpty() ? "0"
                    : result.violations().size() + ": " + result.violations().stream()
                            .map(v -> v.id() + " " + v.targets()).collect(Collectors.joining("; "));
            line.append(page).append(" | ").append(violations.replace("|", "\\|")).append(" | ").append(result.passes());
            if (!result.excluded().isEmpty()) {
                line.append(" | excluded: ").append(String.join(", ", result.excluded()).replace("|", "\\|"));
            }
            if (!result.rulesOff().isEmpty()) {
                line.append(" | rules not run: ").append(String.join(", ", result.rulesOff()));
            }
            if (!result.incomplete().isEmpty()) {
                line.append(" | needs review (not failures): ").append(String.join("; ", result.incomplete()).replace("|", "\\|"));
            }
            line.append("\n");
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String version() {
        int start = SOURCE.indexOf("axe v");
        return start < 0 ? "" : SOURCE.substring(start + 5, SOURCE.indexOf('\n', start)).trim();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return List.copyOf(values);
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("test resource axe/axe.min.js is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
