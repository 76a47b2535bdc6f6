package be.digitalkeys.dev.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class DemoMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[0-9]+}");

    @Test
    void everyLanguage_hasTheSameKeys_andTheSamePlaceholders_andAHintPerCard() {
        Properties en = DemoMessages.bundle("en");
        for (String lang : DemoMessages.LANGUAGES) {
            Properties p = DemoMessages.bundle(lang);
            assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(p.stringPropertyNames()), lang);
            for (String key : en.stringPropertyNames()) {
                assertEquals(placeholders(en.getProperty(key)), placeholders(p.getProperty(key)), lang + " " + key);
                assertTrue(!p.getProperty(key).isBlank(), lang + " " + key);
            }
            DemoClient.ALL.forEach(c -> assertTrue(p.containsKey("hint." + c.card()), lang + " hint." + c.card()));
        }
    }

    @Test
    void acceptLanguage_picksTheFirstOfOurLanguages() {
        assertEquals("nl", DemoMessages.fromAcceptLanguage("nl-BE,nl;q=0.9,en;q=0.5"));
        assertEquals("de", DemoMessages.fromAcceptLanguage("es,de;q=0.8"));
        assertEquals("en", DemoMessages.fromAcceptLanguage("es"));
        assertEquals("en", DemoMessages.fromAcceptLanguage(";;;"));
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
