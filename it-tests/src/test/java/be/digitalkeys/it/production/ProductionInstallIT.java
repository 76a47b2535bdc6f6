package be.digitalkeys.it.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import be.digitalkeys.it.pages.EidLoginPage;
import be.digitalkeys.it.pages.KeyChooserPage;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.EidLab;
import be.digitalkeys.it.support.KeycloakProcess;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.TestSettings;
import be.digitalkeys.it.support.ThemeMessages;
import be.digitalkeys.lab.eid.TestCitizen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A Keycloak with exactly the production jars (failsafe execution "production": the build's
 * distribution/target/providers, no lab jar) and a realm that switches on every development
 * setting there ever was (dk.lab.enabled and the old dk.eid.softwareEid, dk.app.simulator,
 * dk.development): a TEST card's token is refused as not trusted, every simulator and software-eID
 * address answers 404, the eID page has no simulator button or script, and the server never
 * announced a development kit.
 */
@ExtendWith(DigitalKeysExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionInstallIT {

    static final List<String> DEVELOPMENT_SETTINGS = List.of("dk.lab.enabled", "dk.eid.softwareEid", "dk.app.simulator", "dk.development");
    private final TestEnvironment env;
    private final EidLab lab;

    ProductionInstallIT(TestEnvironment env) {
        this.env = env;
        this.lab = new EidLab(env);
        var realm = env.realm(EidLab.REALM);
        var representation = realm.toRepresentation();
        DEVELOPMENT_SETTINGS.forEach(setting -> representation.getAttributes().put(setting, "true"));
        representation.getAttributes().put("dk.cardreader.demoCards", "67030000000000128");
        realm.update(representation);
    }

    @Test
    void installedJars_areTheProductionListOnly() throws IOException {
        List<String> jars = KeycloakProcess.providerJars().stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(jars.stream().anyMatch(j -> j.startsWith("digitalkeys-authenticators-")), jars.toString());
        assertTrue(jars.stream().noneMatch(j -> j.startsWith("digitalkeys-lab")), jars.toString());
        assertEquals("true", env.realm(EidLab.REALM).toRepresentation().getAttributes().get("dk.eid.softwareEid"));
    }

    @Test
    void testCardToken_isRefusedAsNotTrusted() {
        TestCitizen pieter = EidLab.citizen("pieter.devos");
        lab.register(pieter, "pieter.production", "Pieter", "De Vos", Map.of());
        lab.configure(Map.of("firstLogin", "link", "ocspEnabled", "true", "ocspFailOpen", "true"));
        try (Browser browser = Browser.open("en")) {
            browser.get(env.baseUrl() + "/realms/" + EidLab.REALM + "/account/");
            new KeyChooserPage(browser).choose("eid");
            EidLoginPage page = new EidLoginPage(browser);
            assertFalse(page.offersSoftwareEid());
            page.post(pieter.authToken(env.baseUrl(), page.nonce()));
            assertEquals(new ThemeMessages("en").get("dkEidErrorNotTrusted"), new EidLoginPage(browser).alert());
        }
    }

    @Test
    void simulatorAndSoftwareEidAddresses_answer404() throws Exception {
        String realm = env.baseUrl() + "/realms/" + EidLab.REALM;
        for (String path : List.of("/dk-lab/software-eid/cards", "/dk-lab/card-simulator", "/dk-lab/app-simulator",
                "/dk-eid/software-eid/cards", "/dk-card-reader/simulator", "/dk-app/simulator")) {
            assertEquals(404, get(realm + path).statusCode(), path);
        }
        String body = "{\"cardNumber\":\"67030000000000128\",\"challenge\":\"12345678\",\"pin\":\"1234\",\"code\":\"13579\"}";
        for (String path : List.of("/dk-lab/card-simulator", "/dk-lab/app-simulator/app-code-check")) {
            assertEquals(404, post(realm + path, body).statusCode(), path);
        }
        // Under the production resources (dk-card-reader, dk-app) JAX-RS answers a POST to a path no
        // method serves with 405 (seen), a GET with 404 (above): either way nothing is computed.
        for (String path : List.of("/dk-card-reader/simulator", "/dk-app/simulator/app-code-check")) {
            HttpResponse<String> answer = post(realm + path, body);
            assertTrue(answer.statusCode() == 404 || answer.statusCode() == 405, path + " " + answer.statusCode());
            assertFalse(answer.body().contains("\"response\"") || answer.body().contains("\"valid\""), answer.body());
        }
    }

    @Test
    void eidPage_hasNoSimulatorButtonOrScript_andNoDevelopmentKitStarted() throws Exception {
        try (Browser browser = Browser.open("en")) {
            browser.get(env.baseUrl() + "/realms/" + EidLab.REALM + "/account/");
            new KeyChooserPage(browser).choose("eid");
            new EidLoginPage(browser);
            String html = browser.driver().getPageSource();
            for (String sign : List.of("dk-eid-software", "dk-software-eid", "DkSoftwareEid", "data-dk-eid-signer", "dk-seid", "dk-lab")) {
                assertFalse(html.contains(sign), "the eID page contains " + sign);
            }
            List<String> scripts = browser.driver().findElements(By.cssSelector("script[src]")).stream()
                    .map(s -> s.getAttribute("src")).toList();
            String ours = scripts.stream().filter(s -> s.endsWith("/js/dk-eid.js")).findFirst().orElseThrow(() -> new AssertionError(scripts.toString()));
            assertEquals(200, get(ours).statusCode());
            for (String script : List.of("dk-software-eid.js", "dk-card-simulator.js", "dk-app-simulator.js")) {
                assertEquals(404, get(ours.replace("dk-eid.js", script)).statusCode(), script);
            }
            for (String script : scripts) {
                assertFalse(get(script).body().contains("DkSoftwareEid"), script);
            }
        }
        String log = Files.readString(TestSettings.output().resolve("keycloak.log"));
        assertTrue(log.contains("Listening on"), "the server's log is the one of this Keycloak");
        assertFalse(log.contains("DEVELOPMENT KIT INSTALLED"));
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
