package be.digitalkeys.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tenant themes (theme/digitalkeys-&lt;tenant&gt;) change only branding: they inherit everything
 * from the base theme and bring colours, a logo and a few overridden messages, so an operator adds
 * a tenant by copying one folder.
 */
class TenantThemesTest {

    static final Path THEMES = Path.of("src/main/resources/theme");
    static final List<String> TYPES = List.of("login", "account", "email");
    static final List<String> LANGUAGES = List.of("fr", "nl", "de", "en");
    /** Keycloak's own keys a tenant may override (the header and the window title). */
    static final Set<String> KEYCLOAK_KEYS = Set.of("loginTitleHtml", "loginTitle");
    /** Resources a tenant's styles may name that come from Keycloak's parent themes. */
    static final Set<String> KEYCLOAK_RESOURCES = Set.of("css/styles.css");
    static final Pattern CSS_URL = Pattern.compile("url\\(\"?([^\")]+)\"?\\)");
    static final Pattern COLOUR = Pattern.compile("--dk-brand:\\s*(#[0-9a-fA-F]{6})");

    static List<String> tenants() throws IOException {
        try (Stream<Path> folders = Files.list(THEMES)) {
            return folders.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("digitalkeys-")).sorted().toList();
        }
    }

    @Test
    void theFourSeedTenants_haveTheirTheme_andAreRegistered() throws IOException {
        assertEquals(List.of("digitalkeys-bank", "digitalkeys-insurance", "digitalkeys-public-services",
                "digitalkeys-titres-services"), tenants());
        String registry = Files.readString(Path.of("src/main/resources/META-INF/keycloak-themes.json"));
        for (String tenant : tenants()) {
            assertTrue(registry.contains("{ \"name\": \"" + tenant + "\", \"types\": [\"login\", \"email\", \"account\"] }"),
                    tenant + " missing from keycloak-themes.json");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tenants")
    void tenantTheme_inheritsEveryType_andHoldsNoTemplates(String tenant) throws IOException {
        for (String type : TYPES) {
            Properties properties = load(THEMES.resolve(tenant).resolve(type).resolve("theme.properties"));
            assertEquals("digitalkeys", properties.getProperty("parent"), tenant + "/" + type + " parent");
        }
        List<String> notBranding = new ArrayList<>();
        try (Stream<Path> files = Files.walk(THEMES.resolve(tenant))) {
            files.filter(Files::isRegularFile).map(f -> THEMES.resolve(tenant).relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.matches("(login|account|email)/(theme\\.properties|messages/messages_[a-z]{2}\\.properties"
                            + "|resources/(css/[a-z-]+\\.css|img/[a-z-]+\\.(svg|png)))"))
                    .forEach(notBranding::add);
        }
        assertEquals(List.of(), notBranding, "a tenant theme holds only properties, messages, styles and images");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tenants")
    void tenantMessages_overrideOnlyExistingKeys_inFourLanguages(String tenant) throws IOException {
        for (String type : List.of("login", "email")) {
            Set<String> base = load(THEMES.resolve("digitalkeys").resolve(type).resolve("messages/messages_en.properties"))
                    .stringPropertyNames();
            Set<String> english = null;
            for (String language : LANGUAGES) {
                Properties messages = load(THEMES.resolve(tenant).resolve(type)
                        .resolve("messages/messages_" + language + ".properties"));
                Set<String> keys = new TreeSet<>(messages.stringPropertyNames());
                assertTrue(!keys.isEmpty(), tenant + "/" + type + "/" + language + " has no wording");
                english = english == null ? keys : english;
                assertEquals(english, keys, tenant + "/" + type + ": same keys in " + language + " as in fr");
                Set<String> unknown = new TreeSet<>(keys);
                unknown.removeAll(base);
                unknown.removeAll(KEYCLOAK_KEYS);
                assertEquals(Set.of(), unknown, tenant + "/" + type + "/" + language + " keys the base theme does not have");
                keys.forEach(k -> assertTrue(!messages.getProperty(k).isBlank(), tenant + ": empty " + k));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tenants")
    void everyStyleAndImageATenantNames_exists(String tenant) throws IOException {
        for (String type : List.of("login", "account")) {
            Path typeDir = THEMES.resolve(tenant).resolve(type);
            Properties properties = load(typeDir.resolve("theme.properties"));
            for (String style : properties.getProperty("styles", "").split("\\s+")) {
                boolean found = KEYCLOAK_RESOURCES.contains(style) || Files.isRegularFile(typeDir.resolve("resources").resolve(style))
                        || Files.isRegularFile(THEMES.resolve("digitalkeys").resolve(type).resolve("resources").resolve(style));
                assertTrue(style.isEmpty() || found, tenant + "/" + type + ": style " + style + " not found");
            }
            String logo = properties.getProperty("logo");
            if (logo != null) {
                assertTrue(Files.isRegularFile(typeDir.resolve("resources").resolve(logo.substring(1))), tenant + ": logo " + logo);
            }
            try (Stream<Path> css = Files.walk(typeDir.resolve("resources"))) {
                for (Path file : css.filter(f -> f.toString().endsWith(".css")).toList()) {
                    Matcher url = CSS_URL.matcher(Files.readString(file));
                    while (url.find()) {
                        assertTrue(Files.isRegularFile(file.getParent().resolve(url.group(1)).normalize()),
                                file + " names a missing " + url.group(1));
                    }
                }
            }
        }
    }

    /** White text on the brand colour (buttons, the header band, the e-mail band) meets WCAG AA. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("tenants")
    void brandColour_givesWhiteTextAContrastOfAtLeast4_5(String tenant) throws IOException {
        Matcher colour = COLOUR.matcher(Files.readString(THEMES.resolve(tenant).resolve("login/resources/css/tenant.css")));
        assertTrue(colour.find(), tenant + " defines --dk-brand");
        String brand = colour.group(1);
        assertEquals(brand, load(THEMES.resolve(tenant).resolve("email/theme.properties")).getProperty("dkBrandColour"),
                tenant + ": e-mails use the same colour as the pages");
        double ratio = 1.05 / (luminance(brand) + 0.05);
        assertTrue(ratio >= 4.5, tenant + " brand " + brand + " contrast with white " + ratio);
    }

    @Test
    void contrastCheck_refusesALightColour() {
        assertTrue(1.05 / (luminance("#ffcc00") + 0.05) < 4.5, "yellow fails, so the check can fail");
    }

    /** Relative luminance of an sRGB colour (WCAG 2.1). */
    static double luminance(String hex) {
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channels[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
