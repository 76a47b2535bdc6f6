package be.digitalkeys.it.contract;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import be.digitalkeys.it.support.TestSettings;

/** The log the harness's Keycloak writes (target/keycloak.log): what was written since a mark. */
final class ServerLog {

    private static final Pattern TRACE = Pattern.compile("^\\s+at [\\w.$]+[.(]|^Caused by: |\\bERROR\\b|Exception: ");

    private final Path file = Path.of(TestSettings.required("dk.output")).resolve("keycloak.log");
    private final long mark;

    ServerLog() throws IOException {
        this.mark = Files.exists(file) ? Files.size(file) : -1;
    }

    boolean available() {
        return mark >= 0;
    }

    /** Lines written since the mark that are a stack trace, an exception or an ERROR. */
    List<String> tracesSinceMark() throws IOException {
        if (!available()) {
            return List.of();
        }
        try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
            long length = log.length();
            byte[] bytes = new byte[(int) Math.min(Integer.MAX_VALUE - 8, Math.max(0, length - mark))];
            log.seek(mark);
            log.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).lines().filter(l -> TRACE.matcher(l).find()).limit(40).toList();
        }
    }
}
