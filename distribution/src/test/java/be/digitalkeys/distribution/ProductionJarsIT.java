package be.digitalkeys.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The build's list of jars: target/providers/ holds exactly the four production jars and none
 * of them carries a private key, a TEST certificate, a lab class or a simulator page or script;
 * target/providers-lab/ holds the lab jar, in which the same scan does find the TEST material (so
 * the scan sees what it looks for in a real jar, not only in planted ones).
 */
class ProductionJarsIT {

    static final List<String> PRODUCTION = List.of("digitalkeys-authenticators", "digitalkeys-organisations",
            "digitalkeys-themes", "digitalkeys-user-storage");

    @Test
    void productionProviders_areExactlyTheFourJars_andCarryNoTestMaterial() throws IOException {
        List<Path> jars = jars(System.getProperty("dk.providers.dir"));
        assertEquals(PRODUCTION, jars.stream().map(ProductionJarsIT::artifact).sorted().toList());
        List<ProductionJarScan.Finding> findings = new ArrayList<>();
        for (Path jar : jars) {
            findings.addAll(ProductionJarScan.scan(jar));
        }
        assertEquals(List.of(), findings);
    }

    @Test
    void labProviders_areTheLabJar_andTheScanFindsItsTestMaterial() throws IOException {
        List<Path> jars = jars(System.getProperty("dk.providers.lab.dir"));
        assertEquals(List.of("digitalkeys-lab"), jars.stream().map(ProductionJarsIT::artifact).toList());
        List<ProductionJarScan.Finding> findings = ProductionJarScan.scan(jars.get(0));
        for (String reason : List.of("private key", "TEST certificate", "lab or simulator", "TEST software eID script")) {
            assertTrue(findings.stream().anyMatch(f -> f.reason().startsWith(reason)), reason + " not found in the lab jar: " + findings);
        }
    }

    private static List<Path> jars(String dir) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static String artifact(Path jar) {
        return jar.getFileName().toString().replaceAll("-\\d.*\\.jar$", "");
    }
}
