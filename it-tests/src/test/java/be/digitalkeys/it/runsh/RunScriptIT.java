package be.digitalkeys.it.runsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import be.digitalkeys.it.pages.AccountPage;
import be.digitalkeys.it.pages.CardChallengePage;
import be.digitalkeys.it.pages.CardNumberPage;
import be.digitalkeys.it.pages.CardReaderSimulatorPage;
import be.digitalkeys.it.pages.EidLoginPage;
import be.digitalkeys.it.pages.KeyChooserPage;
import be.digitalkeys.it.pages.LoginPage;
import be.digitalkeys.it.pages.ProfileChoicePage;
import be.digitalkeys.it.pages.TotpPage;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.EidLab;
import be.digitalkeys.it.support.KeycloakProcess;
import be.digitalkeys.it.support.TestSettings;
import be.digitalkeys.it.support.Totp;
import be.digitalkeys.lab.eid.TestCitizen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WindowType;

/**
 * The README's run command on a fresh copy of the repository (failsafe execution "runsh", its
 * own Keycloak): the files git knows, as a clone has them, plus the jars this build made
 * (distribution/target/providers*, what ./run.sh's build step makes), then {@code ./run.sh
 * --no-build} on free ports. Every demo realm answers OIDC discovery and one login per realm
 * reaches the account console: the TEST eID on public-services, the card simulator on bank,
 * password + TOTP on insurance, the TEST eID through the organisation context step on
 * titres-services (whose management page exists). Before issue 21, run.sh left out the
 * organisations jar and public-services and titres-services failed on their first page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunScriptIT {

    static final List<String> REALMS = List.of("bank", "insurance", "public-services", "titres-services");
    static final String JAN_TOTP_KEY = "IRVUIZLNN5FGC3SKMFXHG43FNZZSGMRW";
    private Process run;
    private String baseUrl;

    @BeforeAll
    void runTheReadmesCommandOnAFreshCopy() throws Exception {
        Path repository = Path.of(TestSettings.required("dk.repository")).toRealPath();
        Path copy = TestSettings.output().resolve("runsh/fresh-copy");
        deleteTree(copy);
        Files.createDirectories(copy);
        for (String file : gitFiles(repository)) {
            Path source = repository.resolve(file);
            if (Files.isRegularFile(source)) {
                Path target = copy.resolve(file);
                Files.createDirectories(target.getParent());
                Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        for (String list : List.of("providers", "providers-lab")) {
            Path built = repository.resolve("distribution/target").resolve(list);
            Path target = Files.createDirectories(copy.resolve("distribution/target").resolve(list));
            try (Stream<Path> jars = Files.list(built)) {
                for (Path jar : jars.filter(j -> j.toString().endsWith(".jar")).toList()) {
                    Files.copy(jar, target.resolve(jar.getFileName()));
                }
            }
        }
        int http = freePortPair();
        baseUrl = "http://localhost:" + http;
        Path log = TestSettings.output().resolve("runsh/run.log");
        ProcessBuilder builder = new ProcessBuilder("bash", "./run.sh", "--no-build").directory(copy.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("DK_HTTP_PORT", String.valueOf(http));
        builder.environment().put("DK_MAILBOX_PORT", String.valueOf(KeycloakProcess.freePort()));
        builder.environment().put("DK_KEYCLOAK_JAVA_HOME", TestSettings.keycloakJavaHome());
        run = builder.start();
        KeycloakProcess.awaitReady(run, http + 920, log, Duration.ofMinutes(10));
    }

    @AfterAll
    void stop() {
        if (run != null) {
            KeycloakProcess.stop(run);
        }
    }

    @Test
    void everyDemoRealm_answersOidcDiscovery() throws Exception {
        for (String realm : REALMS) {
            HttpResponse<String> discovery = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(baseUrl + "/realms/" + realm + "/.well-known/openid-configuration")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, discovery.statusCode(), realm);
            assertTrue(discovery.body().contains("\"issuer\":\"" + baseUrl + "/realms/" + realm + "\""), discovery.body());
        }
    }

    @Test
    void publicServices_testEid_reachesTheAccountConsole() {
        TestCitizen sophie = EidLab.citizen("sophie.dubois");
        try (Browser browser = Browser.open("fr")) {
            browser.get(baseUrl + "/realms/public-services/account/");
            new KeyChooserPage(browser).choose("eid");
            new EidLoginPage(browser).loginWithSoftwareEid(sophie.id(), sophie.pin());
            new ProfileChoicePage(browser).choose("self");
            new AccountPage(browser, baseUrl, "public-services");
        }
    }

    @Test
    void bank_cardReaderSimulator_reachesTheAccountConsole() {
        try (Browser browser = Browser.open("fr")) {
            browser.get(baseUrl + "/realms/bank/account/");
            new CardNumberPage(browser).enter("0000 0000 0012 8", false);
            String shown = new CardChallengePage(browser).challenge();
            String login = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            String response = CardReaderSimulatorPage.open(browser, baseUrl, "bank").respond("67030000000000128", shown, "1234");
            browser.driver().close();
            browser.show(login);
            new CardChallengePage(browser).sign(response);
            new AccountPage(browser, baseUrl, "bank");
        }
    }

    @Test
    void insurance_passwordAndTotp_reachesTheAccountConsole() {
        try (Browser browser = Browser.open("en")) {
            LoginPage.open(browser, baseUrl, "insurance").logIn("jan.janssens@insurance.example", "Zonnebloem in Gent 2026");
            new TotpPage(browser).enter(Totp.code(JAN_TOTP_KEY, Totp.now()), false);
            new AccountPage(browser, baseUrl, "insurance");
        }
    }

    @Test
    void titresServices_testEidThroughTheContextStep_reachesTheAccountConsole() throws Exception {
        TestCitizen pieter = EidLab.citizen("pieter.devos");
        try (Browser browser = Browser.open("nl")) {
            browser.get(baseUrl + "/realms/titres-services/account/");
            new KeyChooserPage(browser).choose("eid");
            new EidLoginPage(browser).loginWithSoftwareEid(pieter.id(), pieter.pin());
            new AccountPage(browser, baseUrl, "titres-services");
        }
        HttpResponse<String> manage = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build().send(HttpRequest.newBuilder(
                URI.create(baseUrl + "/realms/titres-services/dk-organisations/manage")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, manage.statusCode());
        assertTrue(manage.body().contains("kc-form-login") || manage.body().contains("dk-key-chooser") || manage.body().contains("<form"), manage.body());
    }

    /** What a clone has: the files git tracks, and the new ones it does not ignore. */
    private static List<String> gitFiles(Path repository) throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
                .directory(repository.toFile()).redirectErrorStream(false).start();
        byte[] out = git.getInputStream().readAllBytes();
        if (git.waitFor() != 0) {
            throw new IllegalStateException("git ls-files failed in " + repository);
        }
        List<String> files = new ArrayList<>();
        for (String file : new String(out, StandardCharsets.UTF_8).split("\0")) {
            if (!file.isEmpty()) {
                files.add(file);
            }
        }
        return files;
    }

    /** A free HTTP port whose management port (run.sh: HTTP + 920) is free too. */
    private static int freePortPair() throws IOException {
        for (int i = 0; i < 50; i++) {
            int port = KeycloakProcess.freePort();
            if (port + 920 < 65536) {
                try (var probe = new java.net.ServerSocket(port + 920)) {
                    return port;
                } catch (IOException busy) {
                    // try another
                }
            }
        }
        throw new IllegalStateException("no free port pair");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
