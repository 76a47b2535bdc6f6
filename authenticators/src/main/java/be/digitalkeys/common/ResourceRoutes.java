package be.digitalkeys.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The paths and methods of one of our JSON APIs, as its OpenAPI document lists them: for the
 * resources' catch-all methods, which answer a known path with a wrong method 405 and an
 * {@code Allow} header (JAX-RS would answer a sub-resource of a Keycloak realm resource 404, with
 * Keycloak's error body), and an unknown path 404, both in the API's own error format.
 */
public final class ResourceRoutes {

    private final Map<Pattern, Set<String>> routes;

    private ResourceRoutes(Map<Pattern, Set<String>> routes) {
        this.routes = routes;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The methods allowed on this path (relative to the resource, no leading slash); empty when no route matches. */
    public Optional<Set<String>> allowed(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        for (Map.Entry<Pattern, Set<String>> route : routes.entrySet()) {
            if (route.getKey().matcher(relative).matches()) {
                return Optional.of(route.getValue());
            }
        }
        return Optional.empty();
    }

    /** The {@code Allow} header value of a set of methods. */
    public static String allowHeader(Set<String> methods) {
        List<String> all = new ArrayList<>(methods);
        if (all.contains("GET")) {
            all.add("HEAD");
        }
        return String.join(", ", all);
    }

    public static final class Builder {
        private final Map<String, Set<String>> templates = new LinkedHashMap<>();

        /** A path template ({@code api/organisations/{orgId}/people}) and a method it answers. */
        public Builder route(String template, String... methods) {
            templates.computeIfAbsent(template, t -> new LinkedHashSet<>()).addAll(List.of(methods));
            return this;
        }

        public ResourceRoutes build() {
            Map<Pattern, Set<String>> routes = new LinkedHashMap<>();
            templates.forEach((template, methods) -> routes.put(
                    Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")), java.util.Collections.unmodifiableSet(new LinkedHashSet<>(methods))));
            return new ResourceRoutes(routes);
        }
    }
}
