package be.digitalkeys.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The insurance realm's demo registry (user-storage/demo/insurance-registry.sql) loaded into an
 * H2 file database before Keycloak starts, as run.sh does; the realm export reads its JDBC URL
 * from the DK_INSURANCE_REGISTRY_URL environment variable.
 */
public final class DemoRegistry {

    public static final String URL_VARIABLE = "DK_INSURANCE_REGISTRY_URL";

    private DemoRegistry() {
    }

    /** Creates the database afresh and returns its JDBC URL. */
    public static String create() {
        Path dir = Path.of(TestSettings.required("dk.output")).resolve("registry").toAbsolutePath();
        Path script = Path.of(TestSettings.required("dk.demo.registry.script")).toAbsolutePath();
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> old = Files.walk(dir)) {
                    for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(dir);
            String url = "jdbc:h2:file:" + dir.resolve("insurance");
            try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
                statement.execute("RUNSCRIPT FROM '" + script.toString().replace("'", "''") + "' CHARSET 'UTF-8'");
                statement.execute("SHUTDOWN");
            }
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Demo registry not created: " + e.getMessage(), e);
        }
    }
}
