package be.digitalkeys.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unfinished messages in what a person reads (issue 28): an unfilled placeholder "{0}", an
 * unevaluated template "${", an unfilled "{{name}}" of the account console, Keycloak's "???" for a missing message, or one of our message keys
 * instead of its text (camelCase dkCardResponseMalformed, dkKey.card-reader.title, or a kebab-case
 * key such as dk-app-device-display-name). Used by every page object, by {@link PageChecks} and by
 * {@link Mailbox} for the e-mails we send.
 */
public final class RawMessages {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d[^}]{0,20}}|\\{\\{\\w+}}|\\$\\{|\\?\\?\\?");
    private static final Pattern CAMEL_KEY = Pattern.compile("(?<![\\w.-])dk[A-Z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_-]+)*");
    private static final Pattern KEBAB = Pattern.compile("(?<![\\w.-])dk-[a-z0-9]+(?:-[a-z0-9]+)*");
    /** Every kebab-case key of our theme bundles (e.g. the account console's "dk-app-device-display-name"). */
    private static final Set<String> KEBAB_KEYS = kebabKeys();
    /** The page's text and the texts of its attributes a person perceives (labels, titles, placeholders). */
    private static final String PERCEIVED = "var out = [document.title, document.body ? document.body.innerText : ''];"
            + "document.querySelectorAll('[aria-label],[title],[placeholder],[alt],[aria-description]').forEach(function (e) {"
            + "  ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'].forEach(function (a) {"
            + "    if (e.getAttribute(a)) { out.push(e.getAttribute(a)); } });"
            + "});"
            + "return out.join('\\n');";

    private RawMessages() {
    }

    /** The unfinished messages found in a text, each with a little context; empty when there are none. */
    public static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        for (Pattern pattern : List.of(PLACEHOLDER, CAMEL_KEY)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                found.add(context(text, m.start(), m.end()));
            }
        }
        Matcher kebab = KEBAB.matcher(text);
        while (kebab.find()) {
            String token = kebab.group();
            if (KEBAB_KEYS.contains(token) || token.endsWith("-display-name") || token.endsWith("-help-text")) {
                found.add(context(text, kebab.start(), kebab.end()));
            }
        }
        return found;
    }

    /** Fails when the page in the browser shows an unfinished message. */
    public static void assertNoneOnPage(Browser browser, String page) {
        browser.waiting().until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
        String text = String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(PERCEIVED));
        List<String> found = in(text);
        if (!found.isEmpty()) {
            browser.screenshot("raw-message-" + page.replaceAll("[^A-Za-z0-9-]", "_"));
            throw new AssertionError(page + " (" + browser.driver().getCurrentUrl() + ") shows unfinished messages: " + found);
        }
    }

    /** Fails when an e-mail's subject or text shows an unfinished message. */
    public static void assertNoneInMail(String what, String text) {
        List<String> found = in(text);
        if (!found.isEmpty()) {
            throw new AssertionError("The e-mail " + what + " shows unfinished messages: " + found);
        }
    }

    private static String context(String text, int start, int end) {
        return "…" + text.substring(Math.max(0, start - 30), Math.min(text.length(), end + 30)).replaceAll("\\s+", " ") + "…";
    }

    private static Set<String> kebabKeys() {
        Set<String> keys = new TreeSet<>();
        for (String type : List.of("login", "account", "email")) {
            String path = "theme/digitalkeys/" + type + "/messages/messages_en.properties";
            try (InputStream in = RawMessages.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException(path + " is not on the test classpath");
                }
                Properties messages = new Properties();
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                messages.stringPropertyNames().stream().filter(k -> k.startsWith("dk-")).forEach(keys::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }
}
