package be.digitalkeys.it.pages;

import be.digitalkeys.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** dk-card-simulator.ftl: the development reader's keypad, driven key by key as a person would. */
public final class CardReaderSimulatorPage extends Page {

    public CardReaderSimulatorPage(Browser browser) {
        super(browser);
        awaitElement("dk-sim-display");
    }

    public static CardReaderSimulatorPage open(Browser browser, String baseUrl, String realm) {
        browser.get(baseUrl + "/realms/" + realm + "/dk-lab/card-simulator");
        return new CardReaderSimulatorPage(browser);
    }

    /** Insert card, Login, the challenge, OK, OK, the PIN, OK; returns what the display shows then. */
    public String respond(String cardNumber, String challenge, String pin) {
        press(cardNumber, challenge, pin);
        browser.waiting().until(d -> d.findElement(By.id("dk-sim-display")).getAttribute("data-response") != null);
        return byId("dk-sim-display").getText().trim();
    }

    /** The same steps when the reader is expected to refuse (wrong PIN, unknown card): the display then. */
    public String respondExpectingError(String cardNumber, String challenge, String pin) {
        press(cardNumber, challenge, pin);
        browser.waiting().until(d -> !"…".equals(d.findElement(By.id("dk-sim-display")).getText().trim())
                && !d.findElement(By.id("dk-sim-display")).getText().contains("*"));
        return byId("dk-sim-display").getText().trim();
    }

    private void press(String cardNumber, String challenge, String pin) {
        new Select(byId("dk-sim-card")).selectByValue(cardNumber);
        byId("dk-sim-insert").click();
        byId("dk-sim-login").click();
        keys(challenge);
        byId("dk-sim-ok").click();
        byId("dk-sim-ok").click();
        keys(pin);
        byId("dk-sim-ok").click();
    }

    private void keys(String digits) {
        for (char digit : digits.toCharArray()) {
            byId("dk-sim-key-" + digit).click();
        }
    }
}
