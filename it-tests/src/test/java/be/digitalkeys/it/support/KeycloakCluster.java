package be.digitalkeys.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;

/**
 * Two clustered Keycloak nodes on one PostgreSQL database, as an operator runs them: the
 * distribution built once for PostgreSQL, copied per node, both nodes started at the same time
 * on an empty schema (a node that loses Keycloak's schema-creation race is restarted once, as a
 * restart policy would), the realm exports imported by the
 * first only, discovery through the database (Keycloak's default jdbc-ping stack). The insurer's
 * demo registry lives in the same PostgreSQL. Everything is stopped when the test JVM ends.
 */
public final class KeycloakCluster implements AutoCloseable {

    private static final String SCHEMA = "kc";

    private final ClusterNode a;
    private final ClusterNode b;
    private final GreenMail mail;
    private final TestEnvironment viaA;
    private final TestEnvironment viaB;

    private KeycloakCluster(ClusterNode a, ClusterNode b, GreenMail mail) {
        this.a = a;
        this.b = b;
        this.mail = mail;
        this.viaA = TestEnvironment.of(a, mail);
        this.viaB = TestEnvironment.of(b, mail);
    }

    static KeycloakCluster start() throws Exception {
        String url = TestSettings.required("dk.pg.cluster.url");
        resetDatabase(url);
        Path root = TestSettings.output().resolve("cluster");
        Path homeA = buildDistribution(root, "node-a");
        Path homeB = root.resolve("node-b");
        copyTree(homeA, homeB);

        String adminPassword = "admin-" + Long.toHexString(System.nanoTime());
        List<String> options = databaseOptions(url, SCHEMA);
        Map<String, String> environment = Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword,
                DemoRegistry.URL_VARIABLE, url + "?currentSchema=registry&user=" + PostgresRegistry.user() + "&password=" + PostgresRegistry.password());
        ClusterNode a = new ClusterNode("a", homeA, options, environment, adminPassword);
        ClusterNode b = new ClusterNode("b", homeB, options, environment, adminPassword);
        GreenMail mail = null;
        try {
            a.launch(true);
            b.launch(false);
            CompletableFuture<Void> readyA = CompletableFuture.runAsync(() -> awaitReadyAsSupervised(a, true));
            CompletableFuture<Void> readyB = CompletableFuture.runAsync(() -> awaitReadyAsSupervised(b, false));
            CompletableFuture.allOf(readyA, readyB).join();
            awaitClusterView(a, b);
            mail = TestEnvironment.startMail();
            KeycloakCluster cluster = new KeycloakCluster(a, b, mail);
            cluster.viaA.pointAllRealmsMailHere();
            return cluster;
        } catch (RuntimeException e) {
            a.close();
            b.close();
            if (mail != null) {
                mail.stop();
            }
            throw e;
        }
    }

    /**
     * Waits for a node's first start, restarting it once if it exited, as a restart policy would
     * (compose {@code restart: on-failure}, a Kubernetes pod). Keycloak 26.7 itself races when two
     * nodes start at the same second on an empty schema: Liquibase creates its changelog table
     * before it takes its lock, so the loser exits with "relation databasechangelog already
     * exists". Once restarted it finds the schema the winner created, under the lock.
     */
    private static void awaitReadyAsSupervised(ClusterNode node, boolean importRealms) {
        try {
            node.awaitReady();
        } catch (IllegalStateException exited) {
            if (node.isRunning()) {
                throw exited;
            }
            System.err.printf("Node %s exited during its first start (%s); restarting it once%n", node.name(), exited.getMessage());
            node.launch(importRealms);
            node.awaitReady();
        }
    }

    /**
     * One production-mode node alone on its own schema of the cluster database, without the demo
     * realms (the login benchmark's server). The caller closes it.
     */
    public static ClusterNode startSingle(String schema) throws Exception {
        String url = TestSettings.required("dk.pg.cluster.url");
        resetSchema(url, schema);
        Path home = buildDistribution(TestSettings.output().resolve(schema), "node");
        String adminPassword = "admin-" + Long.toHexString(System.nanoTime());
        ClusterNode node = new ClusterNode(schema, home, databaseOptions(url, schema),
                Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword), adminPassword);
        node.launch(false);
        try {
            node.awaitReady();
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
        return node;
    }

    /**
     * A copy of the distribution under {@code root/name} with our providers and realm exports,
     * built for PostgreSQL and the embedded Infinispan cache, as an operator prepares a server.
     */
    static Path buildDistribution(Path root, String name) throws IOException, InterruptedException {
        deleteTree(root);
        Path home = root.resolve(name);
        copyTree(Path.of(TestSettings.required("dk.keycloak.home")), home);
        KeycloakProcess.installProviders(home);
        KeycloakProcess.installRealms(home);
        build(home, root.resolve("build.log"));
        return home;
    }

    static List<String> databaseOptions(String url, String schema) {
        return List.of("--db-url=" + url, "--db-username=" + PostgresRegistry.user(),
                "--db-password=" + PostgresRegistry.password(), "--db-schema=" + schema, KeycloakProcess.REGISTRY_DRIVERS_OPTION);
    }

    /** Drops and creates one schema of the test database. */
    static void resetSchema(String url, String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, PostgresRegistry.user(), PostgresRegistry.password());
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        }
    }

    /** Fresh schemas: Keycloak's (created by Keycloak) and the demo registry's (from its script). */
    private static void resetDatabase(String url) throws SQLException, IOException {
        String script = Files.readString(Path.of(TestSettings.required("dk.demo.registry.script")));
        try (Connection c = DriverManager.getConnection(url, PostgresRegistry.user(), PostgresRegistry.password());
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA);
            s.execute("DROP SCHEMA IF EXISTS registry CASCADE");
            s.execute("CREATE SCHEMA registry");
            s.execute("SET search_path TO registry");
            String withoutComments = script.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (x, y) -> x + y + "\n");
            for (String statement : withoutComments.split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }

    private static void build(Path home, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "build", "--db=postgres",
                "--health-enabled=true", "--cache=ispn").directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("JAVA");
        builder.environment().put("JAVA_HOME", TestSettings.keycloakJavaHome());
        Process process = builder.start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("kc.sh build failed; see " + log);
        }
    }

    private static void awaitClusterView(ClusterNode a, ClusterNode b) {
        // As long as a node may take to start on a busy machine; polled gently (a busy loop would slow the nodes down).
        Instant deadline = Instant.now().plus(ClusterNode.START_TIMEOUT);
        while (!(a.seesClusterOf(2) && b.seesClusterOf(2))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The nodes did not form a cluster of 2; see " + a.log() + " and " + b.log());
            }
            java.util.concurrent.locks.LockSupport.parkNanos(200_000_000L);
        }
    }

    /** Waits until both nodes see each other again (after a restart). */
    public void awaitBothMembers() {
        awaitClusterView(a, b);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path relative = from.relativize(source);
                if (relative.startsWith("data") && !relative.startsWith(Path.of("data", "import"))) {
                    continue; // node state (transaction logs, tmp) is never shared
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> old = Files.walk(root)) {
            for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    public ClusterNode a() {
        return a;
    }

    public ClusterNode b() {
        return b;
    }

    /** Admin client, accounts and mailbox through node A (or B when A is down). */
    public TestEnvironment viaA() {
        return viaA;
    }

    public TestEnvironment viaB() {
        return viaB;
    }

    public GreenMail mail() {
        return mail;
    }

    @Override
    public void close() {
        List<RuntimeException> problems = new ArrayList<>();
        for (AutoCloseable closeable : List.<AutoCloseable>of(viaA::closeAdmin, viaB::closeAdmin, a, b, mail::stop)) {
            try {
                closeable.close();
            } catch (Exception e) {
                problems.add(new IllegalStateException(e));
            }
        }
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }
}
