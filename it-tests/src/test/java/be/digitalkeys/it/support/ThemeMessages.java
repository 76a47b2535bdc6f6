package be.digitalkeys.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The login theme's texts, read from the themes jar, so tests compare what users see with what we ship. */
public final class ThemeMessages {

    private final Properties messages = new Properties();
    private final String language;

    public ThemeMessages(String language) {
        this.language = language;
        String path = "theme/digitalkeys/login/messages/messages_" + language + ".properties";
        try (InputStream in = ThemeMessages.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the test classpath");
            }
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a key with its parameters, as FreeMarker's msg() renders it. */
    public String get(String key, Object... params) {
        String text = messages.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException(key + " missing in " + language);
        }
        return params.length == 0 ? text.replace("''", "'") : new MessageFormat(text, Locale.forLanguageTag(language)).format(params);
    }
}
