package be.digitalkeys.profile;

import java.util.Map;

/**
 * Someone a person can act as after logging in (MaSanté's "se connecter en tant que"): themselves,
 * one of their children, or an organisation where they hold rights.
 *
 * @param id     stable choice id: {@code self}, {@code child:<national number>}, {@code organisation:<id>}
 * @param kind   {@link #SELF}, {@link #CHILD} or {@link #ORGANISATION}
 * @param subject what relying parties receive as the profile's identifier (a national number, an organisation id)
 * @param name   display name
 * @param detail what the page shows under the name (a masked national number, an enterprise number)
 */
public record Profile(String id, String kind, String subject, String name, String detail) {

    public static final String SELF = "self";
    public static final String CHILD = "child";
    public static final String ORGANISATION = "organisation";

    /** For the template (FreeMarker reads map keys). */
    public Map<String, String> view() {
        return Map.of("id", id, "kind", kind, "name", name, "detail", detail == null ? "" : detail);
    }
}
