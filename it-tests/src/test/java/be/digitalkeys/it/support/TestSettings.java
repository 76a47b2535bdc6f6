package be.digitalkeys.it.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Settings given by Maven (system properties) or the environment. */
public final class TestSettings {

    private static final Path DEFAULT_KEYCLOAK_JDK = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

    private TestSettings() {
    }

    public static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set: run the tests with 'mvn verify'");
        }
        return value;
    }

    /** JDK 21+ for Keycloak: -Ddk.keycloak.java.home, DK_KEYCLOAK_JAVA_HOME, Temurin 25, or this JVM. */
    public static String keycloakJavaHome() {
        String configured = System.getProperty("dk.keycloak.java.home", System.getenv("DK_KEYCLOAK_JAVA_HOME"));
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return Files.isDirectory(DEFAULT_KEYCLOAK_JDK) ? DEFAULT_KEYCLOAK_JDK.toString() : System.getProperty("java.home");
    }

    /** "distribution" (default) or "container" (testcontainers-keycloak, needs a Docker engine). */
    public static String keycloakMode() {
        return System.getProperty("dk.keycloak.mode", "distribution");
    }

    public static Path output() {
        return Path.of(required("dk.output"));
    }
}
