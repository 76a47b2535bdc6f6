package be.digitalkeys.it.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import be.digitalkeys.it.support.TestSettings;

/** What the Keycloak process costs: CPU time from /proc, heap after a full GC through jcmd. */
final class ProcessMeter {

    /** Linux reports CPU time in clock ticks of 1/100 s on this machine kind (getconf CLK_TCK). */
    private static final double TICKS_PER_SECOND = 100.0;
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final ProcessHandle root;

    ProcessMeter(ProcessHandle root) {
        this.root = root;
    }

    /** User + system CPU seconds of the process and its children since they started. */
    double cpuSeconds() {
        return processes().mapToDouble(ProcessMeter::cpuOf).sum();
    }

    private Stream<ProcessHandle> processes() {
        return Stream.concat(Stream.of(root), root.descendants());
    }

    private static double cpuOf(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // After "pid (comm) ": state is field 0, utime 11, stime 12 (proc(5) fields 14 and 15).
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Heap in use right after a full GC, in MiB. */
    double heapAfterGcMiB() {
        long pid = javaPid();
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher m = USED.matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("No heap figure in: " + info);
        }
        return Long.parseLong(m.group(1)) / 1024.0;
    }

    private long javaPid() {
        return processes().filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("No java process under " + root.pid())).pid();
    }

    private static String jcmd(long pid, String command) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(TestSettings.keycloakJavaHome(), "bin", "jcmd").toString(), String.valueOf(pid), command)
                    .redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes());
            if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + command + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
