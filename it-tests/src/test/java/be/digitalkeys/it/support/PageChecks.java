package be.digitalkeys.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * What every page we render must offer (issue 11): the page's language in {@code <html lang>}, the
 * language chooser of keycloak.v2's template with our four languages, and zero axe-core
 * violations at WCAG 2.1 A/AA, no sideways scrolling at 360 and 640 CSS pixels, and no unfinished
 * message ({@link RawMessages}: a raw "{0}", "${", "???" or message key). Each checked page is shot as target/screenshots/a11y-{page}.png and
 * its axe result appended to target/a11y/axe-results.md.
 */
public final class PageChecks {

    /** The realms' languages, as the chooser offers them. */
    public static final List<String> LANGUAGES = List.of("fr", "nl", "de", "en");

    /** A 360-pixel phone, and 200 % zoom of a 1280-pixel window. */
    private static final List<Integer> NARROW_WIDTHS = List.of(360, 640);
    /** The innermost elements whose right edge passes the window's, named tag#id.class. */
    private static final String WIDEST = "var w = document.documentElement.clientWidth, out = [];"
            + "document.querySelectorAll('body *').forEach(function (e) {"
            + "  var r = e.getBoundingClientRect();"
            + "  if (r.right > w + 1 && ![].some.call(e.children, function (c) { return c.getBoundingClientRect().right > w + 1; })) {"
            + "    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined"
            + "      ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' ' + Math.round(r.width) + 'px');"
            + "  }"
            + "});"
            + "return out.slice(0, 8).join(', ');";
    private static final Pattern KC_LOCALE = Pattern.compile("[?&]kc_locale=([^&#]+)");

    /** Whether the page is rendered through keycloak.v2's template.ftl (and so has its language chooser). */
    public enum LanguageChooser {
        /** A login-template page: the chooser must be there. */
        EXPECTED,
        /** A page not rendered through the login template: no chooser to check. */
        NOT_A_LOGIN_TEMPLATE_PAGE
    }

    private PageChecks() {
    }

    /**
     * The full check of a login-template page: language, chooser, screenshot, axe with zero
     * violations. {@code excludedRules} are axe rule ids not run; only for markup Keycloak itself
     * produces and we cannot change, with the reason where it is called.
     */
    public static Axe.Result accessible(Browser browser, String page, String... excludedRules) {
        return accessible(browser, page, LanguageChooser.EXPECTED, excludedRules);
    }

    /** As {@link #accessible(Browser, String, String...)}, saying whether the page has the login template's chooser. */
    public static Axe.Result accessible(Browser browser, String page, LanguageChooser chooser, String... excludedRules) {
        String lang = browser.driver().findElement(By.tagName("html")).getAttribute("lang");
        assertEquals(browser.language(), lang, page + ": <html lang> is the browser's language");
        RawMessages.assertNoneOnPage(browser, page);
        if (chooser == LanguageChooser.EXPECTED) {
            assertLanguageChooser(browser, page, lang);
        }
        browser.screenshot("a11y-" + page);
        Axe.Result result = Axe.run(browser, List.of(), Arrays.asList(excludedRules));
        Axe.record(page, result);
        assertEquals(List.of(), result.violations().stream().map(Axe.Violation::id).toList(), page + ": " + result.report());
        assertFitsNarrowScreens(browser, page);
        return result;
    }

    /**
     * The page never scrolls sideways on a 360-pixel phone screen nor at 200 % zoom of a 1280-pixel
     * window (640 CSS pixels); the window gets its usual size back afterwards.
     */
    public static void assertFitsNarrowScreens(Browser browser, String page) {
        WebDriver.Window window = browser.driver().manage().window();
        Dimension usual = window.getSize();
        try {
            for (int width : NARROW_WIDTHS) {
                window.setSize(new Dimension(width, width == 360 ? 740 : 512));
                String culprits = "";
                if (scrollsSideways(browser)) {
                    browser.screenshot("layout-too-wide-" + width + "-" + page);
                    culprits = String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(WIDEST));
                    culprits = culprits.isBlank() ? "(none found by name)" : culprits;
                }
                assertTrue(culprits.isEmpty(), page + " scrolls sideways at " + width + " CSS pixels; elements past the right edge: "
                        + culprits);
            }
        } finally {
            window.setSize(usual);
        }
    }

    /**
     * In how many lines the first occurrence of {@code piece} inside the element is laid out (spaces and
     * no-break spaces compare equal); -1 when the element does not contain it.
     */
    private static final String LINES_OF = "var el = document.getElementById(arguments[0]), norm = function (s) { return s.replace(/[\\s\\u00a0]/g, ' '); };"
            + "var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT), nodes = [], text = '';"
            + "while (walker.nextNode()) { nodes.push([walker.currentNode, text.length]); text += walker.currentNode.data; }"
            + "var i = norm(text).indexOf(norm(arguments[1])); if (i < 0) { return -1; }"
            + "var at = function (pos) { for (var k = nodes.length - 1; k >= 0; k--) { if (nodes[k][1] <= pos) { return [nodes[k][0], pos - nodes[k][1]]; } } };"
            + "var r = document.createRange(), s = at(i), e = at(i + arguments[1].length); r.setStart(s[0], s[1]); r.setEnd(e[0], e[1]);"
            + "var tops = {}; [].forEach.call(r.getClientRects(), function (x) { if (x.width > 0) { tops[Math.round(x.top)] = 1; } });"
            + "return Object.keys(tops).length;";

    /**
     * Each piece of text (a masked phone number, a group of a key) stays on one line whatever the
     * window's width, from a 320-pixel phone to 800 pixels, in 8-pixel steps: the line may break
     * before or after it, never inside. The window gets its usual size back afterwards.
     */
    public static void assertNeverSplit(Browser browser, String elementId, List<String> pieces) {
        WebDriver.Window window = browser.driver().manage().window();
        Dimension usual = window.getSize();
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        try {
            for (int width = 320; width <= 800; width += 8) {
                window.setSize(new Dimension(width, 900));
                for (String piece : pieces) {
                    long lines = ((Number) js.executeScript(LINES_OF, elementId, piece)).longValue();
                    if (lines != 1) {
                        browser.screenshot("layout-split-" + elementId + "-" + width);
                    }
                    assertEquals(1, lines, "'" + piece + "' in #" + elementId + " at " + width + " CSS pixels: lines");
                }
            }
        } finally {
            window.setSize(usual);
        }
    }

    /** Whether the page is wider than the window (a horizontal scroll bar). */
    public static boolean scrollsSideways(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        return ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue()
                > ((Number) js.executeScript("return document.documentElement.clientWidth;")).longValue();
    }

    /**
     * keycloak.v2's chooser ({@code select#login-select-toggle}, one option per language whose
     * value is the page's address with {@code kc_locale}): labelled, our four languages, the
     * page's language selected.
     */
    public static void assertLanguageChooser(Browser browser, String page, String lang) {
        List<WebElement> found = browser.driver().findElements(By.cssSelector("select#login-select-toggle"));
        assertEquals(1, found.size(), page + ": one language chooser");
        WebElement element = found.get(0);
        assertTrue(element.isDisplayed(), page + ": the language chooser is visible");
        assertFalse(String.valueOf(element.getAttribute("aria-label")).isBlank(), page + ": the language chooser has a name");
        Select select = new Select(element);
        List<String> offered = select.getOptions().stream().map(o -> locale(o.getAttribute("value"))).sorted().toList();
        assertEquals(LANGUAGES.stream().sorted().toList(), offered, page + ": languages offered");
        assertEquals(lang, locale(select.getFirstSelectedOption().getAttribute("value")), page + ": the current language is selected");
    }

    /**
     * A field in error says so and points at its message: {@code aria-invalid="true"} and an
     * {@code aria-describedby} naming a visible, non-empty {@code input-error-*} element. Returns
     * the message.
     */
    public static String assertErrorTiedToField(Browser browser, String fieldId) {
        WebDriver driver = browser.driver();
        WebElement field = driver.findElement(By.id(fieldId));
        assertEquals("true", field.getAttribute("aria-invalid"), fieldId + " says it is invalid");
        String describedBy = String.valueOf(field.getAttribute("aria-describedby"));
        String errorId = Arrays.stream(describedBy.trim().split("\\s+")).filter(id -> id.startsWith("input-error-")).findFirst()
                .orElseThrow(() -> new AssertionError(fieldId + " is not described by its error: aria-describedby=\"" + describedBy + "\""));
        WebElement error = driver.findElement(By.id(errorId));
        assertTrue(error.isDisplayed(), errorId + " is visible");
        assertFalse(error.getText().isBlank(), errorId + " has a message");
        return error.getText().trim();
    }

    private static String locale(String url) {
        Matcher m = KC_LOCALE.matcher(String.valueOf(url));
        return m.find() ? m.group(1) : "?" + url;
    }
}
