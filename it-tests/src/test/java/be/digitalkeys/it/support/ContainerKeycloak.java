package be.digitalkeys.it.support;

import java.io.File;
import java.util.Arrays;
import java.util.List;

import dasniko.testcontainers.keycloak.KeycloakContainer;
import org.testcontainers.DockerClientFactory;

/**
 * The same server in a container (testcontainers-keycloak, official image, our jars mounted as
 * providers). Used with -Ddk.keycloak.mode=container where a Docker engine exists.
 */
public final class ContainerKeycloak implements KeycloakServer {

    private final KeycloakContainer container;

    private ContainerKeycloak(KeycloakContainer container) {
        this.container = container;
    }

    /** Why containers cannot run here, or null when a Docker engine answers. */
    public static String unavailableReason() {
        try {
            return DockerClientFactory.instance().isDockerAvailable() ? null
                    : "No Docker engine answers on this machine (only the client is installed)";
        } catch (RuntimeException e) {
            return "Docker unavailable: " + e.getMessage();
        }
    }

    @SuppressWarnings("resource")
    public static ContainerKeycloak start() {
        List<File> providers;
        try {
            providers = KeycloakProcess.providerJars().stream().map(java.nio.file.Path::toFile).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        KeycloakContainer container = new KeycloakContainer("quay.io/keycloak/keycloak:" + TestSettings.required("keycloak.version"))
                .withProviderLibsFrom(providers)
                .withRealmImportFiles(realmResources())
                .withEnv(KeycloakProcess.REGISTRY_DRIVERS_VARIABLE, KeycloakProcess.REGISTRY_DRIVERS)
                .withExtraHost("host.docker.internal", "host-gateway");
        container.start();
        return new ContainerKeycloak(container);
    }

    /** Every realm export, as the test-classpath resources the container mounts. */
    private static String[] realmResources() {
        File[] files = new File(TestSettings.required("dk.realms")).listFiles((dir, name) -> name.endsWith(".json"));
        if (files == null || files.length == 0) {
            throw new IllegalStateException("No realm exports in " + TestSettings.required("dk.realms"));
        }
        return Arrays.stream(files).map(f -> "/realm-exports/" + f.getName()).sorted().toArray(String[]::new);
    }

    @Override
    public String baseUrl() {
        String url = container.getAuthServerUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String adminUser() {
        return container.getAdminUsername();
    }

    @Override
    public String adminPassword() {
        return container.getAdminPassword();
    }

    @Override
    public String hostAsSeenByServer() {
        return "host.docker.internal";
    }

    @Override
    public void close() {
        container.stop();
    }
}
