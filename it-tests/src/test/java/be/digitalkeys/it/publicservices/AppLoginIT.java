package be.digitalkeys.it.publicservices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import be.digitalkeys.appclient.AppApiException;
import be.digitalkeys.appclient.AppDevice;
import be.digitalkeys.appclient.DeviceKeys;
import be.digitalkeys.appclient.RequestView;
import be.digitalkeys.appclient.SignedMessage;
import be.digitalkeys.it.pages.AccountPage;
import be.digitalkeys.it.pages.AppEnrolPage;
import be.digitalkeys.it.pages.AppPhonePage;
import be.digitalkeys.it.pages.AppSimulatorPage;
import be.digitalkeys.it.pages.AppWaitPage;
import be.digitalkeys.it.pages.KeyChooserPage;
import be.digitalkeys.it.pages.LoginPage;
import be.digitalkeys.it.support.AppLab;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.Clock;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.OidcLogin;
import be.digitalkeys.it.support.PageChecks;
import be.digitalkeys.it.support.SmsGatewayStub;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.TestSettings;
import be.digitalkeys.it.support.ThemeMessages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;

/**
 * The phone app (itsme-like) through the real pages in Chromium, with the reference app client
 * as the phone: enrolment on the PC with the activation token and the SMS code, login approved
 * with the icon, wrong icon, "this was not me", timeout, a newer request cancelling the older one,
 * replays and foreign devices refused, the cap against push bombing, the icon only for a new
 * browser, server-sent events and polling, and the brute-force lockout.
 */
@ExtendWith(DigitalKeysExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppLoginIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger NUMBERS = new AtomicInteger(10);
    private static final List<Long> LATENCIES_MS = Collections.synchronizedList(new ArrayList<>());
    private final TestEnvironment env;
    private final AppLab lab;
    private SmsGatewayStub gateway;

    AppLoginIT(TestEnvironment env) {
        this.env = env;
        this.lab = new AppLab(env);
    }

    @BeforeAll
    void gateway() throws Exception {
        gateway = SmsGatewayStub.start();
        lab.bindPasswordClient();
        lab.smsTo(gateway.url());
    }

    @AfterAll
    void report() throws Exception {
        gateway.close();
        if (!LATENCIES_MS.isEmpty()) {
            List<Long> sorted = new ArrayList<>(LATENCIES_MS);
            Collections.sort(sorted);
            String line = "approval -> browser left the waiting page: n=" + sorted.size() + " median=" + sorted.get(sorted.size() / 2)
                    + " ms p95=" + sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1))
                    + " ms max=" + sorted.get(sorted.size() - 1) + " ms " + sorted;
            Path out = TestSettings.output().resolve("app-latency.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, line + System.lineSeparator());
            System.out.println("[AppLoginIT] " + line);
        }
    }

    @BeforeEach
    void defaults() {
        lab.configure(Map.of("iconMode", "new_browser", "iconCount", "3", "maxRequests", "5", "browserTransport", "auto",
                "pollMillis", "1000", "requestLifetimeSeconds", "120"));
    }

    /** A new Belgian mobile number for each test ("+3247100nnnn"). */
    private static String newNumber() {
        return String.format("+324710%05d", NUMBERS.incrementAndGet());
    }

    private static String national(String e164) {
        return "0" + e164.substring(3);
    }

    private String accountUrl() {
        return env.baseUrl() + "/realms/" + AppLab.REALM + "/account/";
    }

    /** Logs in with the password, activates the app on the PC page with the reference client, and returns the phone. */
    private AppDevice enrolled(Browser browser, String username, String e164) throws Exception {
        try (OidcLogin client = new OidcLogin(env.baseUrl(), AppLab.REALM, AppLab.PASSWORD_CLIENT)) {
            browser.get(client.authorizationUrl());
            new LoginPage(browser).logIn(username, AppLab.PASSWORD);
            AppEnrolPage page = new AppEnrolPage(browser);
            page.start("BE", national(e164));
            AppDevice device = lab.enrolPhone(new AppEnrolPage(browser), gateway, e164, gateway.sentTo(e164).size() + 1);
            client.tokens(browser);
            logOut(browser);
            return device;
        }
    }

    /** Ends the browser's Keycloak session but keeps what it remembers (the known-browser cookie of the app). */
    private void logOut(Browser browser) {
        browser.get(env.baseUrl() + "/realms/" + AppLab.REALM + "/.well-known/openid-configuration");
        browser.driver().manage().getCookies().stream().filter(c -> !c.getName().startsWith("DK_APP_BROWSER_"))
                .forEach(c -> browser.driver().manage().deleteCookie(c));
    }

    private AppWaitPage loginStart(Browser browser, String e164) {
        browser.get(accountUrl());
        new KeyChooserPage(browser).choose("app");
        new AppPhonePage(browser).send("BE", national(e164));
        return new AppWaitPage(browser);
    }

    /** The app opens the pending request and approves it with the icon the browser shows; the time until the browser leaves. */
    private long approveAndTime(Browser browser, AppDevice phone, AppWaitPage waiting) throws Exception {
        String icon = waiting.icon();
        String request = phone.pending().get(0).request();
        RequestView view = phone.view(request);
        if (icon != null) {
            assertTrue(view.icons().contains(icon), view.icons() + " offers " + icon);
        } else {
            assertEquals(List.of(), view.icons());
        }
        browser.markDocument();
        long start = System.nanoTime();
        assertEquals("approved", phone.approve(request, icon, AppLab.APP_CODE));
        browser.awaitNewDocument();
        long millis = (System.nanoTime() - start) / 1_000_000;
        LATENCIES_MS.add(millis);
        return millis;
    }

    /** Issue 32: control and direction characters in the phone number are refused with the field's message and not echoed. */
    @Test
    void controlOrDirectionCharactersInThePhoneNumber_areRefused_andNotEchoed() {
        try (Browser browser = Browser.open("fr")) {
            browser.get(accountUrl());
            new KeyChooserPage(browser).choose("app");
            AppPhonePage page = new AppPhonePage(browser);
            for (String typed : List.of("0470\u202e123456", "0470 12 34 56\u0000", "\u2067+32470123456")) {
                page.sendExactly("BE", typed);
                page = new AppPhonePage(browser);
                assertEquals(new ThemeMessages("fr").get("dkAppPhoneInvalid"), page.phoneError());
                assertEquals("", page.typedNumber(), "nothing typed is shown back");
            }
        }
    }

    @Test
    void appPages_inEveryLanguage() throws Exception {
        for (String language : List.of("fr", "nl", "de", "en")) {
            try (Browser browser = Browser.open(language)) {
                browser.get(accountUrl());
                new KeyChooserPage(browser).choose("app");
                AppPhonePage page = new AppPhonePage(browser);
                assertEquals(language, page.language());
                assertEquals(new ThemeMessages(language).get("dkAppPhoneTitle"), page.title());
                browser.screenshot("app-phone-" + language);
                AppSimulatorPage.open(browser, env.baseUrl(), AppLab.REALM);
                browser.screenshot("app-simulator-" + language);
            }
        }
    }

    @Test
    void enrolment_thenLogin_withTheIcon_thenNoIconInTheSameBrowser() throws Exception {
        lab.user("claire.app", "Claire", "fr", true);
        String e164 = newNumber();
        try (Browser browser = Browser.open("fr")) {
            AppDevice phone = enrolled(browser, "claire.app", e164);
            assertEquals("Claire", phone.firstName());
            AppWaitPage waiting = loginStart(browser, e164);
            assertNotNull(waiting.icon(), "a browser new to the app shows an icon");
            assertEquals(new ThemeMessages("fr").get("dkAppIcon." + waiting.icon()), waiting.iconAlt());
            browser.screenshot("app-wait-fr");
            PageChecks.accessible(browser, "app-wait");
            approveAndTime(browser, phone, waiting);
            new AccountPage(browser, env.baseUrl(), AppLab.REALM);
        }
    }

    @Test
    void knownBrowser_seesNoIcon_whenSoConfigured_butAlwaysModeShowsIt() throws Exception {
        lab.user("bram.app", "Bram", "nl", true);
        String e164 = newNumber();
        try (Browser browser = Browser.open("nl")) {
            AppDevice phone = enrolled(browser, "bram.app", e164);
            approveAndTime(browser, phone, loginStart(browser, e164));
            new AccountPage(browser, env.baseUrl(), AppLab.REALM);
            logOut(browser);
            AppWaitPage second = loginStart(browser, e164);
            assertNull(second.icon(), "the same browser is known: no icon");
            approveAndTime(browser, phone, second);
            logOut(browser);
            lab.configure(Map.of("iconMode", "always"));
            AppWaitPage third = loginStart(browser, e164);
            assertNotNull(third.icon(), "always: the icon even in a known browser");
            approveAndTime(browser, phone, third);
        }
    }

    @Test
    void wrongIcon_endsTheRequest_andCounts() throws Exception {
        String id = lab.user("wim.app", "Wim", "nl", true);
        String e164 = newNumber();
        try (Browser browser = Browser.open("nl")) {
            AppDevice phone = enrolled(browser, "wim.app", e164);
            AppWaitPage waiting = loginStart(browser, e164);
            String shown = waiting.icon();
            String request = phone.pending().get(0).request();
            String other = phone.view(request).icons().stream().filter(i -> !i.equals(shown)).findFirst().orElseThrow();
            assertEquals("wrong_icon", phone.approve(request, other, AppLab.APP_CODE));
            AppPhonePage page = new AppPhonePage(browser);
            assertEquals(new ThemeMessages("nl").get("dkAppWrongIcon"), page.alert());
            be.digitalkeys.it.support.BruteForce.awaitFailures(() -> lab.bruteForceStatus(id), 1);
            AppApiException again = assertThrows(AppApiException.class, () -> phone.approve(request, shown, AppLab.APP_CODE));
            assertEquals(409, again.status());
        } finally {
            lab.realm().attackDetection().clearBruteForceForUser(id);
        }
    }

    @Test
    void notMe_deniesFiveTimes_doesNotLockTheAccount() throws Exception {
        String id = lab.user("denise.app", "Denise", "fr", true);
        String e164 = newNumber();
        lab.configure(Map.of("maxRequests", "10"));
        try (Browser browser = Browser.open("fr")) {
            AppDevice phone = enrolled(browser, "denise.app", e164);
            for (int attempt = 1; attempt <= 5; attempt++) {
                loginStart(browser, e164);
                assertEquals("denied", phone.deny(phone.pending().get(0).request(), AppLab.APP_CODE));
                AppPhonePage page = new AppPhonePage(browser);
                assertEquals(new ThemeMessages("fr").get("dkAppDenied"), page.alert());
            }
            // "This was not me" refuses someone else's request: not a failure of the account (AppPushQuotaIT has the attack).
            AppWaitPage sixth = loginStart(browser, e164);
            assertFalse(phone.pending().isEmpty(), "the account is not locked: the sixth request is sent");
            approveAndTime(browser, phone, sixth);
            assertEquals(0, ((Number) lab.bruteForceStatus(id).get("numFailures")).intValue());
        } finally {
            lab.realm().attackDetection().clearBruteForceForUser(id);
        }
    }

    @Test
    void timeout_endsTheRequest_withoutCounting() throws Exception {
        String id = lab.user("tom.app", "Tom", "en", true);
        String e164 = newNumber();
        try (Browser browser = Browser.open("en"); Clock clock = new Clock(env)) {
            AppDevice phone = enrolled(browser, "tom.app", e164);
            loginStart(browser, e164);
            String request = phone.pending().get(0).request();
            clock.shiftSeconds(121);
            phone.setClockSkewMillis(121_000);
            AppPhonePage page = new AppPhonePage(browser);
            assertEquals(new ThemeMessages("en").get("dkAppExpired"), page.alert());
            AppApiException late = assertThrows(AppApiException.class, () -> phone.approve(request, null, AppLab.APP_CODE));
            assertEquals(410, late.status());
            assertEquals("expired", late.error());
        }
        assertEquals(0, ((Number) lab.bruteForceStatus(id).get("numFailures")).intValue(), "an expired request is not a failure");
    }

    @Test
    void secondLogin_cancelsTheFirst() throws Exception {
        lab.user("sara.app", "Sara", "de", true);
        String e164 = newNumber();
        try (Browser browser = Browser.open("de")) {
            AppDevice phone = enrolled(browser, "sara.app", e164);
            loginStart(browser, e164);
            String first = phone.pending().get(0).request();
            String firstTab = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            AppWaitPage second = loginStart(browser, e164);
            String secondRequest = phone.pending().get(0).request();
            assertFalse(first.equals(secondRequest));
            AppApiException cancelled = assertThrows(AppApiException.class, () -> phone.approve(first, null, AppLab.APP_CODE));
            assertEquals("cancelled", cancelled.error());
            browser.show(firstTab);
            assertEquals(new ThemeMessages("de").get("dkAppCancelled"), new AppPhonePage(browser).alert());
            browser.driver().switchTo().newWindow(WindowType.TAB);
        }
    }

    @Test
    void replayedApproval_andForeignDevices_areRefused() throws Exception {
        lab.user("rita.app", "Rita", "fr", true);
        lab.user("omar.app", "Omar", "fr", true);
        String ritaNumber = newNumber();
        String omarNumber = newNumber();
        try (Browser browser = Browser.open("fr"); Browser other = Browser.open("fr")) {
            AppDevice rita = enrolled(browser, "rita.app", ritaNumber);
            AppDevice omar = enrolled(other, "omar.app", omarNumber);
            AppWaitPage waiting = loginStart(browser, ritaNumber);
            String request = rita.pending().get(0).request();
            String icon = waiting.icon();
            // Omar's phone signs an approval of Rita's request: not his request.
            AppApiException foreign = assertThrows(AppApiException.class, () -> omar.postAnswer(request, omar.signAnswer(request, "approve", icon)));
            assertEquals(404, foreign.status());
            // Another key claiming Rita's device id: the signature does not verify.
            KeyPair intruder = DeviceKeys.generate();
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("typ", "dk-app-answer");
            payload.put("realm", AppLab.REALM);
            payload.put("device", rita.id());
            payload.put("request", request);
            payload.put("decision", "approve");
            payload.put("icon", icon);
            payload.put("ts", System.currentTimeMillis());
            SignedMessage forged = DeviceKeys.sign(intruder.getPrivate(), be.digitalkeys.appclient.Payloads.json(payload));
            AppApiException bad = assertThrows(AppApiException.class, () -> rita.postAnswer(request, forged));
            assertEquals(401, bad.status());
            assertEquals("bad_signature", bad.error());
            // A stale approval (2 minutes old) is refused.
            rita.setClockSkewMillis(-120_000);
            AppApiException stale = assertThrows(AppApiException.class, () -> rita.postAnswer(request, rita.signAnswer(request, "approve", icon)));
            assertEquals("stale", stale.error());
            rita.setClockSkewMillis(0);
            // The real approval works once; the same signed message again is a replay.
            SignedMessage approval = rita.signAnswer(request, "approve", icon);
            assertEquals("approved", rita.postAnswer(request, approval));
            AppApiException replay = assertThrows(AppApiException.class, () -> rita.postAnswer(request, approval));
            assertEquals(409, replay.status());
            assertEquals("already_answered", replay.error());
            new AccountPage(browser, env.baseUrl(), AppLab.REALM);
        }
    }

    @Test
    void pushBombing_isCappedPerUser() throws Exception {
        lab.user("paul.app", "Paul", "nl", true);
        String e164 = newNumber();
        lab.configure(Map.of("maxRequests", "3"));
        try (Browser browser = Browser.open("nl")) {
            enrolled(browser, "paul.app", e164);
            for (int i = 0; i < 3; i++) {
                loginStart(browser, e164);
            }
            browser.get(accountUrl());
            new KeyChooserPage(browser).choose("app");
            new AppPhonePage(browser).send("BE", national(e164));
            AppPhonePage refused = new AppPhonePage(browser);
            assertEquals(new ThemeMessages("nl").get("dkAppTooManyRequests"), refused.alert());
        }
    }

    @Test
    void polling_reachesTheAccount_likeServerSentEvents() throws Exception {
        lab.user("pia.app", "Pia", "de", true);
        String e164 = newNumber();
        try (Browser browser = Browser.open("de")) {
            AppDevice phone = enrolled(browser, "pia.app", e164);
            AppWaitPage sse = loginStart(browser, e164);
            assertEquals("sse", sse.transport());
            approveAndTime(browser, phone, sse);
            new AccountPage(browser, env.baseUrl(), AppLab.REALM);
            logOut(browser);
            lab.configure(Map.of("browserTransport", "poll", "pollMillis", "250"));
            AppWaitPage poll = loginStart(browser, e164);
            assertEquals("poll", poll.transport());
            approveAndTime(browser, phone, poll);
            new AccountPage(browser, env.baseUrl(), AppLab.REALM);
        }
    }

    @Test
    void simulator_enrolsAndLogsIn_likeTheReadmeSays() throws Exception {
        lab.user("nina.app", "Nina", "fr", true);
        String e164 = newNumber();
        try (Browser browser = Browser.open("fr"); OidcLogin client = new OidcLogin(env.baseUrl(), AppLab.REALM, AppLab.PASSWORD_CLIENT)) {
            browser.get(client.authorizationUrl());
            new LoginPage(browser).logIn("nina.app", AppLab.PASSWORD);
            AppEnrolPage enrol = new AppEnrolPage(browser);
            enrol.start("BE", national(e164));
            String token = new AppEnrolPage(browser).token();
            String pc = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            String phoneTab = browser.driver().getWindowHandle();
            AppSimulatorPage simulator = AppSimulatorPage.open(browser, env.baseUrl(), AppLab.REALM);
            browser.screenshot("app-simulator-activate-fr");
            simulator.activate(token, national(e164));
            simulator.confirmSms(AppLab.smsCode(gateway, e164, 1));
            simulator.chooseAppCode(AppLab.APP_CODE);
            browser.screenshot("app-simulator-home-fr");
            browser.show(pc);
            client.tokens(browser);
            logOut(browser);
            AppWaitPage waiting = loginStart(browser, e164);
            String icon = waiting.icon();
            assertNotNull(icon);
            browser.show(phoneTab);
            simulator = new AppSimulatorPage(browser);
            browser.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(By.id("simRequest")));
            browser.screenshot("app-simulator-request-fr");
            simulator.approve(icon, AppLab.APP_CODE);
            browser.show(pc);
            new AccountPage(browser, env.baseUrl(), AppLab.REALM);
        }
    }

    /**
     * Issue 20: a retry within two minutes made the simulator keep showing the older request's icons
     * while the browser showed the newer request's icon. Now the simulator switches to the newest
     * request by itself, and the approval of an older one is refused by the API.
     */
    @Test
    void retryWithinTwoMinutes_simulatorShowsOnlyTheNewestRequest_andTheOlderApprovalIsRefused() throws Exception {
        lab.user("ines.app", "Ines", "fr", true);
        lab.configure(Map.of("iconMode", "always"));
        String e164 = newNumber();
        try (Browser browser = Browser.open("fr"); OidcLogin client = new OidcLogin(env.baseUrl(), AppLab.REALM, AppLab.PASSWORD_CLIENT)) {
            browser.get(client.authorizationUrl());
            new LoginPage(browser).logIn("ines.app", AppLab.PASSWORD);
            new AppEnrolPage(browser).start("BE", national(e164));
            String token = new AppEnrolPage(browser).token();
            String pc = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            String phoneTab = browser.driver().getWindowHandle();
            AppSimulatorPage simulator = AppSimulatorPage.open(browser, env.baseUrl(), AppLab.REALM);
            simulator.activate(token, national(e164));
            simulator.confirmSms(AppLab.smsCode(gateway, e164, 1));
            simulator.chooseAppCode(AppLab.APP_CODE);
            browser.show(pc);
            client.tokens(browser);
            logOut(browser);

            // First login: the simulator shows its request.
            loginStart(browser, e164);
            browser.show(phoneTab);
            String first = new AppSimulatorPage(browser).shownRequest();

            // A retry while the first request is on the phone's screen: the phone switches to the new one.
            browser.show(pc);
            String secondIcon = loginStart(browser, e164).icon();
            browser.show(phoneTab);
            simulator = new AppSimulatorPage(browser);
            String second = simulator.awaitRequestOtherThan(first);
            assertTrue(simulator.icons().contains(secondIcon), simulator.icons() + " offers " + secondIcon);

            // The person confirms the second request, but a third login starts before the code is typed:
            // the approval of the (now older) second request is refused, and the third is shown.
            simulator.confirmWith(secondIcon);
            browser.show(pc);
            String thirdIcon = loginStart(browser, e164).icon();
            browser.show(phoneTab);
            String refused = new ThemeMessages("fr").get("dkAppSimError.cancelled");
            assertEquals(refused, simulator.approvalRefused(AppLab.APP_CODE));
            String third = simulator.awaitRequestOtherThan(second);
            assertEquals(refused, simulator.message(), "the reason stays over the newer request until the person acts");
            browser.screenshot("app-simulator-refused-over-newer-fr");
            assertFalse(third.equals(first));
            simulator.approve(thirdIcon, AppLab.APP_CODE);
            assertEquals("approved", browser.driver().findElement(By.id("simResult")).getAttribute("data-state"));
            browser.show(pc);
            new AccountPage(browser, env.baseUrl(), AppLab.REALM);
        }
    }

    @Test
    void accountConsole_setUpRunsTheEnrolment_listsTheDevice_andRemovesIt() throws Exception {
        lab.user("lena.app", "Lena", "de", false);
        String e164 = newNumber();
        JsonNode tokens;
        try (Browser browser = Browser.open("de"); OidcLogin client = new OidcLogin(env.baseUrl(), AppLab.REALM, AppLab.PASSWORD_CLIENT)) {
            // The account console's "Set up" link is an application-initiated action: kc_action=dk-app-enrol.
            browser.get(client.authorizationUrl() + "&kc_action=dk-app-enrol");
            new LoginPage(browser).logIn("lena.app", AppLab.PASSWORD);
            new AppEnrolPage(browser).start("BE", national(e164));
            lab.enrolPhone(new AppEnrolPage(browser), gateway, e164, 1);
            tokens = client.tokens(browser);
        }
        HttpClient http = HttpClient.newHttpClient();
        String bearer = "Bearer " + tokens.get("access_token").asText();
        HttpResponse<String> listed = http.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + "/realms/" + AppLab.REALM
                + "/account/credentials")).header("Authorization", bearer).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, listed.statusCode(), listed.body());
        JsonNode app = null;
        for (JsonNode type : JSON.readTree(listed.body())) {
            if ("dk-app-device".equals(type.path("type").asText())) {
                app = type;
            }
        }
        assertNotNull(app, "the account console lists the app: " + listed.body());
        assertEquals("dk-app-enrol", app.path("createAction").asText());
        assertTrue(app.path("removeable").asBoolean());
        assertEquals(1, app.path("userCredentialMetadatas").size());
        JsonNode device = app.path("userCredentialMetadatas").get(0).path("credential");
        assertTrue(device.path("userLabel").asText().contains(e164.substring(e164.length() - 2)), device.toString());
        assertFalse(device.path("userLabel").asText().contains(e164.substring(3, 9)), "the label masks the number");
        // "Remove" in the account console is Keycloak's delete_credential action on the login pages.
        try (Browser browser = Browser.open("de"); OidcLogin client = new OidcLogin(env.baseUrl(), AppLab.REALM, AppLab.PASSWORD_CLIENT)) {
            browser.get(client.authorizationUrl() + "&kc_action=delete_credential:" + device.path("id").asText());
            new LoginPage(browser).logIn("lena.app", AppLab.PASSWORD);
            browser.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(By.id("kc-accept")));
            assertTrue(browser.driver().findElement(By.id("kc-page-title")).getText().contains("Lab phone"), "the device is named by its label");
            browser.driver().findElement(By.id("kc-accept")).click();
            client.tokens(browser);
        }
        assertEquals(0, lab.realm().users().get(lab.realm().users().search("lena.app", true).get(0).getId()).credentials().stream()
                .filter(c -> "dk-app-device".equals(c.getType())).count());
        try (Browser browser = Browser.open("de")) {
            browser.get(accountUrl());
            new KeyChooserPage(browser).choose("app");
            new AppPhonePage(browser).send("BE", national(e164));
            assertEquals(new ThemeMessages("de").get("dkAppPhoneUnknown"), new AppPhonePage(browser).phoneError(),
                    "a removed phone no longer starts a login");
        }
    }

    @Test
    void webhookPush_carriesOnlyOpaqueIds_signedWithTheSecret() throws Exception {
        lab.user("hugo.app", "Hugo", "fr", true);
        String e164 = newNumber();
        java.util.concurrent.BlockingQueue<String[]> pushes = new java.util.concurrent.LinkedBlockingQueue<>();
        com.sun.net.httpserver.HttpServer hook = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        hook.createContext("/push", exchange -> {
            pushes.add(new String[] {exchange.getRequestHeaders().getFirst("X-DK-Signature"),
                    new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        hook.start();
        try (Browser browser = Browser.open("fr")) {
            AppDevice phone = enrolled(browser, "hugo.app", e164);
            lab.configure(Map.of("dk.push.sender", "webhook", "dk.push.webhook.url",
                    "http://127.0.0.1:" + hook.getAddress().getPort() + "/push", "dk.push.webhook.secret", "hook-secret-2026"));
            loginStart(browser, e164);
            String[] push = pushes.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            assertNotNull(push, "the webhook received the push");
            JsonNode body = JSON.readTree(push[1]);
            assertEquals(phone.pending().get(0).request(), body.get("request").asText());
            assertEquals(phone.id(), body.get("device").asText());
            assertFalse(push[1].contains("hugo") || push[1].contains("Hugo") || push[1].contains(e164.substring(3)), "nothing personal: " + push[1]);
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec("hook-secret-2026".getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
            assertEquals("sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(push[1].getBytes(java.nio.charset.StandardCharsets.UTF_8))), push[0]);
            // Push service down: the login says so and nothing waits.
            hook.stop(0);
            browser.get(accountUrl());
            new KeyChooserPage(browser).choose("app");
            new AppPhonePage(browser).send("BE", national(e164));
            assertEquals(new ThemeMessages("fr").get("dkAppPushFailed"), new AppPhonePage(browser).alert());
            // An id no device has is refused.
            AppApiException unknown = assertThrows(AppApiException.class, () -> phone.postAnswer("AAAAAAAAAAAAAAAAAAAAAA",
                    phone.signAnswer("AAAAAAAAAAAAAAAAAAAAAA", "approve", null)));
            assertEquals("unknown_request", unknown.error());
        } finally {
            try {
                hook.stop(0);
            } catch (IllegalStateException alreadyStopped) {
                // stopped by the test
            }
            lab.configure(Map.of("dk.push.sender", "log"));
        }
    }

    @Test
    void simulator_isOnlyInDevelopmentRealms() throws Exception {
        HttpResponse<String> insurance = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(env.baseUrl() + "/realms/insurance/dk-lab/app-simulator")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, insurance.statusCode());
        HttpResponse<String> check = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(env.baseUrl() + "/realms/insurance/dk-lab/app-simulator/app-code-check"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"13579\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, check.statusCode());
    }

    @Test
    void badNumbers_areExplained_andNothingIsSent() throws Exception {
        try (Browser browser = Browser.open("fr")) {
            browser.get(accountUrl());
            new KeyChooserPage(browser).choose("app");
            AppPhonePage page = new AppPhonePage(browser);
            assertEquals("BE", page.selectedCountry());
            page.send("BE", "abc");
            page = new AppPhonePage(browser);
            assertEquals(new ThemeMessages("fr").get("dkAppPhoneInvalid"), page.phoneError());
            page.send("BE", "0".repeat(200));
            page = new AppPhonePage(browser);
            assertEquals(new ThemeMessages("fr").get("dkAppPhoneInvalid"), page.phoneError());
            assertTrue(page.typedNumber().length() <= 32, "the typed value is cropped");
            page.send("BE", "0479 99 99 99");
            page = new AppPhonePage(browser);
            assertEquals(new ThemeMessages("fr").get("dkAppPhoneUnknown"), page.phoneError());
            browser.screenshot("app-phone-unknown-fr");
        }
    }

    @Test
    void activationToken_isRefusedAfterFiveMinutes() throws Exception {
        lab.user("ines.app", "Ines", "nl", true);
        String e164 = newNumber();
        try (Browser browser = Browser.open("nl"); OidcLogin client = new OidcLogin(env.baseUrl(), AppLab.REALM, AppLab.PASSWORD_CLIENT)) {
            browser.get(client.authorizationUrl());
            new LoginPage(browser).logIn("ines.app", AppLab.PASSWORD);
            new AppEnrolPage(browser).start("BE", national(e164));
            String token = new AppEnrolPage(browser).token();
            browser.screenshot("app-enrol-token-nl");
            try (Clock clock = new Clock(env)) {
                clock.shiftSeconds(301);
                AppApiException late = assertThrows(AppApiException.class, () -> lab.client().startEnrolment(token, e164));
                assertEquals("invalid_activation_token", late.error(), "the token is valid 5 minutes");
            }
            assertTrue(gateway.sentTo(e164).isEmpty(), "no SMS for an expired token");
        }
    }

    @Test
    void enrolment_wrongSmsCodes_andUsedToken_areRefused() throws Exception {
        lab.user("eva.app", "Eva", "en", true);
        String e164 = newNumber();
        try (Browser browser = Browser.open("en"); OidcLogin client = new OidcLogin(env.baseUrl(), AppLab.REALM, AppLab.PASSWORD_CLIENT)) {
            browser.get(client.authorizationUrl());
            new LoginPage(browser).logIn("eva.app", AppLab.PASSWORD);
            AppEnrolPage page = new AppEnrolPage(browser);
            page.start("BE", national(e164));
            page = new AppEnrolPage(browser);
            assertEquals(6, page.token().length());
            browser.screenshot("app-enrol-token-en");
            PageChecks.accessible(browser, "app-enrol-token");
            String token = page.token();
            var app = lab.client();
            AppApiException mismatch = assertThrows(AppApiException.class, () -> app.startEnrolment(token, newNumber()));
            assertEquals("phone_mismatch", mismatch.error());
            AppApiException used = assertThrows(AppApiException.class, () -> app.startEnrolment(token, e164));
            assertEquals("invalid_activation_token", used.error(), "a token serves once, even after a mismatch");
            page.newToken();
            page = new AppEnrolPage(browser);
            page.start("BE", national(e164));
            page = new AppEnrolPage(browser);
            var enrolment = app.startEnrolment(page.token().toLowerCase(), national(e164));
            String code = AppLab.smsCode(gateway, e164, 1);
            String wrong = code.equals("00000") ? "11111" : "00000";
            AppApiException first = assertThrows(AppApiException.class, () -> app.confirmSmsCode(enrolment.enrolment(), wrong));
            assertEquals(2, first.attemptsLeft());
            assertThrows(AppApiException.class, () -> app.confirmSmsCode(enrolment.enrolment(), wrong));
            AppApiException third = assertThrows(AppApiException.class, () -> app.confirmSmsCode(enrolment.enrolment(), wrong));
            assertEquals(410, third.status());
            AppApiException over = assertThrows(AppApiException.class, () -> app.confirmSmsCode(enrolment.enrolment(), code));
            assertEquals(410, over.status(), "the right code after three wrong ones is too late");
            assertFalse(gateway.awaitMessage(e164, 1).text().isEmpty());
        }
    }

    @Test
    void apiDocument_servedByKeycloak_isTheRepositorysOne() throws Exception {
        HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(env.baseUrl() + "/realms/" + AppLab.REALM + "/dk-app/openapi.yaml")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, served.statusCode());
        Path file = Path.of(TestSettings.required("dk.realms")).getParent()
                .resolve("authenticators/src/main/resources/be/digitalkeys/app/dk-app-openapi.yaml");
        assertEquals(Files.readString(file), served.body());
        for (var operation : be.digitalkeys.appclient.AppClient.operations()) {
            assertTrue(served.body().contains("operationId: " + operation.operationId()), operation.operationId());
        }
    }

    @Test
    void keyboardOnly_phoneNumberAndContinue() throws Exception {
        lab.user("kim.app", "Kim", "en", true);
        String e164 = newNumber();
        try (Browser browser = Browser.open("en")) {
            AppDevice phone = enrolled(browser, "kim.app", e164);
            browser.get(accountUrl());
            new KeyChooserPage(browser).choose("app");
            new AppPhonePage(browser);
            browser.driver().findElement(By.id("dkAppPhone")).click();
            new Actions(browser.driver()).sendKeys(national(e164)).sendKeys(Keys.ENTER).perform();
            AppWaitPage waiting = new AppWaitPage(browser);
            String request = phone.pending().get(0).request();
            lab.configure(Map.of());
            // The app answers while the page's script is stopped: the keyboard fallback button continues.
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("window.stop();");
            assertEquals("approved", phone.approve(request, waiting.icon(), AppLab.APP_CODE));
            browser.driver().findElement(By.id("dkAppContinue")).sendKeys(Keys.ENTER);
            new AccountPage(browser, env.baseUrl(), AppLab.REALM);
        }
    }
}
