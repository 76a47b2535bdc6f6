package be.digitalkeys.it.pages;

import be.digitalkeys.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** dk-app-simulator.ftl: the development phone simulator, the phone app in a page. */
public final class AppSimulatorPage extends Page {

    public AppSimulatorPage(Browser browser) {
        super(browser);
        awaitElement("simBanner");
    }

    public static AppSimulatorPage open(Browser browser, String baseUrl, String realm) {
        browser.get(baseUrl + "/realms/" + realm + "/dk-lab/app-simulator");
        return new AppSimulatorPage(browser);
    }

    /** "Activer": the activation token and the number; waits for the SMS code screen. */
    public void activate(String token, String number) {
        awaitElement("simActivate");
        type("simToken", token);
        type("simPhone", number);
        byId("simStart").click();
        awaitElement("simSms");
    }

    public void confirmSms(String code) {
        type("simSmsCode", code);
        byId("simSmsConfirm").click();
        awaitElement("simChooseCode");
    }

    /** Chooses the app code twice; waits until the rules allow it, confirms, and waits for the home screen. */
    public void chooseAppCode(String code) {
        type("simAppCode", code);
        type("simAppCodeRepeat", code);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("simCodeConfirm")));
        byId("simCodeConfirm").click();
        awaitElement("simHome");
    }

    /** Waits for the pending request (the simulator checks every 2 seconds), taps the icon, confirms and types the code. */
    public String approve(String icon, String appCode) {
        awaitElement("simRequest");
        if (icon != null) {
            browser.driver().findElement(By.cssSelector("#simIcons .dk-sim-icon[data-icon='" + icon + "']")).click();
        }
        byId("simConfirm").click();
        awaitElement("simPinScreen");
        type("simPin", appCode);
        byId("simPinOk").click();
        awaitElement("simResultScreen");
        return byId("simResultText").getText().trim();
    }

    /** The id of the login request on the request screen (waits for that screen). */
    public String shownRequest() {
        awaitElement("simRequest");
        return byId("simRequest").getAttribute("data-request");
    }

    /** Waits until the request screen shows another request than {@code old}; returns the new one's id. */
    public String awaitRequestOtherThan(String old) {
        try {
            browser.waiting().until(d -> {
                var screen = d.findElement(By.id("simRequest"));
                String id = screen.getAttribute("data-request");
                return screen.isDisplayed() && id != null && !id.equals(old);
            });
        } catch (RuntimeException e) {
            // What the page knew: its screen, the request on it, whether it was the visible tab, and
            // the calls it made (path, start, duration in ms), to tell a stalled page from a slow server.
            Object diag = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return JSON.stringify({now: performance.now(), screen: document.getElementById('dk-app-sim').dataset,"
                + " req: document.getElementById('simRequest').dataset.request, hidden: document.getElementById('simRequest').hidden, vis: document.visibilityState,"
                + " res: performance.getEntriesByType('resource').map(r => [r.name.replace(/^.*dk-app/, ''), Math.round(r.startTime), Math.round(r.duration)])})");
            throw new AssertionError("the simulator did not move on from request " + old + ": " + diag, e);
        }
        return shownRequest();
    }

    /** The error message shown, or "". */
    public String message() {
        return byId("simMessage").getText().trim();
    }

    /** The icons offered on the request screen. */
    public java.util.List<String> icons() {
        return browser.driver().findElements(By.cssSelector("#simIcons .dk-sim-icon")).stream()
                .map(b -> b.getAttribute("data-icon")).toList();
    }

    /** Taps the icon and confirms: the app-code screen. */
    public void confirmWith(String icon) {
        awaitElement("simRequest");
        browser.driver().findElement(By.cssSelector("#simIcons .dk-sim-icon[data-icon='" + icon + "']")).click();
        byId("simConfirm").click();
        awaitElement("simPinScreen");
    }

    /** Types the app code on the code screen and sends the approval, which the API refuses: the message shown. */
    public String approvalRefused(String appCode) {
        type("simPin", appCode);
        byId("simPinOk").click();
        // The simulator may already have moved on to the newest request: the reason stays shown
        // over it until the person acts.
        return browser.waiting().until(d -> {
            String shown = d.findElement(By.id("simMessage")).getText().trim();
            return shown.isEmpty() ? null : shown;
        });
    }
}
