package be.digitalkeys.it.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.digitalkeys.it.pages.AccountPage;
import be.digitalkeys.it.pages.CardChallengePage;
import be.digitalkeys.it.pages.CardNumberPage;
import be.digitalkeys.it.pages.CardReaderSimulatorPage;
import be.digitalkeys.it.pages.CardStopPage;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WindowType;

/** The bank demo realm as a newcomer uses it from the README: its imported demo cards and the reader simulator. */
@ExtendWith(DigitalKeysExtension.class)
class DemoBankIT {

    static final String REALM = "bank";
    private final TestEnvironment env;

    DemoBankIT(TestEnvironment env) {
        this.env = env;
    }

    @Test
    void readmeWalkthrough_demoCardAndSimulator_logIn() {
        try (Browser browser = Browser.open("fr")) {
            browser.get(env.baseUrl() + "/realms/" + REALM + "/account/");
            new CardNumberPage(browser).enter("0000 0000 0012 8", false);
            CardChallengePage challenge = new CardChallengePage(browser);
            String shown = challenge.challenge();
            String login = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            String response = CardReaderSimulatorPage.open(browser, env.baseUrl(), REALM).respond("67030000000000128", shown, "1234");
            browser.driver().close();
            browser.show(login);
            new CardChallengePage(browser).sign(response);
            new AccountPage(browser, env.baseUrl(), REALM);
        }
    }

    @Test
    void demoReplacedCard_getsTheExplanation() {
        try (Browser browser = Browser.open("fr")) {
            browser.get(env.baseUrl() + "/realms/" + REALM + "/account/");
            new CardNumberPage(browser).enter("0000 0000 0020 1", false);
            CardStopPage stop = new CardStopPage(browser);
            assertEquals("Cette carte a été désactivée.", stop.message());
            assertTrue(stop.support().contains("02 555 00 00"), stop.support());
        }
    }

    /** The three card pages in each language, shot for review (an unknown number shows the challenge page too). */
    @Test
    void cardPages_inEveryLanguage() {
        for (String language : java.util.List.of("fr", "nl", "de", "en")) {
            try (Browser browser = Browser.open(language)) {
                browser.get(env.baseUrl() + "/realms/" + REALM + "/account/");
                CardNumberPage number = new CardNumberPage(browser);
                assertEquals(language, number.language());
                browser.screenshot("card-reader-" + language + "-10-number");
                number.enter("0000 0000 0020 1", false);
                CardStopPage stop = new CardStopPage(browser);
                assertEquals(language, stop.language());
                browser.screenshot("card-reader-" + language + "-11-stop");
                stop.otherCard();
                new CardNumberPage(browser).enter("1234 5678 9012 1", false);
                CardChallengePage challenge = new CardChallengePage(browser);
                assertEquals(language, challenge.language());
                assertEquals(6, challenge.steps().size());
                browser.screenshot("card-reader-" + language + "-12-challenge");
            }
        }
    }

    @Test
    void simulator_existsOnlyInDevelopmentRealms() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var insurance = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(env.baseUrl() + "/realms/insurance/dk-lab/card-simulator")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(404, insurance.statusCode());
    }

    @Test
    void simulator_refusesAWrongPin() {
        try (Browser browser = Browser.open("en")) {
            CardReaderSimulatorPage simulator = CardReaderSimulatorPage.open(browser, env.baseUrl(), REALM);
            assertEquals("Wrong PIN. PIN ?", simulator.respondExpectingError("67030000000000532", "12345678", "9999"));
        }
    }

    /** Issue 20: the simulator's card picker was the browser's bare box; it is now drawn like the form controls. */
    @Test
    void simulator_cardPicker_isStyledLikeAFormControl() {
        try (Browser browser = Browser.open("en")) {
            CardReaderSimulatorPage.open(browser, env.baseUrl(), REALM);
            var js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> style = (java.util.Map<String, Object>) js.executeScript(
                    "var s = getComputedStyle(document.getElementById('dk-sim-card')), r = document.getElementById('dk-sim-card').getBoundingClientRect();"
                    + "return {radius: parseFloat(s.borderTopLeftRadius), padding: parseFloat(s.paddingLeft), height: r.height,"
                    + " appearance: s.appearance, border: s.borderTopStyle};");
            browser.screenshot("card-simulator-picker-en");
            assertTrue(((Number) style.get("radius")).doubleValue() > 0, style.toString());
            assertTrue(((Number) style.get("padding")).doubleValue() >= 8, style.toString());
            assertTrue(((Number) style.get("height")).doubleValue() >= 36, style.toString());
            assertEquals("none", style.get("appearance"), style.toString());
            assertEquals("solid", style.get("border"), style.toString());
        }
    }
}
