package be.digitalkeys.it.support;

import java.util.List;
import java.util.UUID;

import be.digitalkeys.it.pages.KeyChooserPage;
import be.digitalkeys.it.pages.LoginPage;
import be.digitalkeys.it.pages.RegistrationOfficePage;
import be.digitalkeys.it.pages.SecurityCodePage;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * Registration-office officers of the public-services realm for the tests that need one: a new
 * officer (e-mail key, officer role) logged in at the desk, and persons issued a paper code.
 */
public final class Officers {

    public static final String REALM = "public-services";
    private static final String PASSWORD = "Le guichet ouvre à neuf heures";

    private final TestEnvironment env;
    private final String realm;
    private final Accounts accounts;
    private final Mailbox mailbox;

    public Officers(TestEnvironment env) {
        this(env, REALM);
    }

    /** Officers of a lab copy of public-services (same desk client, role and e-mail key). */
    public Officers(TestEnvironment env, String realm) {
        this.env = env;
        this.realm = realm;
        this.accounts = new Accounts(env, realm);
        this.mailbox = new Mailbox(env);
    }

    /** A person issued a paper code: the account, the username they will choose, the e-mail address the link went to, the code to type. */
    public record Person(String id, String username, String email, String paperCode) {
    }

    /** A new officer, logged in with the e-mail key in this browser: the desk's form. */
    public RegistrationOfficePage deskOfANewOfficer(Browser browser) {
        String username = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@public-services.example";
        String id = accounts.createWithPassword(username, email, "fr", PASSWORD);
        accounts.addSecurityCodeKey(id, "email", email);
        RoleRepresentation role = env.realm(realm).roles().get("dk-registration-officer").toRepresentation();
        accounts.user(id).roles().realmLevel().add(List.of(role));
        browser.get(RegistrationOfficePage.url(env.baseUrl(), realm));
        new KeyChooserPage(browser).choose("email-code");
        new LoginPage(browser).logIn(username, PASSWORD);
        new SecurityCodePage(browser).enter(Mailbox.securityCode(mailbox.latestTo(email)));
        return new RegistrationOfficePage(browser);
    }

    /**
     * The person whose paper code the officer's browser shows (the issued page), found by e-mail
     * address; {@code username} is the one the person will choose at activation.
     */
    public Person issued(Browser officer, String username, String email) {
        String code = new RegistrationOfficePage.Issued(officer).paperCode();
        String id = env.realm(realm).users().searchByEmail(email, true).get(0).getId();
        return new Person(id, username, email, code);
    }

    /** Issues a paper code at the desk of {@code officer} for a new person speaking {@code locale}. */
    public Person issue(Browser officer, String locale) {
        String username = "person-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@public-services.example";
        officer.get(RegistrationOfficePage.url(env.baseUrl(), realm));
        new RegistrationOfficePage(officer).issue(true, "Test", username, email, locale);
        return issued(officer, username, email);
    }

    /** The link of the activation e-mail the person received. */
    public String activationLink(Person person) {
        return Mailbox.firstLink(mailbox.nthTo(person.email(), 1));
    }
}
