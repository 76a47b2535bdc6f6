package be.digitalkeys.devkit;

import java.util.List;
import java.util.Map;

/**
 * Templates a development kit includes on one of our login pages (found by Keycloak in the kit
 * jar's {@code theme-resources/templates/}) and the attributes they read.
 */
public record PageAddition(List<String> templates, Map<String, Object> attributes) {

    public static final PageAddition NONE = new PageAddition(List.of(), Map.of());

    public PageAddition {
        templates = List.copyOf(templates);
        attributes = Map.copyOf(attributes);
    }
}
