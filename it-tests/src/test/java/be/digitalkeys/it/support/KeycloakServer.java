package be.digitalkeys.it.support;

/** A running Keycloak with our providers and realm exports, whatever started it. */
public interface KeycloakServer extends AutoCloseable {

    /** e.g. http://localhost:38080 (no trailing slash). */
    String baseUrl();

    String adminUser();

    String adminPassword();

    /** Host name under which the server reaches an SMTP server running in the test JVM. */
    String hostAsSeenByServer();

    /**
     * The port the server was told the demo's development mailbox listens on ({@code DK_MAILBOX_PORT},
     * as ./run.sh passes it): the demo realms' SMS go there. Empty when this server was not told one.
     */
    default java.util.OptionalInt demoMailboxPort() {
        return java.util.OptionalInt.empty();
    }

    @Override
    void close();
}
