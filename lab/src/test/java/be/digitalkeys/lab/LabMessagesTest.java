package be.digitalkeys.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The lab's pages (theme-resources of the lab jar) speak fr, nl, de and en: every key in the four
 * files with the same placeholders, and every key a lab template uses defined in the lab's
 * messages or the production login theme's. Keycloak falls back silently, so only a test sees it.
 */
class LabMessagesTest {

    static final Path RESOURCES = Path.of("src/main/resources/theme-resources");
    static final Path PRODUCTION_LOGIN = Path.of("../themes/src/main/resources/theme/digitalkeys/login/messages");
    static final List<String> LANGUAGES = List.of("fr", "nl", "de");
    /** A literal key: msg("key") or msg("key", ...); computed keys ("prefix." + name) are left out. */
    static final Pattern KEY = Pattern.compile("msg\\(\\s*[\"']([A-Za-z][A-Za-z0-9.]*[A-Za-z0-9])[\"']\\s*[,)]");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void everyLanguage_hasTheEnglishKeys_withTheSamePlaceholders() throws IOException {
        Properties english = load(RESOURCES.resolve("messages/messages_en.properties"));
        assertTrue(english.size() > 50, "the lab's messages are found: " + english.size());
        for (String language : LANGUAGES) {
            Properties translated = load(RESOURCES.resolve("messages/messages_" + language + ".properties"));
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(translated.stringPropertyNames()), language);
            for (String key : english.stringPropertyNames()) {
                assertFalse(translated.getProperty(key).isBlank(), language + ": empty " + key);
                assertEquals(placeholders(english.getProperty(key)), placeholders(translated.getProperty(key)), language + ": " + key);
            }
        }
    }

    @Test
    void everyKeyTheLabTemplatesUse_isDefined() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(RESOURCES.resolve("templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ftl")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertTrue(used.contains("dkSimTitle") && used.contains("dkSeidTitle") && used.contains("dkAppSimTitle"), "scan finds keys: " + used);
        used.removeAll(load(RESOURCES.resolve("messages/messages_en.properties")).stringPropertyNames());
        used.removeAll(load(PRODUCTION_LOGIN.resolve("messages_en.properties")).stringPropertyNames());
        assertEquals(Set.of(), used, "keys used by lab templates but defined nowhere");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
