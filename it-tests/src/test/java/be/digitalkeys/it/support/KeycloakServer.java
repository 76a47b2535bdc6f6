package be.digitalkeys.it.support;

/** A running Keycloak with our providers and realm exports, whatever started it. */
public interface KeycloakServer extends AutoCloseable {

    /** e.g. http://localhost:38080 (no trailing slash). */
    String baseUrl();

    String adminUser();

    String adminPassword();

    /** Host name under which the server reaches an SMTP server running in the test JVM. */
    String hostAsSeenByServer();

    @Override
    void close();
}
