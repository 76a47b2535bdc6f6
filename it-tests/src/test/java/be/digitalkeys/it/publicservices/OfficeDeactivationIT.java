package be.digitalkeys.it.publicservices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import be.digitalkeys.appclient.AppApiException;
import be.digitalkeys.appclient.AppDevice;
import be.digitalkeys.lab.eid.TestCitizen;
import be.digitalkeys.it.pages.AccountPage;
import be.digitalkeys.it.pages.AppEnrolPage;
import be.digitalkeys.it.pages.AppPhonePage;
import be.digitalkeys.it.pages.AppWaitPage;
import be.digitalkeys.it.pages.EidLoginPage;
import be.digitalkeys.it.pages.KeyChooserPage;
import be.digitalkeys.it.pages.LoginPage;
import be.digitalkeys.it.pages.RegistrationOfficePage;
import be.digitalkeys.it.pages.CardChallengePage;
import be.digitalkeys.it.pages.CardNumberPage;
import be.digitalkeys.it.support.AppLab;
import be.digitalkeys.it.support.BankCards;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.EidLab;
import be.digitalkeys.it.support.Officers;
import be.digitalkeys.it.support.OidcLogin;
import be.digitalkeys.it.support.SmsGatewayStub;
import be.digitalkeys.it.support.TestEnvironment;
import be.digitalkeys.it.support.ThemeMessages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Attack tests (issue 22): "the keys of this address are deactivated" at the registration office
 * must stop every key, not only passwords and codes. Each test sets up one key kind for a person
 * in the app-lab copy of public-services, proves it logs in, has an officer issue a new
 * activation for the person's address on the real desk page, and then tries that key again.
 */
@ExtendWith(DigitalKeysExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficeDeactivationIT {

    private static final AtomicInteger NUMBERS = new AtomicInteger(10);
    private final TestEnvironment env;
    private final AppLab lab;
    private final Officers officers;
    private SmsGatewayStub gateway;
    private Browser officer;

    OfficeDeactivationIT(TestEnvironment env) {
        this.env = env;
        this.lab = new AppLab(env);
        this.officers = new Officers(env, AppLab.REALM);
    }

    @BeforeAll
    void officerAtTheDesk() throws Exception {
        env.pointAllRealmsMailHere();
        // The lab copy has no users, so the officer role (made by the demo officer's import) is made here.
        if (lab.realm().roles().list().stream().noneMatch(r -> "dk-registration-officer".equals(r.getName()))) {
            lab.realm().roles().create(new org.keycloak.representations.idm.RoleRepresentation("dk-registration-officer", null, false));
        }
        gateway = SmsGatewayStub.start();
        lab.bindPasswordClient();
        lab.smsTo(gateway.url());
        officer = Browser.open("fr");
        officers.deskOfANewOfficer(officer);
    }

    @AfterAll
    void close() {
        officer.close();
        gateway.close();
    }

    @Test
    void phoneAppDevice_isDeactivated_andThePhoneCanNoLongerLogIn() throws Exception {
        String username = "office.app" + NUMBERS.incrementAndGet();
        String id = lab.user(username, "Rita", "fr", true);
        String e164 = String.format("+324720%05d", NUMBERS.incrementAndGet());
        AppDevice phone;
        try (Browser browser = Browser.open("fr")) {
            phone = enrolled(browser, username, e164);
            approve(browser, phone, loginStart(browser, e164));
            new AccountPage(browser, env.baseUrl(), AppLab.REALM);
        }
        issueFor(username + "@app-lab.test");
        onlyThePaperCodeIsLeft(id);
        AppApiException refused = assertThrows(AppApiException.class, phone::pending);
        assertEquals("unknown_device", refused.error());
        try (Browser browser = Browser.open("fr")) {
            browser.get(accountUrl());
            new KeyChooserPage(browser).choose("app");
            AppPhonePage page = new AppPhonePage(browser);
            page.send("BE", national(e164));
            assertEquals(new ThemeMessages("fr").get("dkAppPhoneUnknown"), new AppPhonePage(browser).phoneError());
        }
    }

    @Test
    void eidLink_isDeactivated_andTheCardNoLongerOpensTheAccount() {
        TestCitizen anna = EidLab.citizen("anna.schmidt");
        lab.realm().users().searchByAttributes("niss:" + anna.niss()).forEach(u -> lab.realm().users().get(u.getId()).remove());
        String username = "office.eid" + NUMBERS.incrementAndGet();
        String id = lab.user(username, "Anna", "de", false);
        UserRepresentation rep = lab.realm().users().get(id).toRepresentation();
        Map<String, List<String>> attributes = new HashMap<>(rep.getAttributes());
        attributes.put("niss", List.of(anna.niss()));
        rep.setAttributes(attributes);
        lab.realm().users().get(id).update(rep);
        try (Browser browser = Browser.open("de")) {
            eidPage(browser).loginWithSoftwareEid(anna.id(), anna.pin());
            new AccountPage(browser, env.baseUrl(), AppLab.REALM);
        }
        issueFor(username + "@app-lab.test");
        onlyThePaperCodeIsLeft(id);
        try (Browser browser = Browser.open("de")) {
            EidLoginPage page = eidPage(browser);
            page.loginWithSoftwareEid(anna.id(), anna.pin());
            assertEquals(new ThemeMessages("de").get("dkEidErrorUnknownUser"), new EidLoginPage(browser).alert());
        }
        assertTrue(lab.realm().users().get(id).getUserSessions().isEmpty(), "nobody is logged in as the person");
    }

    /**
     * Bank cards: the bank realm has no desk of its own, so this test gives it one for its
     * duration (the officer role, the desk's client, an officer logging in with a card) and
     * removes it afterwards.
     */
    @Test
    void bankCard_isDeactivated_andTheCardNoLongerLogsIn() throws Exception {
        BankCards cards = new BankCards(env);
        BankCards.Card card = cards.newCustomerWithCard("fr", "MARIE GUICHET");
        String bankAccount = env.baseUrl() + "/realms/" + BankCards.REALM + "/account/";
        try (Browser browser = Browser.open("fr")) {
            browser.get(bankAccount);
            new CardNumberPage(browser).enter(card.afterPrefix(), false);
            CardChallengePage challenge = new CardChallengePage(browser);
            challenge.sign(card.response(challenge.challenge()));
            new AccountPage(browser, env.baseUrl(), BankCards.REALM);
        }
        String email = env.realm(BankCards.REALM).users().get(card.userId()).toRepresentation().getEmail();
        try (BankDesk desk = new BankDesk(env, cards); Browser bankOfficer = Browser.open("fr")) {
            desk.logIn(bankOfficer, env.baseUrl());
            bankOfficer.get(RegistrationOfficePage.url(env.baseUrl(), BankCards.REALM));
            new RegistrationOfficePage(bankOfficer).issue(true, "Marie", "Guichet", email, "fr");
            assertTrue(new RegistrationOfficePage.Issued(bankOfficer).saysKeysDeactivated(), "the officer is told");
        }
        List<String> types = env.realm(BankCards.REALM).users().get(card.userId()).credentials().stream()
                .map(CredentialRepresentation::getType).toList();
        assertEquals(List.of("dk-activation-code"), types);
        try (Browser browser = Browser.open("fr")) {
            browser.get(bankAccount);
            new CardNumberPage(browser).enter(card.afterPrefix(), false);
            CardChallengePage challenge = new CardChallengePage(browser);
            challenge.sign(card.response(challenge.challenge()));
            assertFalse(new CardChallengePage(browser).responseError().isEmpty(), "the card's right answer no longer logs in");
        }
    }

    /** A registration desk in the bank realm for one test: role, desk client, an officer logging in with a card; removed on close. */
    private static final class BankDesk implements AutoCloseable {
        private final org.keycloak.admin.client.resource.RealmResource bank;
        private final boolean roleAdded;
        private final String clientId;
        private final BankCards.Card officerCard;

        BankDesk(TestEnvironment env, BankCards cards) {
            bank = env.realm(BankCards.REALM);
            roleAdded = bank.roles().list().stream().noneMatch(r -> "dk-registration-officer".equals(r.getName()));
            if (roleAdded) {
                bank.roles().create(new org.keycloak.representations.idm.RoleRepresentation("dk-registration-officer", "test desk", false));
            }
            org.keycloak.representations.idm.ClientRepresentation client = new org.keycloak.representations.idm.ClientRepresentation();
            client.setClientId("dk-registration-office");
            client.setPublicClient(true);
            client.setStandardFlowEnabled(true);
            client.setRedirectUris(List.of("http://localhost:*", "http://127.0.0.1:*"));
            try (var created = bank.clients().create(client)) {
                assertEquals(201, created.getStatus());
                String path = created.getLocation().getPath();
                clientId = path.substring(path.lastIndexOf('/') + 1);
            }
            officerCard = cards.newCustomerWithCard("fr", "AGENT GUICHET");
            bank.users().get(officerCard.userId()).roles().realmLevel()
                    .add(List.of(bank.roles().get("dk-registration-officer").toRepresentation()));
        }

        /** The officer logs in at the desk with the bank's own method, a card. */
        void logIn(Browser browser, String baseUrl) {
            browser.get(RegistrationOfficePage.url(baseUrl, BankCards.REALM));
            new CardNumberPage(browser).enter(officerCard.afterPrefix(), false);
            CardChallengePage challenge = new CardChallengePage(browser);
            challenge.sign(officerCard.response(challenge.challenge()));
            new RegistrationOfficePage(browser);
        }

        @Override
        public void close() {
            bank.users().get(officerCard.userId()).remove();
            bank.clients().get(clientId).remove();
            if (roleAdded) {
                bank.roles().deleteRole("dk-registration-officer");
            }
        }
    }

    /** The officer re-activates the address: identity checked, new paper code. */
    private void issueFor(String email) {
        officer.get(RegistrationOfficePage.url(env.baseUrl(), AppLab.REALM));
        new RegistrationOfficePage(officer).issue(true, "Re", "Activated", email, "fr");
        RegistrationOfficePage.Issued issued = new RegistrationOfficePage.Issued(officer);
        assertTrue(issued.saysKeysDeactivated(), "the officer is told the keys were deactivated");
        issued.next();
    }

    private void onlyThePaperCodeIsLeft(String id) {
        List<String> types = lab.realm().users().get(id).credentials().stream().map(CredentialRepresentation::getType).toList();
        assertEquals(List.of("dk-activation-code"), types);
    }

    private EidLoginPage eidPage(Browser browser) {
        browser.get(accountUrl());
        new KeyChooserPage(browser).choose("eid");
        return new EidLoginPage(browser);
    }

    private String accountUrl() {
        return env.baseUrl() + "/realms/" + AppLab.REALM + "/account/";
    }

    private static String national(String e164) {
        return "0" + e164.substring(3);
    }

    /** Password login, then the app's activation with the reference client (as AppLoginIT does). */
    private AppDevice enrolled(Browser browser, String username, String e164) throws Exception {
        AppDevice device;
        try (OidcLogin client = new OidcLogin(env.baseUrl(), AppLab.REALM, AppLab.PASSWORD_CLIENT)) {
            browser.get(client.authorizationUrl());
            new LoginPage(browser).logIn(username, AppLab.PASSWORD);
            new AppEnrolPage(browser).start("BE", national(e164));
            device = lab.enrolPhone(new AppEnrolPage(browser), gateway, e164, gateway.sentTo(e164).size() + 1);
            client.tokens(browser);
        }
        // Log out: the login below is the app's alone.
        browser.get(env.baseUrl() + "/realms/" + AppLab.REALM + "/.well-known/openid-configuration");
        browser.driver().manage().deleteAllCookies();
        return device;
    }

    private AppWaitPage loginStart(Browser browser, String e164) {
        browser.get(accountUrl());
        new KeyChooserPage(browser).choose("app");
        new AppPhonePage(browser).send("BE", national(e164));
        return new AppWaitPage(browser);
    }

    private static void approve(Browser browser, AppDevice phone, AppWaitPage waiting) throws Exception {
        var root = browser.driver().findElement(org.openqa.selenium.By.tagName("html"));
        String request = phone.pending().get(0).request();
        assertEquals("approved", phone.approve(request, waiting.icon(), AppLab.APP_CODE));
        browser.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(root));
    }
}
