package be.digitalkeys.it.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import be.digitalkeys.it.pages.LoginPage;
import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.DigitalKeysExtension;
import be.digitalkeys.it.support.PostgresRegistry;
import be.digitalkeys.it.support.TcpProxy;
import be.digitalkeys.it.support.TestEnvironment;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.SynchronizationResultRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The registry user storage against a real PostgreSQL: a read-only registry reached directly
 * and an import-mode registry reached through a TCP relay the tests can cut. Every test has its
 * own registry rows and users.
 */
@ExtendWith(DigitalKeysExtension.class)
class RegistryUserStorageIT {

    /** bcrypt ($2y$, cost 10) of "Verzekering-2026", made with libxcrypt. */
    static final String BCRYPT = "$2y$10$ZGtyZWdpc3RyeWRlbW8xMupQvdOUeauX3mxz.09WRctkF89FKfH8G";
    static final String BCRYPT_PASSWORD = "Verzekering-2026";
    /** PBKDF2-SHA256 (Django format, 600,000 iterations) of "Assurance 2026!", made with Python's hashlib. */
    static final String PBKDF2 = "pbkdf2_sha256$600000$demoSaltInsure26$1zLwGSclPTblsjZBo+yZZzXyssHni4piZ/afv5xaW4I=";
    static final String PBKDF2_PASSWORD = "Assurance 2026!";
    static final String UNAVAILABLE_FR = "Nous ne pouvons pas vérifier votre identité pour le moment";

    private static final AtomicLong IDS = new AtomicLong(5000);
    private static final PostgresRegistry READ_ONLY = new PostgresRegistry("dk_it_ro");
    private static final PostgresRegistry IMPORTED = new PostgresRegistry("dk_it_im");
    private static TcpProxy proxy;
    private static String importId;

    private final TestEnvironment env;

    RegistryUserStorageIT(TestEnvironment env) {
        this.env = env;
    }

    @BeforeAll
    static void createRegistries(TestEnvironment env) throws Exception {
        READ_ONLY.create();
        IMPORTED.create();
        proxy = new TcpProxy("127.0.0.1", PostgresRegistry.port());
        RegistryLab.createRealm(env);
        try (Response created = RegistryLab.addRegistry(env, "read-only registry", 0,
                RegistryLab.settings(READ_ONLY, PostgresRegistry.url(), "read-only"))) {
            assertEquals(201, created.getStatus(), () -> created.readEntity(String.class));
        }
        String proxied = PostgresRegistry.url().replace(":" + PostgresRegistry.port() + "/", ":" + proxy.port() + "/");
        try (Response created = RegistryLab.addRegistry(env, "import registry", 1, RegistryLab.settings(IMPORTED, proxied, "import"))) {
            assertEquals(201, created.getStatus(), () -> created.readEntity(String.class));
            importId = RegistryLab.idOf(created);
        }
    }

    @AfterAll
    static void removeRealm(TestEnvironment env) throws Exception {
        env.realm(RegistryLab.REALM).remove();
        proxy.close();
    }

    @Test
    void readOnly_legacyBcryptPassword_logsIn_andThePersonIsServedLive() throws Exception {
        long id = IDS.incrementAndGet();
        String login = "ro" + id + "@lab.example";
        READ_ONLY.add(id, login, "Els", "Wouters", null, null, "nl", true, BCRYPT);
        try (Browser browser = Browser.open("nl")) {
            RegistryLab.openLogin(env, browser);
            LoginPage page = new LoginPage(browser);
            page.logIn(login, "verzekering-2026");
            page = new LoginPage(browser);
            assertFalse(page.fieldError("username").isEmpty(), "wrong password refused");
            page.logIn(login, BCRYPT_PASSWORD);
            RegistryLab.awaitLoggedIn(env, browser);
        }
        UserRepresentation user = env.realm(RegistryLab.REALM).users().search(login, true).get(0);
        assertTrue(user.getId().startsWith("f:"), "served from the registry, not copied: " + user.getId());
        assertEquals("Wouters", user.getLastName());
        READ_ONLY.change(id, "family_name", "Wouters-Peeters");
        assertEquals("Wouters-Peeters", env.realm(RegistryLab.REALM).users().get(user.getId()).toRepresentation().getLastName());
    }

    @Test
    void readOnly_registryValuesCannotBeChangedFromKeycloak() throws Exception {
        long id = IDS.incrementAndGet();
        String login = "rofix" + id + "@lab.example";
        READ_ONLY.add(id, login, "Jan", "Peeters", null, null, "nl", true, BCRYPT);
        UserRepresentation user = env.realm(RegistryLab.REALM).users().search(login, true).get(0);
        user.setLastName("Changed");
        assertThrows(jakarta.ws.rs.WebApplicationException.class,
                () -> env.realm(RegistryLab.REALM).users().get(user.getId()).update(user));
        assertEquals("Peeters", env.realm(RegistryLab.REALM).users().get(user.getId()).toRepresentation().getLastName());
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType("password");
        password.setValue("Something new 2026");
        password.setTemporary(false);
        assertThrows(jakarta.ws.rs.WebApplicationException.class,
                () -> env.realm(RegistryLab.REALM).users().get(user.getId()).resetPassword(password));
    }

    @Test
    void importMode_firstLoginMigratesThePassword_intoKeycloak() throws Exception {
        long id = IDS.incrementAndGet();
        String login = "im" + id + "@lab.example";
        IMPORTED.add(id, login, "Luc", "Lambert", null, null, "fr", true, PBKDF2);
        try (Browser browser = Browser.open("fr")) {
            RegistryLab.openLogin(env, browser);
            new LoginPage(browser).logIn(login, PBKDF2_PASSWORD);
            RegistryLab.awaitLoggedIn(env, browser);
        }
        UserRepresentation user = env.realm(RegistryLab.REALM).users().search(login, true).get(0);
        assertFalse(user.getId().startsWith("f:"), "copied into Keycloak");
        assertEquals(importId, user.getFederationLink());
        List<CredentialRepresentation> credentials = env.realm(RegistryLab.REALM).users().get(user.getId()).credentials();
        assertTrue(credentials.stream().anyMatch(c -> "password".equals(c.getType())), "Keycloak keeps its own hash now");

        IMPORTED.change(id, "password_hash", "$2b$10$ZGtyZWdpc3RyeWRlbW8xMuTdW/RAS9sSa3AG55eYPC1tZ9V//iqyX");
        try (Browser browser = Browser.open("fr")) {
            RegistryLab.openLogin(env, browser);
            new LoginPage(browser).logIn(login, PBKDF2_PASSWORD);
            RegistryLab.awaitLoggedIn(env, browser);
        }
    }

    @Test
    void importMode_syncCopiesChangesAndRemovals() throws Exception {
        long id = IDS.incrementAndGet();
        String login = "sync" + id + "@lab.example";
        IMPORTED.add(id, login, "Anna", "Schmidt", null, "+32470" + String.format("%06d", id), "de", true, BCRYPT);
        SynchronizationResultRepresentation full = env.realm(RegistryLab.REALM).userStorage().syncUsers(importId, "triggerFullSync");
        assertTrue(full.getAdded() + full.getUpdated() >= 1, full.getStatus());
        UserRepresentation user = env.realm(RegistryLab.REALM).users().search(login, true).get(0);
        assertEquals("Schmidt", user.getLastName());

        IMPORTED.change(id, "family_name", "Schmidt-Weber");
        IMPORTED.change(id, "mobile", "+32499" + String.format("%06d", id));
        env.realm(RegistryLab.REALM).userStorage().syncUsers(importId, "triggerChangedUsersSync");
        UserRepresentation synced = env.realm(RegistryLab.REALM).users().get(user.getId()).toRepresentation();
        assertEquals("Schmidt-Weber", synced.getLastName());
        assertEquals(login, RegistryLab.lookUp(env, "phoneNumber", "+32499" + String.format("%06d", id)));
        assertNull(RegistryLab.lookUp(env, "phoneNumber", "+32470" + String.format("%06d", id)));

        IMPORTED.remove(id);
        SynchronizationResultRepresentation removal = env.realm(RegistryLab.REALM).userStorage().syncUsers(importId, "triggerFullSync");
        assertTrue(removal.getRemoved() >= 1, removal.getStatus());
        assertTrue(env.realm(RegistryLab.REALM).users().search(login, true).isEmpty());
    }

    @Test
    void lookups_byNissCardAndPhone_findTheRegistryPerson() throws Exception {
        long id = IDS.incrementAndGet();
        String login = "find" + id + "@lab.example";
        String niss = niss("8507", id);
        String phone = "+32471" + String.format("%06d", id);
        String card = "6703" + String.format("%013d", id);
        IMPORTED.add(id, login, "Dieter", "Schmitz", niss, phone, "de", true, BCRYPT);
        IMPORTED.addCard(id, card);
        assertEquals(login, RegistryLab.lookUp(env, "niss", niss));
        assertEquals(login, RegistryLab.lookUp(env, "cardNumber", card));
        assertEquals(login, RegistryLab.lookUp(env, "phoneNumber", phone));
        assertNull(RegistryLab.lookUp(env, "niss", niss("9912", id)));
        List<UserRepresentation> viaAdmin = env.realm(RegistryLab.REALM).users().searchByAttributes("niss:" + niss);
        assertEquals(List.of(login), viaAdmin.stream().map(UserRepresentation::getUsername).toList());
    }

    @Test
    void sqlMetacharacters_inEveryField_matchNothingAndChangeNothing() throws Exception {
        int before = IMPORTED.count() + READ_ONLY.count();
        List<String> hostile = List.of("' OR '1'='1", "%", "_", "*' --", "x'; DROP TABLE " + IMPORTED.table() + "; --", "\\");
        try (Browser browser = Browser.open("en")) {
            for (String value : hostile) {
                RegistryLab.openLogin(env, browser);
                LoginPage page = new LoginPage(browser);
                page.logIn(value, value);
                page = new LoginPage(browser);
                assertFalse(page.fieldError("username").isEmpty(), value);
            }
        }
        for (String value : hostile) {
            assertTrue(env.realm(RegistryLab.REALM).users().search(value, 0, 20).stream()
                    .noneMatch(u -> u.getUsername().endsWith("@lab.example")), value);
            for (String attribute : List.of("niss", "cardNumber", "phoneNumber")) {
                assertNull(RegistryLab.lookUp(env, attribute, value), attribute + "=" + value);
            }
        }
        assertEquals(before, IMPORTED.count() + READ_ONLY.count());
    }

    @Test
    void registryDown_theLoginSaysSo_quickly_andKeycloakUsersStillLogIn() throws Exception {
        long id = IDS.incrementAndGet();
        String login = "down" + id + "@lab.example";
        IMPORTED.add(id, login, "Sophie", "Dubois", null, null, "fr", true, BCRYPT);
        String localUser = "local" + id;
        UserRepresentation local = new UserRepresentation();
        local.setUsername(localUser);
        local.setEnabled(true);
        local.setFirstName("Local");
        local.setLastName("User");
        local.setEmail(localUser + "@keycloak.example");
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType("password");
        password.setValue("Local user 2026!");
        password.setTemporary(false);
        local.setCredentials(List.of(password));
        env.realm(RegistryLab.REALM).users().create(local).close();
        try (Browser browser = Browser.open("fr")) {
            proxy.refuse();
            assertUnavailableWithin(browser, login, UNAVAILABLE_LIMIT, "refused");
            RegistryLab.openLogin(env, browser);
            new LoginPage(browser).logIn(localUser, "Local user 2026!");
            RegistryLab.awaitLoggedIn(env, browser);
        }
        try (Browser browser = Browser.open("fr")) {
            proxy.blackhole();
            assertUnavailableWithin(browser, login, UNAVAILABLE_LIMIT, "blackhole");
            proxy.restore();
            // The pool reconnects on the next attempts; a person retrying gets in.
            boolean in = false;
            for (int attempt = 0; attempt < 5 && !in; attempt++) {
                RegistryLab.openLogin(env, browser);
                new LoginPage(browser).logIn(login, BCRYPT_PASSWORD);
                in = browser.driver().getCurrentUrl().startsWith(RegistryLab.doneUrl(env));
            }
            assertTrue(in, "logged in once the registry answers again");
        } finally {
            proxy.restore();
        }
    }

    @Test
    void fiveWrongPasswords_lockTheRegistryUser() throws Exception {
        long id = IDS.incrementAndGet();
        String login = "lock" + id + "@lab.example";
        IMPORTED.add(id, login, "Pieter", "De Vos", null, null, "nl", true, BCRYPT);
        try (Browser browser = Browser.open("nl")) {
            for (int i = 0; i < 5; i++) {
                RegistryLab.openLogin(env, browser);
                new LoginPage(browser).logIn(login, "wrong-" + i + "-password");
            }
        }
        String userId = env.realm(RegistryLab.REALM).users().search(login, true).get(0).getId();
        Map<String, Object> status = be.digitalkeys.it.support.BruteForce.awaitLocked(
                () -> env.realm(RegistryLab.REALM).attackDetection().bruteForceUserStatus(userId));
        assertEquals(Boolean.TRUE, status.get("disabled"), status.toString());
        try (Browser browser = Browser.open("nl")) {
            RegistryLab.openLogin(env, browser);
            LoginPage page = new LoginPage(browser);
            page.logIn(login, BCRYPT_PASSWORD);
            assertFalse(new LoginPage(browser).fieldError("username").isEmpty(), "still refused while locked");
        }
    }

    @Test
    void wrongSettings_areRefusedOnSave_withTheReason() {
        Map<String, List<String>> settings = new java.util.HashMap<>(RegistryLab.settings(IMPORTED, PostgresRegistry.url(), "import"));
        settings.put("nissColumn", List.of("national_number"));
        try (Response refused = RegistryLab.addRegistry(env, "typo registry", 5, settings)) {
            assertEquals(400, refused.getStatus());
            assertTrue(refused.readEntity(String.class).contains("national_number"));
        }
        settings.put("nissColumn", List.of("niss; DROP TABLE x"));
        try (Response refused = RegistryLab.addRegistry(env, "hostile registry", 5, settings)) {
            assertEquals(400, refused.getStatus());
        }
        settings.put("nissColumn", List.of("niss"));
        settings.put("jdbcUrl", List.of("jdbc:postgresql://127.0.0.1:1/nothing"));
        try (Response refused = RegistryLab.addRegistry(env, "unreachable registry", 5, settings)) {
            assertEquals(400, refused.getStatus());
            assertTrue(refused.readEntity(String.class).contains("cannot be read"));
        }
        assertEquals(2, env.realm(RegistryLab.REALM).components().query(null, "org.keycloak.storage.UserStorageProvider").size());
    }

    /**
     * How long a login may take when the registry is unreachable: the lab's timeouts (connect 3 s,
     * query 5 s) plus room for a busy shared machine. Without those timeouts a black-holed
     * connection would hang for minutes (the kernel's SYN retries), so this still tells them apart.
     */
    private static final Duration UNAVAILABLE_LIMIT = Duration.ofSeconds(30);

    private void assertUnavailableWithin(Browser browser, String login, Duration limit, String how) {
        RegistryLab.openLogin(env, browser);
        LoginPage page = new LoginPage(browser);
        Instant start = Instant.now();
        page.logIn(login, BCRYPT_PASSWORD);
        page = new LoginPage(browser);
        Duration took = Duration.between(start, Instant.now());
        assertTrue(page.alert().startsWith(UNAVAILABLE_FR), how + ": " + page.alert() + " / " + page.fieldError("username"));
        assertTrue(took.compareTo(limit) < 0, how + " took " + took);
        browser.screenshot("registry-unavailable-fr-" + how);
        System.out.printf("Registry %s: the login answered in %d ms%n", how, took.toMillis());
    }

    /** A national register number with a valid check (born before 2000). */
    static String niss(String yymm, long sequence) {
        String base = yymm + "15" + String.format("%03d", sequence % 1000);
        long check = 97 - Long.parseLong(base) % 97;
        return base + String.format("%02d", check);
    }
}
