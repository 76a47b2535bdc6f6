package be.digitalkeys.it.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import be.digitalkeys.it.support.Accounts;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.Mailbox;
import be.digitalkeys.it.support.RealmCopies;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.TestSettings;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.representations.idm.RealmRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Each demo realm wears its tenant theme (colours, logo, wording) and an operator adds one by copying a folder. */
@ExtendWith(DigitalKeysExtension.class)
class BrandingIT {

    private final TestEnvironment env;

    BrandingIT(TestEnvironment env) {
        this.env = env;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bank            | digitalkeys-bank            | #a3004b | Banque en ligne",
        "insurance       | digitalkeys-insurance       | #00626b | Espace client",
        "public-services | digitalkeys-public-services | #1f3f77 | Se connecter aux services publics en ligne",
        "titres-services | digitalkeys-titres-services | #2d6a2f | Zone sécurisée"})
    void demoRealm_loginPage_wearsItsTenantTheme(String realm, String theme, String colour, String tagline) throws Exception {
        try (Browser browser = Browser.open("fr")) {
            browser.get(env.baseUrl() + "/realms/" + realm + "/account");
            Branding seen = Branding.of(browser);
            browser.screenshot("branding-" + realm);
            assertEquals(colour, seen.brandColour(), "brand colour of " + realm);
            assertEquals(tagline, seen.tagline());
            assertTrue(seen.logoUrl().contains("/login/" + theme + "/img/logo.svg"), seen.logoUrl());
            assertEquals(rgb(colour), seen.accent(), "primary button (key tiles: their titles) in the brand colour");
            assertEquals(200, status(seen.logoUrl()), "logo served");
            assertEquals(rgb(colour), seen.headerBackground(), "the white header sits on the brand colour, whatever the page's height");
            // Issue 20: PatternFly's margin under the brand left ~80 px of empty band under the tagline.
            Number below = (Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "return document.getElementById('kc-header').getBoundingClientRect().bottom"
                    + " - document.querySelector('#kc-header .dk-tagline').getBoundingClientRect().bottom;");
            assertTrue(below.doubleValue() <= 24, "space under the tagline in the band of " + realm + ": " + below + " px");
        }
    }

    @Test
    void insurerEmail_carriesTheBrandBandAndTheTenantsFooter() throws Exception {
        Accounts accounts = new Accounts(env, "insurance");
        String email = Accounts.uniqueEmail("brand");
        String id = accounts.create(email, "nl");
        accounts.sendActionsEmail(id, "account-console", null, "UPDATE_PASSWORD");
        MimeMessage message = new Mailbox(env).latestTo(email);
        Document html = Jsoup.parse(Mailbox.html(message));
        assertTrue(html.getElementById("dk-email-brand").attr("style").contains("background:#00626b"),
                html.getElementById("dk-email-brand").attr("style"));
        assertEquals("Accident Manager", html.getElementById("dk-email-brand").text());
        assertEquals("Accident Manager zal u nooit om uw wachtwoord of de codes van uw authenticator-app vragen.",
                html.getElementById("dk-email-footer").text());
        assertEquals("nl", html.selectFirst("html").attr("lang"));
    }

    /**
     * README "New tenant": copy theme/digitalkeys-bank to the server's themes folder under a new name,
     * change the colour and the wording, choose it for a realm: the login page shows it at once.
     */
    @Test
    void operatorCopiesOneFolder_andTheNewTenantIsBranded() throws Exception {
        Assumptions.assumeTrue("distribution".equals(TestSettings.keycloakMode()), "needs the distribution's themes folder");
        String home = TestSettings.required("dk.keycloak.home");
        Path source = Path.of(TestSettings.required("dk.realms")).resolve("../themes/src/main/resources/theme/digitalkeys-bank")
                .normalize();
        Path copy = Path.of(home, "themes", "digitalkeys-acme");
        deleteTree(copy);
        copyTree(source, copy);
        Path css = copy.resolve("login/resources/css/tenant.css");
        Files.writeString(css, Files.readString(css).replace("#a3004b", "#5a2d82"));
        Files.writeString(copy.resolve("login/messages/messages_en.properties"),
                "loginTitleHtml={0}<span class=\"dk-tagline\">Acme staff portal</span>\n");
        String realm = "acme-" + Long.toString(System.nanoTime(), 36);
        RealmRepresentation rep = RealmCopies.withoutUsers("insurance-realm.json", realm);
        rep.setDisplayName("Acme");
        rep.setDisplayNameHtml("Acme");
        rep.setLoginTheme("digitalkeys-acme");
        rep.setComponents(null);
        env.admin().realms().create(rep);
        try (Browser browser = Browser.open("en")) {
            browser.get(env.baseUrl() + "/realms/" + realm + "/account");
            Branding seen = Branding.of(browser);
            browser.screenshot("branding-copied-tenant");
            assertEquals("#5a2d82", seen.brandColour());
            assertEquals("Acme staff portal", seen.tagline());
            assertTrue(seen.logoUrl().contains("/login/digitalkeys-acme/img/logo.svg"), seen.logoUrl());
            assertEquals(200, status(seen.logoUrl()));
        } finally {
            env.realm(realm).remove();
            deleteTree(copy);
        }
    }

    /** What the login page shows of the tenant's branding. */
    record Branding(String brandColour, String tagline, String logoUrl, String accent, String headerBackground) {

        static Branding of(Browser browser) {
            WebElement header = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("kc-header-wrapper")));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            String colour = String.valueOf(js.executeScript(
                    "return getComputedStyle(document.documentElement).getPropertyValue('--dk-brand').trim();"));
            String logo = String.valueOf(js.executeScript(
                    "return getComputedStyle(arguments[0], '::before').backgroundImage;", header));
            List<WebElement> buttons = browser.driver().findElements(By.cssSelector(".pf-v5-c-button.pf-m-primary"));
            List<WebElement> tiles = browser.driver().findElements(By.className("dk-key-title"));
            String button = !buttons.isEmpty() ? buttons.get(0).getCssValue("background-color")
                    : tiles.isEmpty() ? "" : tiles.get(0).getCssValue("color");
            List<WebElement> taglines = header.findElements(By.className("dk-tagline"));
            String tagline = taglines.isEmpty() ? "" : taglines.get(0).getText();
            String band = browser.driver().findElement(By.id("kc-header")).getCssValue("background-color");
            return new Branding(colour, tagline, logo.replaceAll("^url\\(\"?|\"?\\)$", ""), button, band);
        }
    }

    private static String rgb(String hex) {
        return "rgba(" + Integer.parseInt(hex.substring(1, 3), 16) + ", " + Integer.parseInt(hex.substring(3, 5), 16) + ", "
                + Integer.parseInt(hex.substring(5, 7), 16) + ", 1)";
    }

    private static int status(String url) throws IOException, InterruptedException {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding());
        return response.statusCode();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
