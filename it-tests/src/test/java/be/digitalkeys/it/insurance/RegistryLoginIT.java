package be.digitalkeys.it.insurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import be.digitalkeys.it.pages.LoginPage;
import be.digitalkeys.it.pages.TotpSetupPage;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The insurance demo realm with its demo registry (user-storage/demo/insurance-registry.sql in an
 * H2 file, import mode): customers registered before Keycloak log in with their old password and
 * go on with the insurer's first-login journey.
 */
@ExtendWith(DigitalKeysExtension.class)
class RegistryLoginIT {

    static final String REALM = "insurance";

    private final TestEnvironment env;

    RegistryLoginIT(TestEnvironment env) {
        this.env = env;
    }

    @Test
    void registryCustomer_logsInWithTheLegacyPassword_thenSetsUpTheApp() {
        try (Browser browser = Browser.open("fr")) {
            LoginPage.open(browser, env.baseUrl(), REALM).logIn("luc.lambert@insurance.example", "Assurance 2026!");
            new TotpSetupPage(browser);
            browser.screenshot("registry-insurance-fr-01-app-setup-after-legacy-password");
        }
        UserRepresentation luc = env.realm(REALM).users().search("luc.lambert@insurance.example", true).get(0);
        assertEquals("Lambert", luc.getLastName());
        assertEquals(List.of(luc.getUsername()), env.realm(REALM).users().searchByAttributes("niss:85073003328").stream()
                .map(UserRepresentation::getUsername).toList(), "found by national register number");
        assertTrue(env.realm(REALM).users().get(luc.getId()).credentials().stream().anyMatch(c -> "password".equals(c.getType())),
                "the legacy password now lives in Keycloak");
    }

    @Test
    void registryCustomer_withBcryptHash_wrongPasswordRefused_rightOneAccepted() {
        try (Browser browser = Browser.open("nl")) {
            LoginPage page = LoginPage.open(browser, env.baseUrl(), REALM);
            page.logIn("els.wouters@insurance.example", "Verzekering-2025");
            page = new LoginPage(browser);
            assertFalse(page.fieldError("username").isEmpty());
            page.logIn("els.wouters@insurance.example", "Verzekering-2026");
            new TotpSetupPage(browser);
        }
    }

    @Test
    void customerDisabledInTheRegistry_cannotLogIn() {
        try (Browser browser = Browser.open("fr")) {
            LoginPage page = LoginPage.open(browser, env.baseUrl(), REALM);
            page.logIn("nadia.benali@insurance.example", "Assurance 2026!");
            page = new LoginPage(browser);
            String shown = page.fieldError("username") + page.alert();
            assertFalse(shown.isEmpty(), "a refusal is shown");
            browser.screenshot("registry-insurance-fr-02-disabled-customer");
        }
    }
}
