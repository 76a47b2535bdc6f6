package be.digitalkeys.it.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.digitalkeys.lab.eid.TestCitizen;
import be.digitalkeys.lab.eid.TestEidPki;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * A realm for the eID tests: the public-services export under another name, without its demo
 * users, so each test registers the TEST citizen it logs in with (national numbers are unique,
 * and the TEST cards are few). The demo realm itself stays as a newcomer finds it.
 */
public final class EidLab {

    public static final String REALM = "eid-lab";
    public static final String EID_FLOW = "dk key eid";
    public static final TestEidPki PKI = TestEidPki.load();
    private final TestEnvironment env;
    private final RealmResource realm;

    public EidLab(TestEnvironment env) {
        this.env = env;
        if (env.admin().realms().findAll().stream().noneMatch(r -> REALM.equals(r.getRealm()))) {
            env.admin().realms().create(export());
        }
        this.realm = env.realm(REALM);
    }

    private static RealmRepresentation export() {
        return RealmCopies.withoutUsers("public-services-realm.json", REALM);
    }

    public static TestCitizen citizen(String id) {
        return PKI.byId(id).orElseThrow(() -> new IllegalArgumentException("no TEST citizen " + id));
    }

    /**
     * The eID step's settings the tests start from, every one of them (first-login rule, OCSP on
     * through the TEST responder, fail closed, the export's timeout and cache): a class or test that
     * changed some finds the lab as the next one expects it, whatever ran before.
     */
    public void defaults() {
        configure(Map.of("firstLogin", "link", "ocspEnabled", "true", "ocspFailOpen", "false", "ocspResponderUrl", "",
                "ocspTimeoutMillis", "5000", "ocspCacheSeconds", "300", "ocspRequireNonce", "true"));
    }

    /** Sets the eID step's configuration (first-login rule, OCSP...) as an admin would. */
    public void configure(Map<String, String> entries) {
        new Flows(env, REALM).configure(EID_FLOW, "dk-eid", entries);
    }

    /** Removes every account carrying this national number: the next test starts from nobody. */
    public void forget(String niss) {
        realm.users().searchByAttributes("niss:" + niss).forEach(u -> realm.users().get(u.getId()).remove());
    }

    /** A fresh account pre-registered with the citizen's national number (and optional attributes), not yet linked. */
    public String register(TestCitizen citizen, String username, String firstName, String lastName, Map<String, List<String>> more) {
        forget(citizen.niss());
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEnabled(true);
        Map<String, List<String>> attributes = new HashMap<>(more);
        attributes.put("niss", List.of(citizen.niss()));
        attributes.putIfAbsent("locale", List.of(citizen.locale()));
        user.setAttributes(attributes);
        try (var response = realm.users().create(user)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("user not created: " + response.getStatus());
            }
            String path = response.getLocation().getPath();
            String id = path.substring(path.lastIndexOf('/') + 1);
            realm.users().get(id).roles().realmLevel().add(List.of(realm.roles().get(realm.toRepresentation().getDefaultRole().getName()).toRepresentation()));
            return id;
        }
    }

    /**
     * As {@link #register}, with a password and an e-mail security-code key too (a low key next to
     * the card): the e-mail address (unique per call).
     */
    public String registerWithEmailKey(TestCitizen citizen, String username, String locale, String password) {
        String id = register(citizen, username, "Test", username, Map.of("locale", List.of(locale)));
        String email = Accounts.uniqueEmail(username);
        UserRepresentation user = realm.users().get(id).toRepresentation();
        user.setEmail(email);
        user.setEmailVerified(true);
        realm.users().get(id).update(user);
        org.keycloak.representations.idm.CredentialRepresentation secret = new org.keycloak.representations.idm.CredentialRepresentation();
        secret.setType(org.keycloak.representations.idm.CredentialRepresentation.PASSWORD);
        secret.setValue(password);
        secret.setTemporary(false);
        realm.users().get(id).resetPassword(secret);
        new Accounts(env, REALM).addSecurityCodeKey(id, "email", email);
        return email;
    }

    /** A low login on the chooser (username + password + the code from the e-mail) up to the client's redirect: the tokens. */
    public JsonNode emailCodeLogin(Browser browser, OidcLogin client, String username, String password, String email) {
        new be.digitalkeys.it.pages.KeyChooserPage(browser).choose("email-code");
        new be.digitalkeys.it.pages.LoginPage(browser).logIn(username, password);
        new be.digitalkeys.it.pages.SecurityCodePage(browser).enter(Mailbox.securityCode(new Mailbox(env).latestTo(email)));
        return client.tokens(browser);
    }

    public UserRepresentation user(String id) {
        return realm.users().get(id).toRepresentation();
    }

    public List<UserRepresentation> byNiss(String niss) {
        return realm.users().searchByAttributes("niss:" + niss);
    }

    public Map<String, Object> bruteForceStatus(String id) {
        return realm.attackDetection().bruteForceUserStatus(id);
    }

    public RealmResource realm() {
        return realm;
    }
}
