package be.digitalkeys.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message exists in the four languages, and every key our templates and Java code use
 * exists. Keycloak falls back to English silently, so only a test catches a missing key.
 */
class ThemeMessagesTest {

    static final Path THEME = Path.of("src/main/resources/theme/digitalkeys");
    static final Path JAVA_SOURCES = Path.of("../authenticators/src/main/java");
    static final List<String> LANGUAGES = List.of("fr", "nl", "de");
    /**
     * Our keys start with "dk" followed by a capital; Keycloak's own keys are left to Keycloak. A
     * literal followed by "+" is the prefix of a computed key, not a key; the value of an HTML
     * id, for or aria-* attribute is an element id (the phone app pages use ids like dkAppStatus).
     */
    static final Pattern OUR_KEY = Pattern.compile(
            "(?<!\\b(?:id|for|aria-[a-z]{1,16})=)\"(dk[A-Z][A-Za-z0-9]*)\"(?!\\s*\\+)");
    /** Names of template attributes, which are not message keys. */
    static final Pattern ATTRIBUTE = Pattern.compile("setAttribute\\(\"(dk[A-Z][A-Za-z0-9]*)\"");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"login", "email", "account"})
    void everyLanguage_hasExactlyTheEnglishKeys_withText(String type) throws IOException {
        Properties english = messages(type, "en");
        for (String language : LANGUAGES) {
            Properties translated = messages(type, language);
            Set<String> missing = new TreeSet<>(english.stringPropertyNames());
            missing.removeAll(translated.stringPropertyNames());
            Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
            extra.removeAll(english.stringPropertyNames());
            assertEquals(Set.of(), missing, type + " keys missing in " + language);
            assertEquals(Set.of(), extra, type + " keys only in " + language);
            for (String key : translated.stringPropertyNames()) {
                assertTrue(!translated.getProperty(key).isBlank(), type + "/" + language + ": empty " + key);
            }
        }
    }

    /**
     * Issue 20: people read "code", "authenticator app", not the algorithm's name (the English texts
     * never said TOTP), and Dutch has a plural, not the administrative "sleutel(s)".
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"login", "account"})
    void noTotpJargon_andNoBracketedPlurals_inTheTranslations(String type) throws IOException {
        for (String language : List.of("en", "fr", "nl", "de")) {
            Properties texts = messages(type, language);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertTrue(!text.contains("TOTP"), type + "/" + language + " " + key + ": " + text);
                if (language.equals("nl")) {
                    assertTrue(!text.matches("(?s).*[a-z]\\(s\\).*"), type + "/nl " + key + ": " + text);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"login", "email"})
    void everyKeyOurTemplatesUse_exists(String type) throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(THEME.resolve(type))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ftl")).toList()) {
                used.addAll(ourKeys(Files.readString(file)));
            }
        }
        used.removeAll(messages(type, "en").stringPropertyNames());
        assertEquals(Set.of(), used, "keys used by " + type + " templates but not defined");
    }

    @org.junit.jupiter.api.Test
    void everyKeyOurJavaCodeUses_existsInTheLoginOrEmailTheme() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(JAVA_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Set<String> keys = ourKeys(source);
                Matcher attribute = ATTRIBUTE.matcher(source);
                while (attribute.find()) {
                    keys.remove(attribute.group(1));
                }
                used.addAll(keys);
            }
        }
        assertTrue(used.size() > 5, "the scan finds the keys the authenticators use: " + used);
        used.removeAll(messages("login", "en").stringPropertyNames());
        used.removeAll(messages("email", "en").stringPropertyNames());
        assertEquals(Set.of(), used, "keys used by the authenticators but defined in neither theme");
    }

    /**
     * The account console's "Signing in" page names each credential type by its metadata's display
     * name and help text, "Set up …" by "{type}-display-name", a key without a label by "{type}", and
     * required actions by "requiredAction.{id}": all of ours exist in the account theme (issue 28:
     * it showed "Set up dk-app-device-display-name").
     */
    @org.junit.jupiter.api.Test
    void everyCredentialTypeAndRequiredActionOfOurs_isNamedInTheAccountTheme() throws IOException {
        Set<String> needed = new TreeSet<>();
        Pattern type = Pattern.compile("String TYPE = \"(dk-[a-z0-9-]+)\"");
        Pattern metadata = Pattern.compile("\\.(?:displayName|helpText)\\(\"(dk[A-Z][A-Za-z0-9]*)\"\\)");
        Pattern action = Pattern.compile("PROVIDER_ID = \"(dk-[a-z0-9-]+)\"");
        try (Stream<Path> files = Files.walk(JAVA_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = file.getFileName().toString();
                String source = Files.readString(file);
                if (name.endsWith("CredentialModel.java")) {
                    Matcher m = type.matcher(source);
                    while (m.find()) {
                        needed.add(m.group(1));
                        needed.add(m.group(1) + "-display-name");
                    }
                }
                if (name.endsWith("CredentialProvider.java")) {
                    Matcher m = metadata.matcher(source);
                    while (m.find()) {
                        needed.add(m.group(1));
                    }
                }
                if (name.endsWith("RequiredActionFactory.java")) {
                    Matcher m = action.matcher(source);
                    while (m.find()) {
                        needed.add("requiredAction." + m.group(1));
                    }
                }
            }
        }
        assertTrue(needed.containsAll(List.of("dk-app-device-display-name", "dkCardDisplayName", "requiredAction.dk-app-enrol")),
                "the scan finds our credential types and required actions: " + needed);
        needed.removeAll(messages("account", "en").stringPropertyNames());
        assertEquals(Set.of(), needed, "named by the account console but missing in the account theme");
    }

    /** Every digital key a demo realm's chooser shows has its tile title and "more information" text. */
    @org.junit.jupiter.api.Test
    void everyDigitalKeyOfTheDemoRealms_hasItsTileMessages() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("../realm-exports"), 2)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json") && !f.toString().contains("target")).toList()) {
                Matcher matcher = Pattern.compile("\"key\"\\s*:\\s*\"([a-z0-9-]+)\"").matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        assertTrue(keys.containsAll(List.of("email-code", "card-reader", "password-totp")),
                "the scan finds the chooser's keys of the demo realms and the tenant template: " + keys);
        Properties english = messages("login", "en");
        Set<String> missing = new TreeSet<>();
        for (String key : keys) {
            for (String suffix : List.of(".title", ".info")) {
                if (english.getProperty("dkKey." + key + suffix) == null) {
                    missing.add("dkKey." + key + suffix);
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    private static Set<String> ourKeys(String source) {
        Set<String> keys = new TreeSet<>();
        Matcher matcher = OUR_KEY.matcher(source);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private static Properties messages(String type, String language) throws IOException {
        Path file = THEME.resolve(type).resolve("messages").resolve("messages_" + language + ".properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
