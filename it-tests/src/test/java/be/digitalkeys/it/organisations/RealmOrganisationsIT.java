package be.digitalkeys.it.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

import be.digitalkeys.lab.eid.TestCitizen;
import be.digitalkeys.it.pages.CardChallengePage;
import be.digitalkeys.it.pages.CardNumberPage;
import be.digitalkeys.it.pages.EidLoginPage;
import be.digitalkeys.it.pages.KeyChooserPage;
import be.digitalkeys.it.pages.ProfileChoicePage;
import be.digitalkeys.it.support.BankCards;
import be.digitalkeys.it.support.BankCards.Card;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.EidLab;
import be.digitalkeys.it.support.Flows;
import be.digitalkeys.it.support.OidcLogin;
import be.digitalkeys.it.support.OrgApiLab.Answer;
import be.digitalkeys.it.support.RealmCopies;
import be.digitalkeys.it.support.RealmOrgs;
import be.digitalkeys.it.support.TestEnvironment;

/**
 * The organisations of the demo realm exports at work: belgianIDpro in {@code public-services}
 * (a representative acts for their notary's office, the rights of the client in {@code dk_org},
 * the chosen language kept) and the business customers of {@code bank} (a master user gives an
 * employee CardViewer on one account; the employee looks, changes nothing). The public-services
 * cases run in a copy of the export (the demo users stay untouched; the TEST eID citizens are
 * registered there), the bank cases in the bank realm itself with their own customers.
 */
@ExtendWith(DigitalKeysExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealmOrganisationsIT {

    static final String PS = "ps-orgs";
    static final String BELGIANIDPRO = "belgianidpro";
    static final String NISS_REQUESTER = "NISS requester";
    static final String NISS_SUPERVISOR = "NISS requests of the organisation";
    static final String BANK = BankCards.REALM;

    private final TestEnvironment env;
    private final RealmOrgs ps;
    private final RealmOrgs bank;
    private final BankCards cards;

    RealmOrganisationsIT(TestEnvironment env) {
        this.env = env;
        if (env.admin().realms().findAll().stream().noneMatch(r -> PS.equals(r.getRealm()))) {
            env.admin().realms().create(RealmCopies.withoutUsers("public-services-realm.json", PS));
        }
        // OCSP answers are cached cluster-wide per certificate, whatever the realm: caching nothing here
        // keeps these logins from deciding another test's revocation check (EidLoginIT) for the same TEST card.
        new Flows(env, PS).configure(EidLab.EID_FLOW, "dk-eid", Map.of("firstLogin", "link", "ocspEnabled", "true",
                "ocspFailOpen", "false", "ocspResponderUrl", "", "ocspCacheSeconds", "0"));
        this.ps = new RealmOrgs(env, PS);
        this.bank = new RealmOrgs(env, BANK);
        this.cards = new BankCards(env);
    }

    // ---- the exports themselves ----------------------------------------------------------------

    @Test
    void publicServicesExport_hasBelgianIdProWithItsRights_andTheNotarysRepresentative() {
        var realm = env.realm("public-services");
        assertTrue(realm.toRepresentation().isOrganizationsEnabled());
        ClientRepresentation client = realm.clients().findByClientId(BELGIANIDPRO).get(0);
        assertTrue(client.isPublicClient());
        List<String> mappers = client.getProtocolMappers().stream().map(m -> m.getProtocolMapper()).sorted().toList();
        assertEquals(List.of("dk-org-context-mapper", "dk-profile-mapper", "oidc-amr-mapper", "oidc-audience-mapper"), mappers,
                "the organisations API's audience: belgianidpro calls the API");
        for (String right : List.of(NISS_REQUESTER, NISS_SUPERVISOR)) {
            assertEquals(List.of("true"), realm.clients().get(client.getId()).roles().get(right).toRepresentation()
                    .getAttributes().get("dk-right"), right);
        }
        String notaryId = realm.organizations().getAll().stream()
                .filter(o -> "etude-notaire-renard".equals(o.getAlias())).findFirst().orElseThrow().getId();
        OrganizationRepresentation notary = realm.organizations().get(notaryId).toRepresentation();
        String kbo = notary.getAttributes().get("dk-kbo").get(0);
        assertTrue(validKbo(kbo), kbo);
        UserRepresentation rep = realm.users().searchByUsername("nathalie.renard", true).get(0);
        assertEquals(List.of(kbo), realm.users().get(rep.getId()).toRepresentation().getAttributes().get("dk-legal-representative-of"));
    }

    @Test
    void bankExport_hasTheBusinessCustomer_itsMasterUser_andTheRights() {
        var realm = env.realm(BANK);
        assertTrue(realm.toRepresentation().isOrganizationsEnabled());
        ClientRepresentation client = realm.clients().findByClientId("bank-web").get(0);
        var roles = realm.clients().get(client.getId()).roles();
        assertEquals(List.of("true"), roles.get("CardViewer").toRepresentation().getAttributes().get("dk-view-only"));
        for (String right : List.of("CardViewer", "Signer", "Payments")) {
            assertEquals(List.of("true"), roles.get(right).toRepresentation().getAttributes().get("dk-right"), right);
        }
        String customerId = realm.organizations().getAll().stream()
                .filter(o -> "boulangerie-peeters".equals(o.getAlias())).findFirst().orElseThrow().getId();
        OrganizationRepresentation customer = realm.organizations().get(customerId).toRepresentation();
        assertTrue(validKbo(customer.getAttributes().get("dk-kbo").get(0)));
        assertEquals(1, realm.users().searchByUsername("marie.peeters", true).size());
    }

    // ---- public-services: belgianIDpro ------------------------------------------------------------

    @Test
    void representative_actsForTheOffice_formattedNumberShown_andTheLanguageChosenIsKept() {
        TestCitizen sophie = EidLab.citizen("sophie.dubois");
        String kbo = RealmOrgs.newKbo();
        String orgId = ps.organisation("Étude notariale", kbo);
        String name = ps.organisationName(orgId);
        String rep = register(sophie, "Sophie", "Dubois", Map.of("dk-legal-representative-of", List.of(kbo), "locale", List.of("fr")));

        try (Browser browser = Browser.open("fr"); OidcLogin client = new OidcLogin(env.baseUrl(), PS, BELGIANIDPRO)) {
            browser.get(client.authorizationUrl());
            KeyChooserPage chooser = new KeyChooserPage(browser);
            assertEquals("fr", chooser.language());
            chooseLanguage(browser, "nl");
            new KeyChooserPage(browser).choose("eid");
            new EidLoginPage(browser).loginWithSoftwareEid(sophie.id(), sophie.pin());
            ProfileChoicePage profiles = new ProfileChoicePage(browser);
            assertEquals("nl", profiles.language());
            assertEquals(List.of("self", "organisation:" + orgId), profiles.profiles());
            String label = profiles.labels().get(1);
            assertTrue(label.contains(name) && label.contains(RealmOrgs.formatted(kbo)), label);
            browser.screenshot("belgianidpro-profile-choice-nl");
            profiles.choose("organisation:" + orgId);
            JsonNode token = OidcLogin.claims(client.tokens(browser).get("access_token").asText());
            JsonNode profile = token.get("dk_profile");
            assertEquals("organisation", profile.get("type").asText());
            assertEquals(kbo, profile.get("id").asText());
            assertEquals(name, profile.get("name").asText());
            assertNull(token.get("dk_org"), "the legal representative holds no belgianIDpro right yet");
        }
        assertEquals(List.of("nl"), ps.realm().users().get(rep).toRepresentation().getAttributes().get("locale"),
                "the language chosen on the login page is kept in the profile");

        // A French browser, a new login: once the person is identified, their language wins.
        try (Browser browser = Browser.open("fr"); OidcLogin client = new OidcLogin(env.baseUrl(), PS, BELGIANIDPRO)) {
            browser.get(client.authorizationUrl());
            assertEquals("fr", new KeyChooserPage(browser).language());
            new KeyChooserPage(browser).choose("eid");
            new EidLoginPage(browser).loginWithSoftwareEid(sophie.id(), sophie.pin());
            assertEquals("nl", new ProfileChoicePage(browser).language());
        }
    }

    @Test
    void requesterAndSupervisor_getOnlyTheirRightInDkOrg_grantedByTheRepresentativeThroughTheApi() {
        TestCitizen sophie = EidLab.citizen("sophie.dubois");
        TestCitizen pieter = EidLab.citizen("pieter.devos");
        TestCitizen anna = EidLab.citizen("anna.schmidt");
        String kbo = RealmOrgs.newKbo();
        String orgId = ps.organisation("Étude notariale", kbo);
        register(sophie, "Sophie", "Dubois", Map.of("dk-legal-representative-of", List.of(kbo)));
        String requester = register(pieter, "Pieter", "De Vos", Map.of());
        String supervisor = register(anna, "Anna", "Schmidt", Map.of());

        String token = eidLogin(sophie, "organisation:" + orgId).get("access_token").asText();
        String root = ps.root(token, orgId);
        for (Map.Entry<String, TestCitizen> person : Map.of(requester, pieter, supervisor, anna).entrySet()) {
            Answer found = ps.call(token, "POST", "/api/organisations/" + orgId + "/people", Map.of("niss", person.getValue().niss()));
            assertEquals(200, found.status(), found.body());
            assertEquals(person.getKey(), found.json().path("person").path("userId").asText());
        }
        Answer granted = ps.call(token, "POST", "/api/organisations/" + orgId + "/people/" + requester + "/rights",
                Map.of("contextId", root, "right", NISS_REQUESTER));
        assertEquals(200, granted.status(), granted.body());
        granted = ps.call(token, "POST", "/api/organisations/" + orgId + "/people/" + supervisor + "/rights",
                Map.of("contextId", root, "right", NISS_SUPERVISOR));
        assertEquals(200, granted.status(), granted.body());

        JsonNode requesterOrg = OidcLogin.claims(eidLogin(pieter, "organisation:" + orgId).get("access_token").asText()).get("dk_org");
        assertEquals(List.of(NISS_REQUESTER), texts(requesterOrg.get("rights")));
        assertEquals(orgId, requesterOrg.path("organisation").path("id").asText());
        assertEquals(RealmOrgs.formatted(kbo), requesterOrg.path("organisation").path("kbo").asText());
        JsonNode supervisorOrg = OidcLogin.claims(eidLogin(anna, "organisation:" + orgId).get("access_token").asText()).get("dk_org");
        assertEquals(List.of(NISS_SUPERVISOR), texts(supervisorOrg.get("rights")));

        // Acting as oneself: no organisation rights in the token.
        assertNull(OidcLogin.claims(eidLogin(pieter, "self").get("access_token").asText()).get("dk_org"));
    }

    // ---- bank: master user, CardViewer ----------------------------------------------------------

    @Test
    void masterUser_grantsCardViewerOnAnAccount_viewerListsItButChangesNothing() {
        String kbo = RealmOrgs.newKbo();
        String orgId = bank.organisation("Bakkerij", kbo);
        Card master = cards.newCustomerWithCard("fr", "MARIE MASTER");
        Card employee = cards.newCustomerWithCard("fr", "EMMA EMPLOYEE");
        Answer appointed = bank.asAdmin("PUT", "/api/organisations/" + orgId + "/legal-representatives/" + master.userId(), null);
        assertEquals(200, appointed.status(), appointed.body());
        bank.addMember(orgId, employee.userId());

        String masterToken = cardLogin(master);
        String root = bank.root(masterToken, orgId);
        Answer account = bank.call(masterToken, "POST", "/api/organisations/" + orgId + "/contexts",
                Map.of("parentId", root, "kind", "ACCOUNT", "code", "BE71 0961 2345 6769", "name", "Compte courant"));
        assertEquals(201, account.status(), account.body());
        String accountId = account.json().path("id").asText();
        Answer granted = bank.call(masterToken, "POST", "/api/organisations/" + orgId + "/people/" + employee.userId() + "/rights",
                Map.of("contextId", accountId, "right", "CardViewer"));
        assertEquals(200, granted.status(), granted.body());
        assertTrue(granted.json().path("viewOnly").asBoolean(), granted.body());

        String employeeToken = cardLogin(employee);
        for (String right : List.of("Payments", "Signer", "CardViewer")) {
            Answer refused = bank.call(employeeToken, "POST", "/api/organisations/" + orgId + "/people/" + master.userId() + "/rights",
                    Map.of("contextId", accountId, "right", right));
            assertEquals(403, refused.status(), refused.body());
            assertEquals("VIEW_ONLY", refused.reason(), refused.body());
        }
        Answer selfGrant = bank.call(employeeToken, "POST", "/api/organisations/" + orgId + "/people/" + employee.userId() + "/rights",
                Map.of("contextId", accountId, "right", "Payments"));
        assertEquals(403, selfGrant.status(), selfGrant.body());
        assertEquals(List.of(), rightsOf(masterToken, orgId, master.userId()), "nothing granted to the master user");
        assertEquals(List.of("CardViewer@" + accountId), rightsOf(masterToken, orgId, employee.userId()), "nothing changed");

        Answer people = bank.call(employeeToken, "GET", "/api/organisations/" + orgId + "/people", null);
        assertEquals(200, people.status(), people.body());
        Map<String, List<String>> seen = new HashMap<>();
        for (JsonNode person : people.json()) {
            List<String> rights = new ArrayList<>();
            person.path("rights").forEach(r -> rights.add(r.path("right").asText() + "@" + r.path("contextId").asText()));
            seen.put(person.path("person").path("userId").asText(), rights);
        }
        assertEquals(List.of("CardViewer@" + accountId), seen.get(employee.userId()), seen.toString());
        assertEquals(List.of("CardViewer@" + accountId), rightsOf(employeeToken, orgId, employee.userId()));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private String register(TestCitizen citizen, String firstName, String lastName, Map<String, List<String>> attributes) {
        ps.realm().users().searchByAttributes("niss:" + citizen.niss()).forEach(u -> ps.realm().users().get(u.getId()).remove());
        UserRepresentation user = new UserRepresentation();
        user.setUsername(citizen.id() + "." + RealmOrgs.newKbo());
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEnabled(true);
        Map<String, List<String>> all = new HashMap<>(attributes);
        all.put("niss", List.of(citizen.niss()));
        all.putIfAbsent("locale", List.of(citizen.locale()));
        user.setAttributes(all);
        try (var response = ps.realm().users().create(user)) {
            assertEquals(201, response.getStatus());
            String path = response.getLocation().getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    /** A belgianIDpro login with the citizen's TEST eID card, choosing {@code profileId}: the token response. */
    private JsonNode eidLogin(TestCitizen citizen, String profileId) {
        try (Browser browser = Browser.open(citizen.locale()); OidcLogin client = new OidcLogin(env.baseUrl(), PS, BELGIANIDPRO)) {
            browser.get(client.authorizationUrl());
            new KeyChooserPage(browser).choose("eid");
            new EidLoginPage(browser).loginWithSoftwareEid(citizen.id(), citizen.pin());
            new ProfileChoicePage(browser).choose(profileId);
            return client.tokens(browser);
        }
    }

    /** A Demo Bank Web login with the card reader (the reader's answer computed from the card's key): the access token. */
    private String cardLogin(Card card) {
        try (Browser browser = Browser.open("fr"); OidcLogin client = new OidcLogin(env.baseUrl(), BANK, "bank-web")) {
            browser.get(client.authorizationUrl());
            new CardNumberPage(browser).enter(card.afterPrefix(), false);
            CardChallengePage challenge = new CardChallengePage(browser);
            challenge.sign(card.response(challenge.challenge()));
            return client.tokens(browser).get("access_token").asText();
        }
    }

    private List<String> rightsOf(String token, String orgId, String userId) {
        Answer answer = bank.call(token, "GET", "/api/organisations/" + orgId + "/people/" + userId + "/rights", null);
        assertEquals(200, answer.status(), answer.body());
        List<String> rights = new ArrayList<>();
        answer.json().path("rights").forEach(r -> rights.add(r.path("right").asText() + "@" + r.path("contextId").asText()));
        return rights;
    }

    /** keycloak.v2's language chooser: the option whose address carries {@code kc_locale=lang}. */
    private static void chooseLanguage(Browser browser, String lang) {
        Select chooser = new Select(browser.driver().findElement(By.id("login-select-toggle")));
        WebElement option = chooser.getOptions().stream().filter(o -> String.valueOf(o.getAttribute("value")).contains("kc_locale=" + lang))
                .findFirst().orElseThrow(() -> new AssertionError("no " + lang + " in the language chooser"));
        // Choosing loads the page again in that language: wait for the new document, never read the old one.
        browser.markDocument();
        chooser.selectByValue(option.getAttribute("value"));
        browser.awaitNewDocument();
        assertEquals(lang, browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static boolean validKbo(String kbo) {
        return kbo.matches("[01]\\d{9}") && 97 - Long.parseLong(kbo.substring(0, 8)) % 97 == Long.parseLong(kbo.substring(8));
    }
}
