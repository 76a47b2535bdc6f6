package be.digitalkeys.it.loa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.digitalkeys.appclient.AppClient;
import be.digitalkeys.it.pages.AppEnrolPage;
import be.digitalkeys.it.pages.EidLoginPage;
import be.digitalkeys.it.pages.KeyChooserPage;
import be.digitalkeys.it.pages.StepUpPage;
import be.digitalkeys.it.pages.TotpSetupPage;
import be.digitalkeys.it.support.AppLab;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.EidLab;
import be.digitalkeys.it.support.Mailbox;
import be.digitalkeys.it.support.OidcLogin;
import be.digitalkeys.it.support.PageChecks;
import be.digitalkeys.it.support.SmsGatewayStub;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.ThemeMessages;
import be.digitalkeys.it.support.Totp;
import be.digitalkeys.lab.eid.TestCitizen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.RequiredActionProviderRepresentation;

/**
 * Binding a key never raises assurance (issue 30): a person logged in with an e-mail code (low)
 * who starts the phone app's activation (high) or an authenticator app's set-up (substantial) is
 * first asked to log in again with a key of that level; cancelling or posting the next step anyway
 * binds nothing; after the step-up with the same person's eID the key is bound, and the event
 * says at which level and with which key.
 */
@ExtendWith(DigitalKeysExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BindingAtLevelIT {

    static final String PASSWORD = "Une phrase assez longue pour la liaison 2026";
    static final String APP_DEVICE = "dk-app-device";

    private final TestEnvironment env;
    private final EidLab lab;
    private SmsGatewayStub gateway;
    private Map<String, String> enrolBefore;

    BindingAtLevelIT(TestEnvironment env) {
        this.env = env;
        this.lab = new EidLab(env);
        env.pointMailTo(EidLab.REALM);
    }

    @BeforeAll
    void smsToTheStub() throws Exception {
        gateway = SmsGatewayStub.start();
        RequiredActionProviderRepresentation action = lab.realm().flows().getRequiredAction("dk-app-enrol");
        enrolBefore = action.getConfig() == null ? Map.of() : new HashMap<>(action.getConfig());
        action.setConfig(Map.of("dk.sms.sender", "log", "dk.sms.log.url", gateway.url()));
        lab.realm().flows().updateRequiredAction("dk-app-enrol", action);
    }

    @AfterAll
    void restore() {
        try {
            RequiredActionProviderRepresentation action = lab.realm().flows().getRequiredAction("dk-app-enrol");
            action.setConfig(enrolBefore);
            lab.realm().flows().updateRequiredAction("dk-app-enrol", action);
        } finally {
            gateway.close();
        }
    }

    @BeforeEach
    void defaults() {
        lab.defaults();
    }

    private long devices(String userId) {
        return lab.realm().users().get(userId).credentials().stream().filter(c -> APP_DEVICE.equals(c.getType())).count();
    }

    private String userId(TestCitizen citizen) {
        return lab.byNiss(citizen.niss()).get(0).getId();
    }

    private void lowLogin(Browser browser, String username, String email) {
        try (OidcLogin ebox = new OidcLogin(env.baseUrl(), EidLab.REALM, "my-ebox")) {
            browser.get(ebox.authorizationUrl());
            lab.emailCodeLogin(browser, ebox, username, PASSWORD, email);
        }
    }

    @Test
    void appActivation_afterAnEmailCode_asksForAStrongerLogin_bindsNothingBefore_andRecordsHowItWasBound() throws Exception {
        TestCitizen sophie = EidLab.citizen("sophie.dubois");
        String email = lab.registerWithEmailKey(sophie, "sophie.bind", "en", PASSWORD);
        String id = userId(sophie);
        ThemeMessages en = new ThemeMessages("en");
        try (Browser browser = Browser.open("en")) {
            lowLogin(browser, "sophie.bind", email);

            // The account console's "Set up" is this application-initiated action.
            try (OidcLogin ebox = new OidcLogin(env.baseUrl(), EidLab.REALM, "my-ebox")) {
                browser.get(ebox.authorizationUrl(Map.of("kc_action", "dk-app-enrol")));
                StepUpPage page = new StepUpPage(browser);
                assertEquals(en.get("dkStepUpApp"), page.text());
                assertEquals(en.get("dkStepUpTitle"), page.title());
                PageChecks.accessible(browser, "binding-step-up-app-en");
                page.postInstead(Map.of("country", "BE", "phone", "0471998001"));
                page = new StepUpPage(browser);
                assertEquals(0, devices(id), "a phone number posted below the level starts nothing");
                assertTrue(page.offersCancel());
                page.cancel();
                assertEquals("cancelled", ebox.redirect(browser).get("kc_action_status"));
            }
            assertEquals(0, devices(id));

            try (OidcLogin ebox = new OidcLogin(env.baseUrl(), EidLab.REALM, "my-ebox")) {
                browser.get(ebox.authorizationUrl(Map.of("kc_action", "dk-app-enrol")));
                new StepUpPage(browser).continueToLogin();
                KeyChooserPage chooser = new KeyChooserPage(browser);
                assertEquals(List.of("eid", "app"), chooser.keys(), "only keys of the app's level");
                chooser.choose("eid");
                new EidLoginPage(browser).loginWithSoftwareEid(sophie.id(), sophie.pin());
                AppEnrolPage enrol = new AppEnrolPage(browser);
                enrol.start("BE", "0471 99 80 01");
                enrol = new AppEnrolPage(browser);
                AppClient app = new AppClient(URI.create(env.baseUrl()), EidLab.REALM);
                var enrolment = app.startEnrolment(enrol.token(), "+32471998001");
                app.confirmSmsCode(enrolment.enrolment(), AppLab.smsCode(gateway, "+32471998001", 1));
                app.registerDevice(enrolment.enrolment(), "Binding phone", null, AppLab.APP_CODE);
                Map<String, String> answer = ebox.redirect(browser);
                assertEquals("success", answer.get("kc_action_status"), answer.toString());
            }
        }
        assertEquals(1, devices(id), "bound after the step-up");
        String data = lab.realm().users().get(id).credentials().stream().filter(c -> APP_DEVICE.equals(c.getType()))
                .findFirst().orElseThrow().getCredentialData();
        assertTrue(data.matches(".*\"bound\":\"level=3 key=eid ip=[0-9a-f.:]+ at=20[0-9-]+T[0-9:]+Z\".*"),
                "the phone's credential says how it was bound: " + data);
        List<EventRepresentation> events = lab.realm().getEvents(List.of("UPDATE_CREDENTIAL"), null, id, null, null, null, 0, 10);
        EventRepresentation bound = events.stream().filter(e -> APP_DEVICE.equals(e.getDetails().get("credential_type")))
                .findFirst().orElseThrow(() -> new AssertionError("no UPDATE_CREDENTIAL event for the app: " + events));
        assertEquals("3", bound.getDetails().get("dk_bound_level"), bound.getDetails().toString());
        assertEquals("eid", bound.getDetails().get("dk_bound_key"));
        assertFalse(bound.getIpAddress() == null || bound.getIpAddress().isEmpty(), "the event names the address it came from");
        String credentialId = lab.realm().users().get(id).credentials().stream().filter(c -> APP_DEVICE.equals(c.getType()))
                .findFirst().orElseThrow().getId();
        assertAdminEvent(id, credentialId, APP_DEVICE);
    }

    /** The binding as the operator's admin event: CREATE on the credential, by the person, with level, key, IP and time. */
    private void assertAdminEvent(String userId, String credentialId, String type) {
        String path = "users/" + userId + "/credentials/" + credentialId;
        List<AdminEventRepresentation> admin = lab.realm().getAdminEvents(List.of("CREATE"), null, null, userId, null, path,
                null, null, 0, 10);
        assertEquals(1, admin.size(), "one admin event for " + path + ": " + admin);
        AdminEventRepresentation event = admin.get(0);
        assertEquals("USER", event.getResourceType());
        assertEquals(userId, event.getAuthDetails().getUserId(), "done by the person, not an administrator");
        assertFalse(event.getAuthDetails().getIpAddress() == null || event.getAuthDetails().getIpAddress().isEmpty());
        assertEquals(type, event.getDetails().get("credential_type"));
        assertEquals("3", event.getDetails().get("dk_bound_level"), event.getDetails().toString());
        assertEquals("eid", event.getDetails().get("dk_bound_key"));
        assertTrue(event.getRepresentation() != null && event.getRepresentation().matches(
                ".*\"bound\":\"level=3 key=eid ip=[0-9a-f.:]+ at=20[0-9-]+T[0-9:]+Z\".*"), event.getRepresentation());
    }

    @Test
    void authenticatorAppSetUp_afterAnEmailCode_stepsUp_andAnotherPersonsEidIsRefused() {
        TestCitizen sophie = EidLab.citizen("sophie.dubois");
        TestCitizen pieter = EidLab.citizen("pieter.devos");
        String email = lab.registerWithEmailKey(sophie, "sophie.totp", "fr", PASSWORD);
        lab.register(pieter, "pieter.totp", "Pieter", "De Vos", Map.of());
        try (Browser browser = Browser.open("fr")) {
            lowLogin(browser, "sophie.totp", email);
            try (OidcLogin ebox = new OidcLogin(env.baseUrl(), EidLab.REALM, "my-ebox")) {
                browser.get(ebox.authorizationUrl(Map.of("kc_action", "dk-totp-setup")));
                StepUpPage page = new StepUpPage(browser);
                assertEquals(new ThemeMessages("fr").get("dkStepUpTotp"), page.text());
                PageChecks.accessible(browser, "binding-step-up-totp-fr");
                page.continueToLogin();
                KeyChooserPage chooser = new KeyChooserPage(browser);
                assertEquals(List.of("eid", "app", "app-code"), chooser.keys(), "keys of the authenticator app's level or above");
                chooser.choose("eid");
                new EidLoginPage(browser).loginWithSoftwareEid(pieter.id(), pieter.pin());
                assertEquals(new ThemeMessages("fr").get("dkEidErrorOtherPerson"), new EidLoginPage(browser).alert());
            }
        }
        assertTrue(lab.realm().users().get(userId(sophie)).credentials().stream().noneMatch(c -> "otp".equals(c.getType())),
                "no authenticator app bound");
    }

    @Test
    void authenticatorAppSetUp_afterTheSamePersonsEid_bindsTheApp_andTheAdminEventSaysHow() {
        TestCitizen sophie = EidLab.citizen("sophie.dubois");
        String email = lab.registerWithEmailKey(sophie, "sophie.totpok", "nl", PASSWORD);
        String id = userId(sophie);
        try (Browser browser = Browser.open("nl")) {
            lowLogin(browser, "sophie.totpok", email);
            try (OidcLogin ebox = new OidcLogin(env.baseUrl(), EidLab.REALM, "my-ebox")) {
                browser.get(ebox.authorizationUrl(Map.of("kc_action", "dk-totp-setup")));
                StepUpPage page = new StepUpPage(browser);
                assertEquals(new ThemeMessages("nl").get("dkStepUpTotp"), page.text());
                browser.screenshot("binding-step-up-totp-nl");
                page.continueToLogin();
                new KeyChooserPage(browser).choose("eid");
                new EidLoginPage(browser).loginWithSoftwareEid(sophie.id(), sophie.pin());
                TotpSetupPage setup = new TotpSetupPage(browser);
                setup.confirm(Totp.code(setup.secret(), Totp.now()), "Telefoon");
                Map<String, String> answer = ebox.redirect(browser);
                assertEquals("success", answer.get("kc_action_status"), answer.toString());
            }
        }
        List<CredentialRepresentation> otp = lab.realm().users().get(id).credentials().stream()
                .filter(c -> "otp".equals(c.getType())).toList();
        assertEquals(1, otp.size(), "the authenticator app is bound after the step-up");
        assertAdminEvent(id, otp.get(0).getId(), "otp");
    }

    /**
     * Keycloak's own authenticator-app set-up ({@code CONFIGURE_TOTP}) would bind an app without
     * any level: it is off in our realms (ours, {@code dk-totp-setup}, is the guarded one), so an
     * application-initiated request for it after an e-mail code binds nothing.
     */
    @Test
    void keycloaksOwnTotpSetUp_afterAnEmailCode_bindsNothing() {
        TestCitizen sophie = EidLab.citizen("sophie.dubois");
        String email = lab.registerWithEmailKey(sophie, "sophie.kctotp", "de", PASSWORD);
        String id = userId(sophie);
        try (Browser browser = Browser.open("de")) {
            lowLogin(browser, "sophie.kctotp", email);
            try (OidcLogin ebox = new OidcLogin(env.baseUrl(), EidLab.REALM, "my-ebox")) {
                browser.get(ebox.authorizationUrl(Map.of("kc_action", "CONFIGURE_TOTP")));
                // Before the fix, Keycloak's set-up form showed here (no redirect, a secret to scan).
                Map<String, String> answer = ebox.redirect(browser);
                assertFalse("success".equals(answer.get("kc_action_status")), answer.toString());
                assertTrue(browser.driver().findElements(By.id("totp")).isEmpty(), "no set-up form");
            }
        }
        assertTrue(lab.realm().users().get(id).credentials().stream().noneMatch(c -> "otp".equals(c.getType())),
                "no authenticator app bound");
        assertFalse(lab.realm().flows().getRequiredAction("CONFIGURE_TOTP").isEnabled(), "Keycloak's own set-up is off");
    }

    /**
     * Where security codes go is part of the security-code key, which only the registration office
     * writes: a person logged in with an e-mail code who changes the profile's e-mail address
     * (account console, account REST API) does not re-route the next codes, so no stronger key can
     * be reached by way of a new address.
     */
    @Test
    void changingTheProfilesEmail_withALowSession_doesNotRerouteTheCodes() throws Exception {
        TestCitizen sophie = EidLab.citizen("sophie.dubois");
        String email = lab.registerWithEmailKey(sophie, "sophie.route", "fr", PASSWORD);
        String elsewhere = be.digitalkeys.it.support.Accounts.uniqueEmail("sophie.elsewhere");
        String id = userId(sophie);
        String accessToken;
        try (Browser browser = Browser.open("fr"); OidcLogin ebox = new OidcLogin(env.baseUrl(), EidLab.REALM, "my-ebox")) {
            browser.get(ebox.authorizationUrl());
            accessToken = lab.emailCodeLogin(browser, ebox, "sophie.route", PASSWORD, email).get("access_token").asText();
        }
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        URI account = URI.create(env.baseUrl() + "/realms/" + EidLab.REALM + "/account/");
        java.net.http.HttpResponse<String> profile = http.send(java.net.http.HttpRequest.newBuilder(account)
                .header("Authorization", "Bearer " + accessToken).header("Accept", "application/json").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, profile.statusCode(), profile.body());
        com.fasterxml.jackson.databind.node.ObjectNode changed = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(profile.body());
        changed.put("email", elsewhere);
        http.send(java.net.http.HttpRequest.newBuilder(account).header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(changed.toString())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(elsewhere, lab.user(id).getEmail(), "the profile's address changed");

        Mailbox mailbox = new Mailbox(env);
        int before = mailbox.countTo(email);
        try (Browser browser = Browser.open("fr"); OidcLogin ebox = new OidcLogin(env.baseUrl(), EidLab.REALM, "my-ebox")) {
            browser.get(ebox.authorizationUrl());
            new KeyChooserPage(browser).choose("email-code");
            new be.digitalkeys.it.pages.LoginPage(browser).logIn("sophie.route", PASSWORD);
            // The next code reaches the registered address (the one after the first login's).
            new be.digitalkeys.it.pages.SecurityCodePage(browser).enter(Mailbox.securityCode(mailbox.nthTo(email, before + 1)));
            ebox.tokens(browser);
        }
        assertEquals(before + 1, mailbox.countTo(email), "one code per login, to the registered address");
        assertEquals(0, mailbox.countTo(elsewhere), "no code to the profile's new address");
        String key = lab.realm().users().get(id).credentials().stream().filter(c -> "dk-security-code-key".equals(c.getType()))
                .findFirst().orElseThrow().getCredentialData();
        assertTrue(key.contains(email) && !key.contains(elsewhere), key);
    }

    @Test
    void appApi_calledWithALowSessionsCookiesOrToken_bindsNothing() throws Exception {
        TestCitizen sophie = EidLab.citizen("sophie.dubois");
        String email = lab.registerWithEmailKey(sophie, "sophie.api", "en", PASSWORD);
        String id = userId(sophie);
        String accessToken;
        String cookies;
        try (Browser browser = Browser.open("en"); OidcLogin ebox = new OidcLogin(env.baseUrl(), EidLab.REALM, "my-ebox")) {
            browser.get(ebox.authorizationUrl());
            accessToken = lab.emailCodeLogin(browser, ebox, "sophie.api", PASSWORD, email).get("access_token").asText();
            browser.get(env.baseUrl() + "/realms/" + EidLab.REALM + "/account/");
            cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .collect(java.util.stream.Collectors.joining("; "));
        }
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String body = "{\"activationToken\":\"ABCD23\",\"phoneNumber\":\"+32471998002\"}";
        for (Map.Entry<String, String> credential : Map.of("Authorization", "Bearer " + accessToken, "Cookie", cookies).entrySet()) {
            java.net.http.HttpResponse<String> answer = http.send(java.net.http.HttpRequest.newBuilder(
                            URI.create(env.baseUrl() + "/realms/" + EidLab.REALM + "/dk-app/enrolments"))
                    .header("Content-Type", "application/json").header(credential.getKey(), credential.getValue())
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(400, answer.statusCode(), credential.getKey() + ": " + answer.body());
            assertTrue(answer.body().contains("invalid_activation_token"), answer.body());
        }
        assertEquals(0, devices(id), "a session or a token is no activation: nothing bound");
    }
}
