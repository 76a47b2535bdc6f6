package be.digitalkeys.it.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What every Keycloak the tests start has in common: our providers and realm exports installed
 * into a distribution, readiness through the management port's /health/ready, and stopping the
 * whole process tree (kc.sh re-execs java) politely or, to simulate a crash, with SIGKILL.
 */
public final class KeycloakProcess {

    /**
     * How long a Keycloak may take to become ready. Alone on this machine kind it takes about a
     * minute; on a shared, busy machine several times that, which is slow, not broken. A start that
     * fails ends earlier anyway (the process exits and the wait sees it).
     */
    public static final java.time.Duration START_TIMEOUT = java.time.Duration.ofMinutes(15);

    /** The JDBC drivers the tests' registries use: H2 (the insurance demo file) and PostgreSQL (registry tests, cluster). */
    public static final String REGISTRY_DRIVERS = "org.h2.Driver,org.postgresql.Driver";

    /** The server option that allows them (dk-registry reads it in init(); realm admins cannot change it). */
    public static final String REGISTRY_DRIVERS_OPTION = "--spi-storage--dk-registry--allowed-drivers=" + REGISTRY_DRIVERS;

    /** The same as an environment variable (containers). */
    public static final String REGISTRY_DRIVERS_VARIABLE = "KC_SPI_STORAGE__DK_REGISTRY__ALLOWED_DRIVERS";

    private KeycloakProcess() {
    }

    public static void installProviders(Path home) throws IOException {
        Path providers = home.resolve("providers");
        Files.createDirectories(providers);
        try (Stream<Path> old = Files.list(providers)) {
            for (Path jar : old.filter(p -> p.getFileName().toString().endsWith(".jar")).toList()) {
                Files.delete(jar);
            }
        }
        for (Path source : providerJars()) {
            Files.copy(source, providers.resolve(source.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The jars of {@code dk.providers}: a comma-separated list of jars and of folders whose jars
     * all go in (the build's lists, distribution/target/providers and providers-lab).
     */
    public static List<Path> providerJars() throws IOException {
        List<Path> jars = new ArrayList<>();
        for (String entry : TestSettings.required("dk.providers").split(",")) {
            Path source = Path.of(entry.trim());
            if (Files.isDirectory(source)) {
                try (Stream<Path> files = Files.list(source)) {
                    List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
                    if (found.isEmpty()) {
                        throw new IllegalStateException("No provider jar in " + source + ": build the distribution module");
                    }
                    jars.addAll(found);
                }
            } else if (Files.isRegularFile(source)) {
                jars.add(source);
            } else {
                throw new IllegalStateException("Provider jar not built: " + source);
            }
        }
        return jars;
    }

    public static void installRealms(Path home) throws IOException {
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        try (Stream<Path> realms = Files.list(Path.of(TestSettings.required("dk.realms")))) {
            for (Path realm : realms.filter(p -> p.toString().endsWith("-realm.json")).toList()) {
                Files.copy(realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Waits for /health/ready to say UP; fails early when the process dies. */
    public static void awaitReady(Process process, int managementPort, Path log, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health = URI.create("http://localhost:" + managementPort + "/health/ready");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                process.waitFor(500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stop(process);
        throw new IllegalStateException("Keycloak not ready within " + timeout + "; see " + log);
    }

    /** SIGTERM to the whole tree, SIGKILL for what is still there after 30 s. */
    public static void stop(Process process) {
        List<ProcessHandle> tree = tree(process);
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    /** SIGKILL to the whole tree at once: a crash, no shutdown hooks, no goodbye to the cluster. */
    public static void kill(Process process) {
        List<ProcessHandle> tree = tree(process);
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("process " + handle.pid() + " survived SIGKILL", e);
            }
        }
    }

    private static List<ProcessHandle> tree(Process process) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        return tree;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
