package be.digitalkeys.it.support;

import java.net.ServerSocket;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * What every integration test gets: one Keycloak per test JVM, one SMTP server (GreenMail) the
 * realms send their mail to, and an admin client.
 */
public final class TestEnvironment implements AutoCloseable {

    private final KeycloakServer keycloak;
    private final GreenMail mail;
    private final Keycloak admin;

    private TestEnvironment(KeycloakServer keycloak, GreenMail mail, Keycloak admin) {
        this.keycloak = keycloak;
        this.mail = mail;
        this.admin = admin;
    }

    static TestEnvironment start() throws Exception {
        GreenMail mail = startMail();
        KeycloakServer keycloak = "container".equals(TestSettings.keycloakMode())
                ? ContainerKeycloak.start() : DistributionKeycloak.start();
        TestEnvironment env = of(keycloak, mail);
        env.pointAllRealmsMailHere();
        return env;
    }

    /** One server of several (a cluster node) with the mail server they share; closing it leaves both running. */
    public static TestEnvironment of(KeycloakServer keycloak, GreenMail mail) {
        Keycloak admin = Keycloak.getInstance(keycloak.baseUrl(), "master", keycloak.adminUser(),
                keycloak.adminPassword(), "admin-cli");
        return new TestEnvironment(keycloak, mail, admin);
    }

    /** Every realm but master sends its mail to this environment's SMTP server. */
    public void pointAllRealmsMailHere() {
        admin.realms().findAll().stream().map(r -> r.getRealm()).filter(r -> !"master".equals(r)).forEach(this::pointMailTo);
    }

    public static GreenMail startMail() throws java.io.IOException {
        GreenMail mail = new GreenMail(new ServerSetup(freePort(), "0.0.0.0", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    /** This realm (e.g. a lab copy made after the start) sends its mail to this environment's SMTP server. */
    public void pointMailTo(String realm) {
        RealmResource resource = admin.realm(realm);
        RealmRepresentation current = resource.toRepresentation();
        Map<String, String> smtp = current.getSmtpServer() == null ? new java.util.HashMap<>() : new java.util.HashMap<>(current.getSmtpServer());
        smtp.putIfAbsent("from", "no-reply@" + realm + ".test");
        smtp.put("host", keycloak.hostAsSeenByServer());
        smtp.put("port", String.valueOf(mail.getSmtp().getPort()));
        RealmRepresentation update = new RealmRepresentation();
        update.setSmtpServer(smtp);
        resource.update(update);
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public String baseUrl() {
        return keycloak.baseUrl();
    }

    public GreenMail mail() {
        return mail;
    }

    public Keycloak admin() {
        return admin;
    }

    public RealmResource realm(String name) {
        return admin.realm(name);
    }

    /** Closes only this environment's admin client (cluster nodes share the mail server). */
    public void closeAdmin() {
        admin.close();
    }

    @Override
    public void close() {
        admin.close();
        keycloak.close();
        mail.stop();
    }
}
