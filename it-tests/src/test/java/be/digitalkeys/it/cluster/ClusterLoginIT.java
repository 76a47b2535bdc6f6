package be.digitalkeys.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import be.digitalkeys.lab.eid.TestCitizen;
import be.digitalkeys.lab.eid.TestEidPki;
import be.digitalkeys.appclient.AppClient;
import be.digitalkeys.appclient.AppDevice;
import be.digitalkeys.it.pages.AccountPage;
import be.digitalkeys.it.pages.AppEnrolPage;
import be.digitalkeys.it.pages.AppPhonePage;
import be.digitalkeys.it.pages.AppWaitPage;
import be.digitalkeys.it.pages.CardChallengePage;
import be.digitalkeys.it.pages.CardNumberPage;
import be.digitalkeys.it.pages.CardStopPage;
import be.digitalkeys.it.pages.EidLoginPage;
import be.digitalkeys.it.pages.KeyChooserPage;
import be.digitalkeys.it.pages.LoginPage;
import be.digitalkeys.it.pages.SecurityCodePage;
import be.digitalkeys.it.pages.TotpPage;
import be.digitalkeys.it.pages.TotpSetupPage;
import be.digitalkeys.it.support.Accounts;
import be.digitalkeys.it.support.AppLab;
import be.digitalkeys.it.support.SmsGatewayStub;
import be.digitalkeys.it.support.BankCards;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.ClusterExtension;
import be.digitalkeys.it.support.ClusterNode;
import be.digitalkeys.it.support.KeycloakCluster;
import be.digitalkeys.it.support.PostgresRegistry;
import be.digitalkeys.it.support.TestSettings;
import be.digitalkeys.it.support.ThemeMessages;
import be.digitalkeys.it.support.Mailbox;
import be.digitalkeys.it.support.Totp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Our login methods on two clustered nodes with no sticky sessions: every step of a login may
 * land on the other node, one-time codes and lockouts hold cluster-wide, and a node that crashes
 * in the middle of a login neither lets anyone in nor leaves anyone stuck.
 */
@ExtendWith(ClusterExtension.class)
class ClusterLoginIT {

    static final String INSURANCE = "insurance";
    static final String PUBLIC_SERVICES = "public-services";
    static final String PASSWORD = "Un mot de passe pour le cluster 2026";
    static final String SECRET = "ClusterTotpSecret2026";

    private final KeycloakCluster cluster;
    private final ClusterNode a;
    private final ClusterNode b;

    ClusterLoginIT(KeycloakCluster cluster) {
        this.cluster = cluster;
        this.a = cluster.a();
        this.b = cluster.b();
    }

    @Test
    void organisationsChangelog_appliedOnPostgres_byKeycloakAtStartUp() throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(TestSettings.required("dk.pg.cluster.url"),
                PostgresRegistry.user(), PostgresRegistry.password());
             java.sql.PreparedStatement q = c.prepareStatement("SELECT table_name FROM information_schema.tables"
                     + " WHERE table_schema = 'kc' AND upper(table_name) LIKE 'DK_ORG_%' ORDER BY 1")) {
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (java.sql.ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    tables.add(r.getString(1).toUpperCase(java.util.Locale.ROOT));
                }
            }
            assertEquals(java.util.List.of("DK_ORG_APPOINTMENT", "DK_ORG_CONTEXT", "DK_ORG_GRANT", "DK_ORG_HISTORY"), tables);
        }
    }

    @Test
    void passwordAndApp_eachStepOnTheOtherNode() {
        String email = enrolledInsuranceUser("alt");
        try (Browser browser = Browser.open("fr")) {
            LoginPage login = LoginPage.open(browser, a.baseUrl(), INSURANCE);
            Route.formsTo(browser, b);
            login.logIn(email, PASSWORD);
            TotpPage totp = new TotpPage(browser);
            assertTrue(browser.driver().getCurrentUrl().startsWith(b.baseUrl()), "the app step was rendered by node B");
            Route.formsTo(browser, a);
            totp.enter(Totp.codeForRawSecret(SECRET, Totp.now()), false);
            new AccountPage(browser, a.baseUrl(), INSURANCE);
        }
    }

    @Test
    void cardReader_numberOnA_responseOnB() {
        BankCards.Card card = new BankCards(cluster.viaA()).newCustomerWithCard("fr", "CLUSTER CARTE");
        try (Browser browser = Browser.open("fr")) {
            browser.get(a.baseUrl() + "/realms/" + BankCards.REALM + "/account/");
            CardNumberPage number = new CardNumberPage(browser);
            Route.formsTo(browser, b);
            number.enter(card.afterPrefix(), false);
            CardChallengePage challenge = new CardChallengePage(browser);
            assertTrue(browser.driver().getCurrentUrl().startsWith(b.baseUrl()), "the challenge was rendered by node B");
            Route.formsTo(browser, a);
            challenge.sign(card.response(challenge.challenge()));
            new AccountPage(browser, a.baseUrl(), BankCards.REALM);
        }
    }

    @Test
    void cardBlockedThroughBothNodes_isBlockedOnEach() {
        BankCards cards = new BankCards(cluster.viaA());
        BankCards.Card card = cards.newCustomerWithCard("nl", "CLUSTER GEBLOKKEERD");
        try (Browser browser = Browser.open("nl")) {
            browser.get(a.baseUrl() + "/realms/" + BankCards.REALM + "/account/");
            new CardNumberPage(browser).enter(card.afterPrefix(), false);
            for (int attempt = 0; attempt < 5; attempt++) {
                CardChallengePage challenge = new CardChallengePage(browser);
                Route.formsTo(browser, attempt % 2 == 0 ? b : a);
                String right = card.response(challenge.challenge());
                challenge.sign(right.substring(0, 7) + ((right.charAt(7) - '0' + 1) % 10));
            }
            new CardStopPage(browser);
        }
        for (ClusterNode node : java.util.List.of(a, b)) {
            try (Browser browser = Browser.open("nl")) {
                browser.get(node.baseUrl() + "/realms/" + BankCards.REALM + "/account/");
                new CardNumberPage(browser).enter(card.afterPrefix(), false);
                assertEquals("Uw kaart is geblokkeerd.", new CardStopPage(browser).message(), "blocked on node " + node.name());
            }
        }
        assertEquals("blocked", new BankCards(cluster.viaB()).state(card).get("status"));
    }

    @Test
    void securityCodeByEmail_chooserOnA_passwordOnB_codeOnA() {
        Accounts accounts = new Accounts(cluster.viaA(), PUBLIC_SERVICES);
        String username = "cluster" + Long.toHexString(System.nanoTime());
        String email = username + "@public-services.example";
        String id = accounts.createWithPassword(username, email, "nl", PASSWORD);
        accounts.addSecurityCodeKey(id, "email", email);
        try (Browser browser = Browser.open("nl")) {
            KeyChooserPage chooser = KeyChooserPage.open(browser, a.baseUrl(), PUBLIC_SERVICES);
            Route.formsTo(browser, b);
            chooser.choose("email-code");
            LoginPage login = new LoginPage(browser);
            Route.formsTo(browser, a);
            login.logIn(username, PASSWORD);
            SecurityCodePage code = new SecurityCodePage(browser);
            String sent = Mailbox.securityCode(new Mailbox(cluster.viaA()).latestTo(email));
            Route.formsTo(browser, b);
            code.enter("000000".equals(sent) ? "111111" : "000000");
            code = new SecurityCodePage(browser);
            assertFalse(code.codeError().isEmpty(), "a wrong code is refused by the other node too");
            Route.formsTo(browser, a);
            code.enter(sent);
            new AccountPage(browser, a.baseUrl(), PUBLIC_SERVICES);
        }
    }

    @Test
    void eid_nonceIssuedByA_tokenValidatedByB() {
        TestCitizen pieter = TestEidPki.load().byId("pieter.devos").orElseThrow();
        java.net.URI bUrl = java.net.URI.create(b.baseUrl());
        String originOfB = bUrl.getScheme() + "://" + bUrl.getHost() + ":" + bUrl.getPort();
        try (Browser browser = Browser.open("nl")) {
            KeyChooserPage chooser = KeyChooserPage.open(browser, b.baseUrl(), PUBLIC_SERVICES);
            Route.formsTo(browser, a);
            chooser.choose("eid");
            EidLoginPage page = new EidLoginPage(browser);
            assertTrue(browser.driver().getCurrentUrl().startsWith(a.baseUrl()), "node A issued the nonce");
            String token = pieter.authToken(originOfB, page.nonce());
            Route.formsTo(browser, b);
            page.post(token);
            new AccountPage(browser, b.baseUrl(), PUBLIC_SERVICES);
        }
    }

    /**
     * The phone app on two nodes: the enrolment page is served by A while the app enrols through B;
     * at login the browser waits on B while the app approves through A.
     */
    @Test
    void app_enrolledThroughB_loginWaitsOnB_approvedThroughA() throws Exception {
        TestCitizen lucas = TestEidPki.load().byId("lucas.dubois").orElseThrow();
        var realm = cluster.viaA().realm(PUBLIC_SERVICES);
        var lucasUser = realm.users().searchByAttributes("niss:" + lucas.niss()).get(0);
        String phoneNumber = "+32471999001";
        try (SmsGatewayStub gateway = SmsGatewayStub.start()) {
            var action = realm.flows().getRequiredAction("dk-app-enrol");
            action.setConfig(Map.of("dk.sms.sender", "log", "dk.sms.log.url", gateway.url()));
            realm.flows().updateRequiredAction("dk-app-enrol", action);
            lucasUser.setRequiredActions(java.util.List.of("dk-app-enrol"));
            realm.users().get(lucasUser.getId()).update(lucasUser);
            java.net.URI aUrl = java.net.URI.create(a.baseUrl());
            String originOfA = aUrl.getScheme() + "://" + aUrl.getHost() + ":" + aUrl.getPort();
            AppDevice phone;
            try (Browser browser = Browser.open("fr")) {
                KeyChooserPage.open(browser, a.baseUrl(), PUBLIC_SERVICES).choose("eid");
                EidLoginPage eid = new EidLoginPage(browser);
                eid.post(lucas.authToken(originOfA, eid.nonce()));
                AppEnrolPage enrol = new AppEnrolPage(browser);
                enrol.start("BE", "0471 99 90 01");
                enrol = new AppEnrolPage(browser);
                AppClient app = new AppClient(java.net.URI.create(b.baseUrl()), PUBLIC_SERVICES);
                var enrolment = app.startEnrolment(enrol.token(), phoneNumber);
                app.confirmSmsCode(enrolment.enrolment(), AppLab.smsCode(gateway, phoneNumber, 1));
                phone = app.registerDevice(enrolment.enrolment(), "Cluster phone", null, AppLab.APP_CODE);
                new AccountPage(browser, a.baseUrl(), PUBLIC_SERVICES);
            }
            AppDevice viaA = phone.through(java.net.URI.create(a.baseUrl()));
            try (Browser browser = Browser.open("fr")) {
                // The account console of B starts the login (its own node ends it); the phone page comes from A.
                KeyChooserPage chooser = KeyChooserPage.open(browser, b.baseUrl(), PUBLIC_SERVICES);
                Route.formsTo(browser, a);
                chooser.choose("app");
                AppPhonePage phonePage = new AppPhonePage(browser);
                Route.formsTo(browser, b);
                phonePage.send("BE", "0471 99 90 01");
                AppWaitPage waiting = new AppWaitPage(browser);
                assertTrue(browser.driver().getCurrentUrl().startsWith(b.baseUrl()), "node B created the request");
                String request = viaA.pending().get(0).request();
                assertEquals("approved", viaA.approve(request, waiting.icon(), AppLab.APP_CODE));
                new AccountPage(browser, b.baseUrl(), PUBLIC_SERVICES);
            }
        }
    }

    @Test
    void appCodeUsedThroughA_isRefusedThroughB() {
        String email = enrolledInsuranceUser("replay");
        // Both logins wait on the code page first, so the code is typed twice within seconds: still
        // inside its time window however slow the machine, so only the replay guard can refuse it.
        try (Browser viaA = Browser.open("en"); Browser viaB = Browser.open("en")) {
            LoginPage.open(viaA, a.baseUrl(), INSURANCE).logIn(email, PASSWORD);
            TotpPage onA = new TotpPage(viaA);
            LoginPage.open(viaB, b.baseUrl(), INSURANCE).logIn(email, PASSWORD);
            TotpPage onB = new TotpPage(viaB);
            String code = Totp.codeForRawSecret(SECRET, Totp.now());
            onA.enter(code, false);
            new AccountPage(viaA, a.baseUrl(), INSURANCE);
            onB.enter(code, false);
            // The replay message in the page's own language (the realm may answer in its default one).
            TotpPage refused = new TotpPage(viaB);
            String language = viaB.driver().findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang");
            assertEquals(new ThemeMessages(language).get("dkTotpReplayed"), refused.codeError(),
                    "the code was already used on node A");
        }
    }

    @Test
    void fiveWrongPasswordsSpreadOverBothNodes_lockTheAccountOnBoth() {
        String email = enrolledInsuranceUser("lock");
        Accounts viaB = new Accounts(cluster.viaB(), INSURANCE);
        String id = cluster.viaB().realm(INSURANCE).users().search(email, true).get(0).getId();
        try (Browser browser = Browser.open("de")) {
            for (int attempt = 0; attempt < 5; attempt++) {
                LoginPage page = LoginPage.open(browser, a.baseUrl(), INSURANCE);
                Route.formsTo(browser, attempt % 2 == 0 ? a : b);
                page.logIn(email, "falsches Passwort " + attempt);
            }
        }
        Map<String, Object> status = be.digitalkeys.it.support.BruteForce.awaitLocked(() -> viaB.bruteForceStatus(id));
        assertEquals(Boolean.TRUE, status.get("disabled"), status.toString());
        try (Browser browser = Browser.open("de")) {
            LoginPage.open(browser, a.baseUrl(), INSURANCE).logIn(email, PASSWORD);
            assertTrue(browser.driver().findElements(By.id("kc-form-login")).size() == 1, "node A refuses the locked account");
        }
    }

    @Test
    void registryCustomer_legacyPasswordOnB_appSetupOnA() {
        try (Browser browser = Browser.open("fr")) {
            LoginPage login = LoginPage.open(browser, a.baseUrl(), INSURANCE);
            Route.formsTo(browser, b);
            login.logIn("els.wouters@insurance.example", "Verzekering-2026");
            new TotpSetupPage(browser);
        }
        String id = cluster.viaA().realm(INSURANCE).users().search("els.wouters@insurance.example", true).get(0).getId();
        assertTrue(cluster.viaA().realm(INSURANCE).users().get(id).credentials().stream().anyMatch(c -> "password".equals(c.getType())),
                "the legacy password was migrated, visible from node A");
    }

    @Test
    void nodeKilledMidLogin_userFinishesOnTheOtherNode_andTheNodeRejoins() {
        String email = enrolledInsuranceUser("crash");
        try (Browser browser = Browser.open("fr")) {
            LoginPage login = LoginPage.open(browser, a.baseUrl(), INSURANCE);
            Route.formsTo(browser, a);
            login.logIn(email, PASSWORD);
            TotpPage totp = new TotpPage(browser);
            a.kill();
            Route.formsTo(browser, b);
            totp.enter(Totp.codeForRawSecret(SECRET, Totp.now()), false);
            String url = browser.driver().getCurrentUrl();
            boolean finished = url.contains("code=");
            boolean restarted = !browser.driver().findElements(By.id("kc-form-login")).isEmpty();
            assertTrue(finished || restarted, "finished on node B or back to the start, never anything else: " + url);
            browser.screenshot("cluster-after-node-a-killed");
        }
        // No stuck account: a whole login through node B works at once.
        try (Browser browser = Browser.open("fr")) {
            LoginPage.open(browser, b.baseUrl(), INSURANCE).logIn(email, PASSWORD);
            new TotpPage(browser).enter(Totp.codeForRawSecret(SECRET, Totp.now() + 30), false);
            new AccountPage(browser, b.baseUrl(), INSURANCE);
        }
        a.restart();
        cluster.awaitBothMembers();
        String after = enrolledInsuranceUser("rejoined");
        try (Browser browser = Browser.open("fr")) {
            LoginPage login = LoginPage.open(browser, b.baseUrl(), INSURANCE);
            Route.formsTo(browser, a);
            login.logIn(after, PASSWORD);
            TotpPage totp = new TotpPage(browser);
            Route.formsTo(browser, b);
            totp.enter(Totp.codeForRawSecret(SECRET, Totp.now()), false);
            new AccountPage(browser, b.baseUrl(), INSURANCE);
        }
    }

    private String enrolledInsuranceUser(String prefix) {
        String email = Accounts.uniqueEmail("cluster-" + prefix);
        new Accounts(cluster.viaB(), INSURANCE).createEnrolled(email, "fr", PASSWORD, SECRET);
        return email;
    }
}
