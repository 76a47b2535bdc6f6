package be.digitalkeys.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Keycloak started from the server distribution unpacked by Maven (keycloak-quarkus-dist zip),
 * with our provider jars in providers/ and our realm exports in data/import/. Its output goes
 * to target/keycloak.log. Stopping it stops the whole process tree (kc.sh re-execs java).
 */
public final class DistributionKeycloak implements KeycloakServer {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "admin-" + Long.toHexString(System.nanoTime());
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Process process;
    private final int httpPort;

    private DistributionKeycloak(Process process, int httpPort) {
        this.process = process;
        this.httpPort = httpPort;
    }

    public static DistributionKeycloak start() {
        Path home = Path.of(TestSettings.required("dk.keycloak.home"));
        Path log = Path.of(TestSettings.required("dk.output")).resolve("keycloak.log");
        try {
            installProviders(home);
            installRealms(home);
            int http = freePort();
            int management = freePort();
            List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--import-realm", "--db=dev-mem", "--http-port=" + http, "--http-management-port=" + management,
                    "--health-enabled=true", "--hostname-strict=false", "--cache=local"));
            ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().remove("JAVA");
            builder.environment().put("JAVA_HOME", TestSettings.keycloakJavaHome());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().put(DemoRegistry.URL_VARIABLE, DemoRegistry.create());
            Process process = builder.start();
            DistributionKeycloak server = new DistributionKeycloak(process, http);
            server.awaitReady(management, log);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void installProviders(Path home) throws IOException {
        Path providers = home.resolve("providers");
        Files.createDirectories(providers);
        try (Stream<Path> old = Files.list(providers)) {
            for (Path jar : old.filter(p -> p.getFileName().toString().startsWith("digitalkeys-")).toList()) {
                Files.delete(jar);
            }
        }
        for (String jar : TestSettings.required("dk.providers").split(",")) {
            Path source = Path.of(jar.trim());
            if (!Files.isRegularFile(source)) {
                throw new IllegalStateException("Provider jar not built: " + source);
            }
            Files.copy(source, providers.resolve(source.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void installRealms(Path home) throws IOException {
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        try (Stream<Path> realms = Files.list(Path.of(TestSettings.required("dk.realms")))) {
            for (Path realm : realms.filter(p -> p.toString().endsWith("-realm.json")).toList()) {
                Files.copy(realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private void awaitReady(int managementPort, Path log) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health = URI.create("http://localhost:" + managementPort + "/health/ready");
        Instant deadline = Instant.now().plus(START_TIMEOUT);
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
        close();
        throw new IllegalStateException("Keycloak not ready within " + START_TIMEOUT + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
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
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }
}
