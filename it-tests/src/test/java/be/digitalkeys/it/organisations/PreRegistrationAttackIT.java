package be.digitalkeys.it.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import be.digitalkeys.it.pages.ForgotPasswordPage;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.Mailbox;
import be.digitalkeys.it.support.OrgApiLab;
import be.digitalkeys.it.support.OrgApiLab.Answer;
import be.digitalkeys.it.support.TestEnvironment;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The account takeover through pre-registration (issue 22), as an attacker who is an access manager
 * of some organisation would try it, over real HTTP and a real browser on the lab realm (OrgApiLab,
 * with "forgot password" on and its mail to GreenMail): pre-register a victim's national number
 * with the attacker's e-mail address, then ask for a password reset. Also what finding a person
 * reveals and whether it makes them a member. The eID login that turns a placeholder into an
 * account is TitresServicesJourneyIT's journey.
 */
@ExtendWith(DigitalKeysExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreRegistrationAttackIT {

    private final TestEnvironment env;
    private final OrgApiLab lab;
    private final Mailbox mailbox;

    PreRegistrationAttackIT(TestEnvironment env) {
        this.env = env;
        this.lab = new OrgApiLab(env);
        RealmRepresentation realm = new RealmRepresentation();
        realm.setResetPasswordAllowed(true);
        lab.realmResource().update(realm);
        env.pointMailTo(OrgApiLab.REALM);
        this.mailbox = new Mailbox(env);
    }

    private static String people(String orgId) {
        return "/api/organisations/" + orgId + "/people";
    }

    /**
     * The realm's "forgot password" page (the lab realm has Organizations on, so Keycloak's login asks
     * for the username alone first and shows no link there: open the page itself, as the link does).
     */
    private ForgotPasswordPage forgotPassword(Browser browser) {
        browser.get(env.baseUrl() + "/realms/" + OrgApiLab.REALM + "/login-actions/reset-credentials?client_id=account-console");
        return new ForgotPasswordPage(browser);
    }

    private boolean isMember(String orgId, String userId) {
        return lab.realmResource().organizations().get(orgId).members().list(-1, -1).stream().anyMatch(u -> u.getId().equals(userId));
    }

    @Test
    void preRegisteredWithTheAttackersAddress_forgotPasswordSendsTheAttackerNothing() {
        String attacker = lab.mainManager(lab.orgA());
        String victimNiss = OrgApiLab.niss();
        String attackerMail = "attacker." + System.nanoTime() + "@evil.test";
        Answer created = lab.call(attacker, "POST", people(lab.orgA()),
                Map.of("niss", victimNiss, "firstName", "Eve", "lastName", "Attacker", "email", attackerMail));
        assertEquals(201, created.status(), created.body());
        String victim = created.json().path("person").path("userId").asText();

        // A genuine user of the realm asks for a reset too, after the attacker: the mail path works.
        String control = lab.user("control", null);
        String controlMail = lab.realmResource().users().get(control).toRepresentation().getEmail();
        try (Browser browser = Browser.open("en")) {
            forgotPassword(browser).requestLink(attackerMail);
            forgotPassword(browser).requestLink(lab.realmResource().users().get(victim).toRepresentation().getUsername());
            forgotPassword(browser).requestLink(controlMail);
        }
        mailbox.latestTo(controlMail);
        assertEquals(0, mailbox.countTo(attackerMail), "no reset link for the placeholder, by e-mail or by username");

        UserRepresentation placeholder = lab.realmResource().users().get(victim).toRepresentation();
        assertFalse(placeholder.isEnabled(), "a placeholder cannot log in");
        assertEquals(null, placeholder.getEmail(), "the manager's e-mail address is not the account's");
        assertEquals(null, placeholder.getFirstName(), "nor the names");
        assertTrue(created.json().path("person").path("username").isMissingNode() || created.json().path("person").path("username").isNull(),
                "no username in the answer: " + created.body());
        assertFalse(isMember(lab.orgA(), victim), "finding does not make a member");
    }

    @Test
    void findingAnExistingPerson_revealsNeitherNamesNorUsername_andDoesNotMakeThemAMember() {
        String manager = lab.mainManager(lab.orgB());
        String niss = OrgApiLab.niss();
        String citizen = lab.user("citizen", Map.of("niss", List.of(niss)));
        Answer found = lab.call(manager, "POST", people(lab.orgB()), Map.of("niss", niss));
        assertEquals(200, found.status(), found.body());
        JsonNode person = found.json().path("person");
        assertEquals(citizen, person.path("userId").asText());
        for (String field : List.of("username", "firstName", "lastName")) {
            assertTrue(person.path(field).isMissingNode() || person.path(field).isNull(), field + " revealed: " + found.body());
        }
        assertFalse(isMember(lab.orgB(), citizen), "not a member of the organisation");
        for (JsonNode p : lab.call(manager, "GET", people(lab.orgB()), null).json()) {
            assertFalse(citizen.equals(p.path("person").path("userId").asText()), "not among its people");
        }

        Answer granted = lab.call(manager, "POST", people(lab.orgB()) + "/" + citizen + "/rights",
                Map.of("contextId", lab.root(manager, lab.orgB()), "right", OrgApiLab.RIGHT));
        assertEquals(200, granted.status(), "the found person gets a right: " + granted.body());
        assertTrue(isMember(lab.orgB(), citizen), "the first right makes them a member");
        Answer again = lab.call(manager, "POST", people(lab.orgB()), Map.of("niss", niss));
        assertEquals("citizen", again.json().path("person").path("firstName").asText(), "one of its people now: named");
    }

    @Test
    void anotherOrganisationsPlaceholder_showsOnlyWhatThisOrganisationTyped_andNeedsItsOwnFinding() {
        String managerA = lab.mainManager(lab.orgA());
        String managerB = lab.mainManager(lab.orgB());
        String niss = OrgApiLab.niss();
        Answer byA = lab.call(managerA, "POST", people(lab.orgA()), Map.of("niss", niss, "firstName", "Jan", "lastName", "Peeters"));
        assertEquals(201, byA.status(), byA.body());
        String placeholder = byA.json().path("person").path("userId").asText();
        assertEquals("Jan", byA.json().path("person").path("firstName").asText());

        Answer rootB = lab.call(managerB, "POST", people(lab.orgB()) + "/" + placeholder + "/rights",
                Map.of("contextId", lab.root(managerB, lab.orgB()), "right", OrgApiLab.RIGHT));
        assertEquals(404, rootB.status(), "organisation B never found this person: " + rootB.body());

        Answer byB = lab.call(managerB, "POST", people(lab.orgB()), Map.of("niss", niss));
        assertEquals(200, byB.status(), byB.body());
        assertEquals(placeholder, byB.json().path("person").path("userId").asText());
        assertFalse(byB.body().contains("Jan") || byB.body().contains("Peeters"), "organisation A's typing is not shown to B: " + byB.body());
    }
}
