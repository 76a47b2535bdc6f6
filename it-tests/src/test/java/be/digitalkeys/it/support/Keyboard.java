package be.digitalkeys.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A keyboard user: keys go to whatever has the focus (characters, Tab, Shift+Tab, Enter, Space,
 * arrows), never a click. The tests read the page (what has the focus, a code shown) but act on it
 * only through this class.
 */
public final class Keyboard {

    /** More Tab presses than any of our pages needs to reach its last control. */
    private static final int MAX_TABS = 40;

    private final Browser browser;

    public Keyboard(Browser browser) {
        this.browser = browser;
    }

    /** Presses keys (or types text) on the focused element, as a keyboard does. */
    public void press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /** Presses a key that leaves the page (Enter on a button or in a form) and waits until the new page replaces it. */
    public void pressAndAwaitNewPage(CharSequence key) {
        browser.markDocument();
        press(key);
        browser.awaitNewDocument();
    }

    /** The element that has the focus. */
    public WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    /** The id of the element that has the focus ("" when it has none). */
    public String focusedId() {
        String id = focused().getAttribute("id");
        return id == null ? "" : id;
    }

    /** Asserts the focus is on the element with this id (e.g. the field a page puts it in). */
    public void assertFocusOn(String id) {
        browser.waiting().until(d -> id.equals(focusedId()));
    }

    /** Presses Tab until the element with this id has the focus; fails when Tab never reaches it. */
    public void tabTo(String id) {
        tabTo(By.id(id));
    }

    /** Presses Tab until the element {@code target} has the focus; fails when Tab never reaches it. */
    public void tabTo(By target) {
        move(target, Keys.TAB);
    }

    /** Presses Shift+Tab until {@code id} has the focus. */
    public void shiftTabTo(String id) {
        move(By.id(id), Keys.chord(Keys.SHIFT, Keys.TAB));
    }

    private void move(By target, CharSequence key) {
        WebElement wanted = browser.driver().findElement(target);
        for (int presses = 0; presses < MAX_TABS && !wanted.equals(focused()); presses++) {
            press(key);
        }
        assertEquals(describe(wanted), describe(focused()), "the keyboard reaches " + target);
    }

    /**
     * On a focused, closed {@code <select>}: Up or Down until the option with this value is chosen
     * (as a keyboard user does without opening the list).
     */
    public void chooseWithArrows(String value) {
        Select select = new Select(focused());
        List<String> values = select.getOptions().stream().map(o -> o.getAttribute("value")).toList();
        int from = values.indexOf(select.getFirstSelectedOption().getAttribute("value"));
        int to = values.indexOf(value);
        assertTrue(to >= 0, value + " is one of " + values);
        for (int i = 0; i < Math.abs(to - from); i++) {
            press(to > from ? Keys.ARROW_DOWN : Keys.ARROW_UP);
        }
        assertEquals(value, new Select(focused()).getFirstSelectedOption().getAttribute("value"), "the arrows choose " + value);
    }

    /**
     * The focused element shows it has the focus: a computed outline (style not none, width above
     * zero) or a box-shadow. Returns what was found, for the message of a failure elsewhere.
     */
    @SuppressWarnings("unchecked")
    public String assertFocusVisible(String what) {
        Map<String, Object> style = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "const s = getComputedStyle(document.activeElement);"
                        + "return {outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, outlineColor: s.outlineColor,"
                        + " boxShadow: s.boxShadow, id: document.activeElement.id};");
        boolean outline = !"none".equals(style.get("outlineStyle")) && Double.parseDouble(
                String.valueOf(style.get("outlineWidth")).replace("px", "")) > 0;
        boolean shadow = !"none".equals(style.get("boxShadow"));
        assertTrue(outline || shadow, what + " shows no focus (" + style + ")");
        return outline ? style.get("outlineStyle") + " " + style.get("outlineWidth") + " " + style.get("outlineColor")
                : String.valueOf(style.get("boxShadow"));
    }

    private static String describe(WebElement element) {
        String id = element.getAttribute("id");
        return element.getTagName() + (id == null || id.isEmpty() ? "" : "#" + id) + " " + element.getAttribute("name");
    }
}
