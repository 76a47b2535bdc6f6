package be.digitalkeys.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Keycloak started from the server distribution unpacked by Maven (keycloak-quarkus-dist zip),
 * with our provider jars in providers/ and our realm exports in data/import/. Its output goes
 * to target/keycloak.log. Stopping it stops the whole process tree (kc.sh re-execs java).
 */
public final class DistributionKeycloak implements KeycloakServer {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "admin-" + Long.toHexString(System.nanoTime());
    private static final Duration START_TIMEOUT = KeycloakProcess.START_TIMEOUT;

    private final Process process;
    private final int httpPort;

    private final int mailboxPort;

    private DistributionKeycloak(Process process, int httpPort, int mailboxPort) {
        this.process = process;
        this.httpPort = httpPort;
        this.mailboxPort = mailboxPort;
    }

    public static DistributionKeycloak start() {
        Path home = Path.of(TestSettings.required("dk.keycloak.home"));
        Path log = Path.of(TestSettings.required("dk.output")).resolve("keycloak.log");
        try {
            java.nio.file.Files.createDirectories(log.getParent());
            KeycloakProcess.installProviders(home);
            KeycloakProcess.installRealms(home);
            int http = KeycloakProcess.freePort();
            int management = KeycloakProcess.freePort();
            // As ./run.sh does: the demo realms' SMS go to the mailbox on DK_MAILBOX_PORT (a port
            // nobody listens on unless a test does, never the 8025 of a demo on this machine).
            int mailbox = KeycloakProcess.freePort();
            List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--import-realm", "--db=dev-mem", "--http-port=" + http, "--http-management-port=" + management,
                    "--health-enabled=true", "--hostname-strict=false", "--cache=local", KeycloakProcess.REGISTRY_DRIVERS_OPTION));
            ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().remove("JAVA");
            builder.environment().put("JAVA_HOME", TestSettings.keycloakJavaHome());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().put(DemoRegistry.URL_VARIABLE, DemoRegistry.create());
            builder.environment().put("DK_MAILBOX_PORT", String.valueOf(mailbox));
            Process process = builder.start();
            DistributionKeycloak server = new DistributionKeycloak(process, http, mailbox);
            KeycloakProcess.awaitReady(process, management, log, START_TIMEOUT);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public java.util.OptionalInt demoMailboxPort() {
        return java.util.OptionalInt.of(mailboxPort);
    }

    @Override
    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    @Override
    public String adminUser() {
        return ADMIN;
    }

    @Override
    public String adminPassword() {
        return ADMIN_PASSWORD;
    }

    @Override
    public String hostAsSeenByServer() {
        return "127.0.0.1";
    }

    @Override
    public void close() {
        KeycloakProcess.stop(process);
    }
}
