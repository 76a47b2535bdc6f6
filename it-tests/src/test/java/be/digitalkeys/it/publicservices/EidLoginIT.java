package be.digitalkeys.it.publicservices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import be.digitalkeys.lab.eid.TestCitizen;
import be.digitalkeys.it.pages.AccountPage;
import be.digitalkeys.it.pages.EidLoginPage;
import be.digitalkeys.it.pages.KeyChooserPage;
import be.digitalkeys.it.pages.ProfileChoicePage;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.Clock;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.EidLab;
import be.digitalkeys.it.support.OcspReplayStub;
import be.digitalkeys.it.support.OidcLogin;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.ThemeMessages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;

/**
 * eID login through the real pages in Chromium with the development software eID (TEST cards
 * signing in the browser exactly as the Web eID app would): profile choice and the claim in the
 * token, first-login rules, revoked and expired cards, replayed and expired tokens, brute-force
 * lockout, PIN errors, and what a person without the Web eID software sees.
 */
@ExtendWith(DigitalKeysExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EidLoginIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestEnvironment env;
    private final EidLab lab;

    EidLoginIT(TestEnvironment env) {
        this.env = env;
        this.lab = new EidLab(env);
    }

    @BeforeEach
    void defaults() {
        lab.defaults();
    }

    private EidLoginPage eidPage(Browser browser, String url) {
        browser.get(url);
        new KeyChooserPage(browser).choose("eid");
        return new EidLoginPage(browser);
    }

    private String accountUrl() {
        return env.baseUrl() + "/realms/" + EidLab.REALM + "/account/";
    }

    @Test
    void softwareEid_parentChoosesChild_tokenCarriesTheChild() {
        TestCitizen sophie = EidLab.citizen("sophie.dubois");
        TestCitizen lucas = EidLab.citizen("lucas.dubois");
        lab.register(lucas, "lucas.lab", "Lucas", "Dubois", Map.of());
        String parent = lab.register(sophie, "sophie.lab", "Sophie", "Dubois", Map.of("childNiss", List.of(lucas.niss())));
        try (Browser browser = Browser.open("fr"); OidcLogin client = new OidcLogin(env.baseUrl(), EidLab.REALM, "my-ebox")) {
            EidLoginPage page = eidPage(browser, client.authorizationUrl());
            assertTrue(page.offersSoftwareEid());
            browser.screenshot("eid-login-fr");
            page.loginWithSoftwareEid(sophie.id(), sophie.pin());
            ProfileChoicePage profiles = new ProfileChoicePage(browser);
            assertEquals(List.of("self", "child:" + lucas.niss()), profiles.profiles());
            assertTrue(profiles.labels().get(1).contains("Lucas Dubois"), profiles.labels().toString());
            assertFalse(String.join(" ", profiles.labels()).contains(lucas.niss()), "national numbers are masked on the page");
            browser.screenshot("eid-profile-choice-fr");
            profiles.choose("child:" + lucas.niss());
            JsonNode tokens = client.tokens(browser);
            JsonNode claim = OidcLogin.claims(tokens.get("access_token").asText()).get("dk_profile");
            assertNotNull(claim, "dk_profile claim");
            assertEquals("child", claim.get("type").asText());
            assertEquals(lucas.niss(), claim.get("id").asText());
            assertEquals("Lucas Dubois", claim.get("name").asText());
            assertEquals("child", OidcLogin.claims(tokens.get("id_token").asText()).get("dk_profile").get("type").asText());
        }
        assertNotNull(lab.user(parent).getAttributes().get("eidLinkedAt"), "first eID login links the pre-registered account");
    }

    @Test
    void onlyYourself_skipsTheChoice_andRsaCardsWork() {
        TestCitizen pieter = EidLab.citizen("pieter.devos");
        lab.register(pieter, "pieter.lab", "Pieter", "De Vos", Map.of());
        try (Browser browser = Browser.open("nl")) {
            eidPage(browser, accountUrl()).loginWithSoftwareEid(pieter.id(), pieter.pin());
            new AccountPage(browser, env.baseUrl(), EidLab.REALM);
        }
    }

    @Test
    void revokedCard_refusedWithTheRevokedMessage() {
        TestCitizen amelie = EidLab.citizen("amelie.lefevre");
        lab.register(amelie, "amelie.lab", "Amélie", "Lefèvre", Map.of());
        try (Browser browser = Browser.open("fr")) {
            EidLoginPage page = eidPage(browser, accountUrl());
            page.loginWithSoftwareEid(amelie.id(), amelie.pin());
            page = new EidLoginPage(browser);
            assertEquals(new ThemeMessages("fr").get("dkEidErrorRevoked"), page.alert());
            browser.screenshot("eid-revoked-fr");
        }
    }

    @Test
    void expiredCard_refusedWithTheExpiredMessage() {
        TestCitizen julie = EidLab.citizen("julie.martin");
        lab.register(julie, "julie.lab", "Julie", "Martin", Map.of());
        try (Browser browser = Browser.open("de")) {
            EidLoginPage page = eidPage(browser, accountUrl());
            page.loginWithSoftwareEid(julie.id(), julie.pin());
            assertEquals(new ThemeMessages("de").get("dkEidErrorExpired"), new EidLoginPage(browser).alert());
        }
    }

    @Test
    void secondTab_replayingTheFirstTabsToken_isRefused_andTheTokenWorksOnlyOnce() {
        TestCitizen pieter = EidLab.citizen("pieter.devos");
        lab.register(pieter, "pieter.replay", "Pieter", "De Vos", Map.of("locale", List.of("en")));
        try (Browser browser = Browser.open("en")) {
            EidLoginPage first = eidPage(browser, accountUrl());
            String token = first.signWithoutPosting(pieter.id(), pieter.pin());
            assertTrue(token.startsWith("{"), token);
            String firstTab = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            EidLoginPage second = eidPage(browser, accountUrl());
            second.post(token);
            assertEquals(new ThemeMessages("en").get("dkEidErrorSignature"), new EidLoginPage(browser).alert());
            browser.show(firstTab);
            new EidLoginPage(browser).post(token);
            new AccountPage(browser, env.baseUrl(), EidLab.REALM);
        }
    }

    @Test
    void tokenAfterFiveMinutes_isRefused_andANewNonceIsIssued() {
        TestCitizen pieter = EidLab.citizen("pieter.devos");
        lab.register(pieter, "pieter.late", "Pieter", "De Vos", Map.of());
        try (Browser browser = Browser.open("fr"); Clock clock = new Clock(env)) {
            EidLoginPage page = eidPage(browser, accountUrl());
            String nonce = page.nonce();
            String token = page.signWithoutPosting(pieter.id(), pieter.pin());
            clock.shiftSeconds(301);
            page.post(token);
            page = new EidLoginPage(browser);
            assertEquals(new ThemeMessages("fr").get("dkEidErrorNonce"), page.alert());
            assertFalse(nonce.equals(page.nonce()), "a new nonce");
            assertEquals(44, page.nonce().length(), "256 bits in base64");
        }
    }

    /**
     * Attack (issue 22): a person's eID certificate is public, so anyone can put it in a token
     * with a bad signature. Seven such tokens (the realm locks after 5 failures) count against
     * nobody, and the real holder then logs in with the card.
     */
    @Test
    void forgedSignaturesWithSomeonesCertificate_lockNobody_andTheHolderStillLogsIn() throws Exception {
        TestCitizen pieter = EidLab.citizen("pieter.devos");
        String id = lab.register(pieter, "pieter.forged", "Pieter", "De Vos", Map.of("locale", List.of("fr")));
        try (Browser browser = Browser.open("fr")) {
            EidLoginPage page = eidPage(browser, accountUrl());
            for (int attempt = 1; attempt <= 7; attempt++) {
                ObjectNode token = (ObjectNode) JSON.readTree(page.signWithoutPosting(pieter.id(), pieter.pin()));
                byte[] signature = Base64.getDecoder().decode(token.get("signature").asText());
                signature[signature.length / 2] ^= 0x01;
                token.put("signature", Base64.getEncoder().encodeToString(signature));
                page.post(token.toString());
                page = new EidLoginPage(browser);
                assertEquals(new ThemeMessages("fr").get("dkEidErrorSignature"), page.alert());
            }
            Map<String, Object> status = lab.bruteForceStatus(id);
            assertEquals(0, ((Number) status.get("numFailures")).intValue(), "no failure counted against the certificate's holder");
            assertEquals(Boolean.FALSE, status.get("disabled"));
            page.loginWithSoftwareEid(pieter.id(), pieter.pin());
            new AccountPage(browser, env.baseUrl(), EidLab.REALM);
        } finally {
            lab.realm().attackDetection().clearBruteForceForUser(id);
        }
    }

    @Test
    void firstLoginRules_createLinkAndRefuse() {
        TestCitizen anna = EidLab.citizen("anna.schmidt");
        lab.forget(anna.niss());
        try (Browser browser = Browser.open("de")) {
            eidPage(browser, accountUrl()).loginWithSoftwareEid(anna.id(), anna.pin());
            assertEquals(new ThemeMessages("de").get("dkEidErrorUnknownUser"), new EidLoginPage(browser).alert());
        }
        assertTrue(lab.byNiss(anna.niss()).isEmpty(), "link: nobody created");

        lab.configure(Map.of("firstLogin", "create"));
        try (Browser browser = Browser.open("de")) {
            eidPage(browser, accountUrl()).loginWithSoftwareEid(anna.id(), anna.pin());
            new AccountPage(browser, env.baseUrl(), EidLab.REALM);
        }
        List<UserRepresentation> created = lab.byNiss(anna.niss());
        assertEquals(1, created.size());
        assertEquals("Anna", created.get(0).getFirstName());
        assertEquals("Schmidt", created.get(0).getLastName());

        lab.configure(Map.of("firstLogin", "refuse"));
        TestCitizen pieter = EidLab.citizen("pieter.devos");
        lab.register(pieter, "pieter.refused", "Pieter", "De Vos", Map.of());
        try (Browser browser = Browser.open("de")) {
            eidPage(browser, accountUrl()).loginWithSoftwareEid(pieter.id(), pieter.pin());
            assertEquals(new ThemeMessages("de").get("dkEidErrorUnknownUser"), new EidLoginPage(browser).alert());
            eidPage(browser, accountUrl()).loginWithSoftwareEid(anna.id(), anna.pin());
            new AccountPage(browser, env.baseUrl(), EidLab.REALM);
        }
        lab.forget(anna.niss());
    }

    @Test
    void revocationUnavailable_failsClosed_orOpenWhenConfigured() {
        TestCitizen pieter = EidLab.citizen("pieter.devos");
        lab.register(pieter, "pieter.ocsp", "Pieter", "De Vos", Map.of());
        lab.configure(Map.of("ocspResponderUrl", "http://127.0.0.1:9/ocsp", "ocspTimeoutMillis", "1000", "ocspCacheSeconds", "0"));
        try (Browser browser = Browser.open("en")) {
            eidPage(browser, accountUrl()).loginWithSoftwareEid(pieter.id(), pieter.pin());
            assertEquals(new ThemeMessages("en").get("dkEidErrorRevocationUnavailable"), new EidLoginPage(browser).alert());
        }
        lab.configure(Map.of("ocspFailOpen", "true"));
        try (Browser browser = Browser.open("en")) {
            eidPage(browser, accountUrl()).loginWithSoftwareEid(pieter.id(), pieter.pin());
            new AccountPage(browser, env.baseUrl(), EidLab.REALM);
        }
    }

    /**
     * Attack (issue 22): a recorded GOOD answer replayed by whoever sits between Keycloak and the
     * responder (or a responder that ignores nonces). Genuinely signed, fresh answers without the
     * request's nonce or with another request's nonce are refused (fail-closed); without the
     * nonce they pass only where the realm turned the nonce requirement off.
     */
    @Test
    void ocspAnswersWithoutTheRequestsNonce_areRefused() throws Exception {
        TestCitizen pieter = EidLab.citizen("pieter.devos");
        lab.register(pieter, "pieter.nonce", "Pieter", "De Vos", Map.of());
        try (OcspReplayStub stub = new OcspReplayStub(EidLab.PKI)) {
            lab.configure(Map.of("ocspResponderUrl", stub.url(), "ocspCacheSeconds", "0"));
            for (OcspReplayStub.Mode mode : OcspReplayStub.Mode.values()) {
                stub.mode(mode);
                try (Browser browser = Browser.open("en")) {
                    eidPage(browser, accountUrl()).loginWithSoftwareEid(pieter.id(), pieter.pin());
                    assertEquals(new ThemeMessages("en").get("dkEidErrorRevocationUnavailable"), new EidLoginPage(browser).alert(),
                            mode.name());
                }
            }
            stub.mode(OcspReplayStub.Mode.OMIT_NONCE);
            lab.configure(Map.of("ocspRequireNonce", "false"));
            try (Browser browser = Browser.open("en")) {
                eidPage(browser, accountUrl()).loginWithSoftwareEid(pieter.id(), pieter.pin());
                new AccountPage(browser, env.baseUrl(), EidLab.REALM);
            }
        } finally {
            lab.configure(Map.of("ocspCacheSeconds", "300", "ocspRequireNonce", "true"));
        }
    }

    @Test
    void malformedTokens_explained_andNothingChanges() {
        TestCitizen pieter = EidLab.citizen("pieter.devos");
        String id = lab.register(pieter, "pieter.malformed", "Pieter", "De Vos", Map.of());
        ThemeMessages fr = new ThemeMessages("fr");
        try (Browser browser = Browser.open("fr")) {
            EidLoginPage page = eidPage(browser, accountUrl());
            for (String token : List.of("not json", "{\"unverifiedCertificate\":1}", "x".repeat(20_000),
                    "{\"unverifiedCertificate\":\"%%%\",\"algorithm\":\"ES384\",\"signature\":\"AA==\",\"format\":\"web-eid:1.0\"}",
                    "<script>alert(1)</script>")) {
                page.post(token);
                page = new EidLoginPage(browser);
                assertEquals(fr.get("dkEidErrorMalformed"), page.alert(), token.length() > 60 ? token.substring(0, 60) : token);
            }
            page.post("{\"unverifiedCertificate\":\"AA==\",\"algorithm\":\"HS256\",\"signature\":\"AA==\",\"format\":\"web-eid:1.0\"}");
            assertEquals(fr.get("dkEidErrorAlgorithm"), new EidLoginPage(browser).alert());
        }
        assertEquals(0, ((Number) lab.bruteForceStatus(id).get("numFailures")).intValue());
        assertEquals(null, lab.user(id).getAttributes().get("eidLinkedAt"));
    }

    @Test
    void wrongPinThreeTimes_blocksTheTestCard_andNoCardIsExplained() {
        TestCitizen sophie = EidLab.citizen("sophie.dubois");
        try (Browser browser = Browser.open("fr")) {
            EidLoginPage page = eidPage(browser, accountUrl());
            page.softwareEid(sophie.id(), "0000");
            page.confirm();
            assertFalse(page.dialogError().isBlank());
            page.retryPin("0001");
            page.retryPin("0002");
            assertFalse(page.clientError().isBlank());
            browser.screenshot("eid-pin-blocked-fr");
            browser.driver().navigate().refresh();
            page = new EidLoginPage(browser);
            page.softwareEid("", "1234");
            page.confirm();
            assertFalse(page.clientError().isBlank());
        }
    }

    @Test
    void keyboardOnly_softwareEidLogin() {
        TestCitizen sophie = EidLab.citizen("sophie.dubois");
        lab.register(sophie, "sophie.keyboard", "Sophie", "Dubois", Map.of("locale", List.of("fr")));
        try (Browser browser = Browser.open("fr")) {
            EidLoginPage page = eidPage(browser, accountUrl());
            for (int tabs = 0; tabs < 30 && !"dk-eid-software".equals(page.focused()); tabs++) {
                page.press(Keys.TAB);
            }
            assertEquals("dk-eid-software", page.focused(), "the TEST button is reachable with Tab");
            page.press(Keys.ENTER);
            browser.waiting().until(d -> "dk-seid-card".equals(page.focused()));
            page.press(Keys.ARROW_DOWN);
            page.press(Keys.TAB);
            assertEquals("dk-seid-pin", page.focused());
            page.press(sophie.pin());
            browser.screenshot("eid-software-dialog-fr");
            page.press(Keys.ENTER);
            new AccountPage(browser, env.baseUrl(), EidLab.REALM);
        }
    }

    @Test
    void withoutTheWebEidSoftware_theInstallAdviceIsShown() {
        try (Browser browser = Browser.open("fr")) {
            EidLoginPage page = eidPage(browser, accountUrl());
            page.loginWithCardReader();
            assertFalse(page.clientError().isBlank());
            assertTrue(page.installAdviceShown());
            browser.screenshot("eid-no-extension-fr");
        }
    }

    @Test
    void eidAndProfilePages_inEveryLanguage() {
        TestCitizen sophie = EidLab.citizen("sophie.dubois");
        TestCitizen lucas = EidLab.citizen("lucas.dubois");
        lab.register(lucas, "lucas.languages", "Lucas", "Dubois", Map.of());
        for (String language : List.of("fr", "nl", "de", "en")) {
            lab.register(sophie, "sophie.languages", "Sophie", "Dubois",
                    Map.of("childNiss", List.of(lucas.niss()), "locale", List.of(language)));
            try (Browser browser = Browser.open(language)) {
                EidLoginPage page = eidPage(browser, accountUrl());
                assertEquals(language, page.language());
                assertEquals(new ThemeMessages(language).get("dkEidTitle"), page.title());
                browser.screenshot("eid-page-" + language);
                page.loginWithSoftwareEid(sophie.id(), sophie.pin());
                ProfileChoicePage profiles = new ProfileChoicePage(browser);
                assertEquals(language, profiles.language());
                assertEquals(new ThemeMessages(language).get("dkProfileTitle"), profiles.title());
                browser.screenshot("eid-profile-" + language);
            }
        }
    }

    @Test
    void demoRealm_newcomerLogsInWithSophiesTestCard_andActsAsHerself() {
        TestCitizen sophie = EidLab.citizen("sophie.dubois");
        try (Browser browser = Browser.open("fr")) {
            browser.get(env.baseUrl() + "/realms/public-services/account/");
            new KeyChooserPage(browser).choose("eid");
            new EidLoginPage(browser).loginWithSoftwareEid(sophie.id(), sophie.pin());
            ProfileChoicePage profiles = new ProfileChoicePage(browser);
            assertEquals(List.of("self", "child:17042118188"), profiles.profiles());
            profiles.choose("self");
            new AccountPage(browser, env.baseUrl(), "public-services");
        }
    }
}
