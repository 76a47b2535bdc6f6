package be.digitalkeys.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Keycloak node of the test cluster: production mode ({@code start --optimized}) from its own
 * copy of the built distribution, HTTP on loopback, its own clustering port, the shared
 * PostgreSQL database. It can be stopped, killed (SIGKILL) and started again.
 */
public final class ClusterNode implements KeycloakServer {

    static final Duration START_TIMEOUT = KeycloakProcess.START_TIMEOUT;
    private static final String RUN = java.time.LocalTime.now().withNano(0).toString().replace(":", "");

    private final String name;
    private final Path home;
    private final int http;
    private final int management;
    private final int transport;
    private final List<String> options;
    private final Map<String, String> environment;
    private final String adminPassword;
    private Process process;
    private int starts;

    ClusterNode(String name, Path home, List<String> options, Map<String, String> environment, String adminPassword) throws IOException {
        this.name = name;
        this.home = home;
        this.http = KeycloakProcess.freePort();
        this.management = KeycloakProcess.freePort();
        this.transport = KeycloakProcess.freePort();
        this.options = options;
        this.environment = environment;
        this.adminPassword = adminPassword;
    }

    public String name() {
        return name;
    }

    /** This start's log, kept outside the node's copy of Keycloak (target/cluster-logs/). */
    public Path log() {
        return TestSettings.output().resolve("cluster-logs").resolve("keycloak-" + name + "-" + RUN + "-" + starts + ".log");
    }

    /** Starts the process (and imports the realm exports when asked); {@link #awaitReady()} waits for it. */
    void launch(boolean importRealms) {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized"));
        if (importRealms) {
            command.add("--import-realm");
        }
        command.addAll(options);
        command.addAll(List.of("--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + http,
                "--http-management-port=" + management, "--hostname-strict=false",
                "--cache-embedded-network-bind-address=127.0.0.1", "--cache-embedded-network-bind-port=" + transport));
        starts++;
        try {
            Files.createDirectories(log().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(log().toFile());
        builder.environment().remove("JAVA");
        builder.environment().put("JAVA_HOME", TestSettings.keycloakJavaHome());
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void awaitReady() {
        KeycloakProcess.awaitReady(process, management, log(), START_TIMEOUT);
    }

    /** A crash: SIGKILL to the node's processes, no shutdown, no goodbye to the cluster. */
    public void kill() {
        KeycloakProcess.kill(process);
    }

    /** Starts the node again (no import) and waits until it is ready. */
    public void restart() {
        launch(false);
        awaitReady();
    }

    /** The node's process (kc.sh and the JVM it runs), for measuring it. */
    public ProcessHandle processHandle() {
        return process.toHandle();
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** True once this node's log shows a cluster view with {@code members} members. */
    boolean seesClusterOf(int members) {
        try {
            return Files.readAllLines(log()).stream()
                    .anyMatch(l -> l.contains("ISPN000094") && l.contains("(" + members + ")"));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String baseUrl() {
        return "http://localhost:" + http;
    }

    @Override
    public String adminUser() {
        return "admin";
    }

    @Override
    public String adminPassword() {
        return adminPassword;
    }

    @Override
    public String hostAsSeenByServer() {
        return "127.0.0.1";
    }

    @Override
    public void close() {
        if (isRunning()) {
            KeycloakProcess.stop(process);
        }
    }
}
