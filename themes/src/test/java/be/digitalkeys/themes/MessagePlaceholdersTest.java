package be.digitalkeys.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No message reaches a user with an unfilled "{0}" (issue 28): the four languages of every key of
 * every theme bundle (login, email, account of the base theme and of each tenant theme) carry the
 * same placeholders, every text is a valid MessageFormat pattern, and every place our Java code
 * or templates name a key whose text has placeholders passes at least that many arguments.
 */
class MessagePlaceholdersTest {

    static final Path THEMES = Path.of("src/main/resources/theme");
    static final List<String> LANGUAGES = List.of("en", "fr", "nl", "de");
    static final List<Path> SOURCES = List.of(Path.of("../authenticators/src/main/java"), Path.of("../organisations/src/main/java"),
            THEMES);
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    /** A key in quotes; not the value of an id or for attribute (element ids like dkAppWaitIntro). */
    static final Pattern KEY_LITERAL = Pattern.compile("(?<!\\b(?:id|for)=)[\"'](dk[A-Z][A-Za-z0-9_.-]*)[\"']");
    /**
     * A text handed to a page script, which fills its "{0}" itself (dk-app-wait.js, dk-app-simulator.js,
     * dk-software-eid.js): the value of a data- attribute or of a simulator's text template.
     */
    static final Pattern FOR_A_SCRIPT = Pattern.compile("(?:data-[\\w-]+=\"\\$\\{msg\\(|<span data-key=\"\\w+\">\\$\\{msg\\()$");
    /** FreeMarker's choice between two keys, whose arguments follow the choice: msg(x?then("a", "b"), args). */
    static final Pattern THEN = Pattern.compile("\\?then\\(\\s*(?:[\"'][^\"']*[\"']\\s*,\\s*)?$");
    /** A lone ASCII apostrophe, which MessageFormat (and so Keycloak's msg()) swallows. */
    static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    /**
     * Keys named where their text is read now and formatted elsewhere with all its arguments:
     * the SMS texts (CodeDelivery.smsText and AppSms.text format them with realm, code, minutes).
     */
    static final Set<String> FORMATTED_ELSEWHERE = Set.of("CodeDelivery.java:dkSecurityCodeSms", "CodeDelivery.java:dkRegistrationCodeSms",
            "AppSms.java:dkAppSmsText");

    @Test
    void everyKeyOfEveryThemeBundle_hasTheSamePlaceholdersInTheFourLanguages() throws IOException {
        List<String> faults = new ArrayList<>();
        int keys = 0;
        int bundles = 0;
        for (Path bundle : bundles()) {
            bundles++;
            Map<String, Properties> languages = new TreeMap<>();
            for (String language : LANGUAGES) {
                languages.put(language, load(bundle.resolve("messages_" + language + ".properties")));
            }
            Properties english = languages.get("en");
            for (String key : english.stringPropertyNames()) {
                keys++;
                Set<String> expected = placeholders(english.getProperty(key));
                for (String language : LANGUAGES) {
                    String text = languages.get(language).getProperty(key);
                    String where = THEMES.relativize(bundle) + "/" + language + " " + key;
                    if (text == null) {
                        faults.add(where + ": missing");
                        continue;
                    }
                    if (!expected.equals(placeholders(text))) {
                        faults.add(where + ": placeholders " + placeholders(text) + ", English has " + expected);
                    }
                    try {
                        new MessageFormat(text);
                    } catch (IllegalArgumentException e) {
                        faults.add(where + ": not a valid message pattern (" + e.getMessage() + ")");
                    }
                    if (!bundle.getParent().getFileName().toString().equals("account") && LONE_APOSTROPHE.matcher(text).find()) {
                        faults.add(where + ": a lone ' disappears in msg(); write ’ or ''");
                    }
                }
            }
        }
        // The lab's development-kit messages live in the lab jar (LabMessagesTest), not in these bundles.
        assertTrue(bundles >= 10 && keys > 400, "the scan finds the theme bundles: " + bundles + " bundles, " + keys + " keys");
        assertEquals(List.of(), faults);
    }

    @Test
    void everyKeyWithPlaceholders_isGivenItsArgumentsWhereverOurCodeNamesIt() throws IOException {
        Map<String, Integer> needed = new TreeMap<>();
        for (String type : List.of("login", "email")) {
            Properties english = load(THEMES.resolve("digitalkeys").resolve(type).resolve("messages/messages_en.properties"));
            for (String key : english.stringPropertyNames()) {
                placeholders(english.getProperty(key)).stream().mapToInt(Integer::parseInt).max()
                        .ifPresent(max -> needed.merge(key, max + 1, Math::max));
            }
        }
        List<String> faults = new ArrayList<>();
        int checked = 0;
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".ftl")).toList()) {
                    String source = Files.readString(file);
                    boolean template = file.toString().endsWith(".ftl");
                    Matcher literal = KEY_LITERAL.matcher(source);
                    while (literal.find()) {
                        Integer wanted = needed.get(literal.group(1));
                        if (wanted == null || FORMATTED_ELSEWHERE.contains(file.getFileName() + ":" + literal.group(1))) {
                            continue;
                        }
                        String before = source.substring(Math.max(0, literal.start() - 80), literal.start());
                        if (template && FOR_A_SCRIPT.matcher(before).find()) {
                            continue;
                        }
                        checked++;
                        int from = literal.end();
                        if (template && THEN.matcher(before).find()) {
                            from = closingParenthesis(source, from) + 1;
                        }
                        int given = argumentsAfter(source, from, template);
                        if (given < wanted) {
                            int line = source.substring(0, literal.start()).split("\n", -1).length;
                            faults.add(file.getFileName() + ":" + line + " " + literal.group(1) + " needs " + wanted + " argument(s), gets " + given);
                        }
                    }
                }
            }
        }
        assertTrue(needed.size() > 40 && checked > 40, "the scan finds the keys with placeholders and their uses: " + needed.size() + "/" + checked);
        assertEquals(List.of(), faults);
    }

    /**
     * The arguments that follow a key in its call: the commas at the call's own depth up to its
     * closing parenthesis. A statement's end (";" or "{", or in a template the end of a tag) before
     * that parenthesis means the key is passed on alone (a returned key, a macro's label).
     */
    static int argumentsAfter(String source, int from, boolean template) {
        int depth = 0;
        int commas = 0;
        boolean inString = false;
        char quote = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"', '\'' -> {
                    inString = true;
                    quote = c;
                }
                case '(', '[' -> depth++;
                case ')', ']' -> {
                    if (depth == 0) {
                        return commas;
                    }
                    depth--;
                }
                case ',' -> commas += depth == 0 ? 1 : 0;
                case ';', '{', '}' -> {
                    if (depth == 0 && !(template && c != '>')) {
                        return 0;
                    }
                }
                case '>' -> {
                    if (template && depth == 0) {
                        return 0;
                    }
                }
                default -> {
                }
            }
        }
        return 0;
    }

    private static int closingParenthesis(String source, int from) {
        int depth = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                return i;
            }
        }
        return source.length() - 1;
    }

    @Test
    void theCheck_countsArgumentsLikeACaller() {
        assertEquals(0, argumentsAfter("\"k\"));", 3, false));
        assertEquals(1, argumentsAfter("\"k\", suite.digits()));", 3, false));
        assertEquals(1, argumentsAfter("\"k\" : \"j\", left).render());", 3, false));
        assertEquals(0, argumentsAfter("\"k\";", 3, false));
        assertEquals(2, argumentsAfter("\"k\", a, f(b, c))}", 3, true));
        assertEquals(0, argumentsAfter("\"k\" />", 3, true));
    }

    static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(THEMES)) {
            return files.filter(f -> f.getFileName().toString().equals("messages_en.properties")).map(Path::getParent).sorted().toList();
        }
    }

    static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }
}
