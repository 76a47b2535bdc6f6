package be.digitalkeys.dev.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** The page's texts in fr, nl, de and en ({@code messages_xx.properties}, UTF-8, the same keys in each). */
final class DemoMessages {

    static final List<String> LANGUAGES = List.of("fr", "nl", "de", "en");
    static final Map<String, String> LANGUAGE_NAMES = Map.of("fr", "Français", "nl", "Nederlands", "de", "Deutsch", "en", "English");
    private static final Map<String, Properties> BUNDLES = load();

    private final String language;
    private final Properties texts;

    private DemoMessages(String language) {
        this.language = language;
        this.texts = BUNDLES.get(language);
    }

    static DemoMessages of(String language) {
        return new DemoMessages(language != null && LANGUAGES.contains(language) ? language : "en");
    }

    String language() {
        return language;
    }

    /** The text with {0}, {1}... replaced; a missing key fails loudly (the bundles' test keeps them complete). */
    String get(String key, Object... args) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no text " + key + " in " + language);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The first of our languages in an Accept-Language header, else English. */
    static String fromAcceptLanguage(String header) {
        if (header != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    String lang = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (LANGUAGES.contains(lang)) {
                        return lang;
                    }
                }
            } catch (IllegalArgumentException e) {
                // a malformed header: English
            }
        }
        return "en";
    }

    static Properties bundle(String language) {
        return BUNDLES.get(language);
    }

    private static Map<String, Properties> load() {
        Map<String, Properties> bundles = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            Properties p = new Properties();
            try (InputStream in = DemoMessages.class.getResourceAsStream("messages_" + lang + ".properties")) {
                if (in == null) {
                    throw new IllegalStateException("messages_" + lang + ".properties missing");
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundles.put(lang, p);
        }
        return bundles;
    }
}
