package be.digitalkeys.it.benchmark;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

/** The benchmark's report: a Markdown table and a bar chart of the ratios to the baseline, under target/benchmark/. */
final class BenchReport {

    /** Targets of the benchmark issue: CPU per login and p99 relative to the baseline. */
    static final double CPU_TARGET = 1.10;
    static final double CPU_TARGET_NO_PASSWORD = 0.50;
    static final double P99_TARGET = 1.20;

    /** One method's figures: saturation run, CPU per login, the run at 80 % of the baseline's rate. */
    record Row(Method method, GatlingRun.Stats saturation, double cpuPerLogin, GatlingRun.Stats atEightyPercent) {
    }

    private BenchReport() {
    }

    static double cpuTarget(Method method) {
        return method == Method.CARD_READER ? CPU_TARGET_NO_PASSWORD : CPU_TARGET;
    }

    static Path write(Path dir, String mode, Map<String, String> setup, List<Row> rows, List<Double> heapSamples,
            String heapRun) throws IOException {
        Files.createDirectories(dir);
        Row baseline = rows.stream().filter(r -> r.method() == Method.BASELINE).findFirst().orElseThrow();
        StringBuilder md = new StringBuilder("# Login benchmark (" + mode + ")\n\n");
        setup.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("\n| Method | logins/s at saturation | p50 / p95 / p99 (ms) | CPU s per login | CPU ratio (target) | p99 ratio (target ")
                .append(fmt(P99_TARGET)).append(") | errors at 80 % of baseline rate | p99 at 80 % (ms) |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            double cpuRatio = row.cpuPerLogin() / baseline.cpuPerLogin();
            double p99Ratio = (double) row.saturation().p99() / Math.max(1, baseline.saturation().p99());
            boolean isBaseline = row.method() == Method.BASELINE;
            md.append("| ").append(row.method().label)
                    .append(" | ").append(fmt(row.saturation().perSecond()))
                    .append(" | ").append(row.saturation().p50()).append(" / ").append(row.saturation().p95()).append(" / ")
                    .append(row.saturation().p99())
                    .append(" | ").append(String.format(Locale.ROOT, "%.4f", row.cpuPerLogin()))
                    .append(" | ").append(isBaseline ? "1.00" : fmt(cpuRatio) + " (≤ " + fmt(cpuTarget(row.method())) + ") "
                            + (cpuRatio <= cpuTarget(row.method()) ? "met" : "**missed**"))
                    .append(" | ").append(isBaseline ? "1.00" : fmt(p99Ratio) + " " + (p99Ratio <= P99_TARGET ? "met" : "**missed**"))
                    .append(" | ").append(row.atEightyPercent().ko()).append(" of ").append(row.atEightyPercent().ok() + row.atEightyPercent().ko())
                    .append(" | ").append(row.atEightyPercent().p99())
                    .append(" |\n");
        }
        md.append("\nHeap after a full GC during ").append(heapRun).append(" (MiB): ");
        md.append(String.join(", ", heapSamples.stream().map(BenchReport::fmt).toList())).append('\n');
        if (heapSamples.size() >= 2) {
            md.append("Change from the first to the last sample: ")
                    .append(fmt(heapSamples.get(heapSamples.size() - 1) - heapSamples.get(0))).append(" MiB\n");
        }
        md.append("\n![Ratios to the baseline](benchmark.png)\n");
        Files.writeString(dir.resolve("benchmark.md"), md.toString());
        chart(dir.resolve("benchmark.png"), rows, baseline);
        return dir.resolve("benchmark.md");
    }

    /** Two bars per method (CPU per login, p99) as ratios to the baseline, with the 1.0 line. */
    private static void chart(Path file, List<Row> rows, Row baseline) throws IOException {
        int width = 900;
        int height = 420;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int left = 60;
        int bottom = height - 90;
        int top = 40;
        double max = 2.0;
        for (Row row : rows) {
            max = Math.max(max, row.cpuPerLogin() / baseline.cpuPerLogin());
            max = Math.max(max, (double) row.saturation().p99() / Math.max(1, baseline.saturation().p99()));
        }
        g.setColor(Color.BLACK);
        g.drawString("Ratio to Keycloak's built-in username + password + OTP login (1.0 = same cost)", left, 20);
        g.drawLine(left, top, left, bottom);
        g.drawLine(left, bottom, width - 20, bottom);
        for (double tick = 0; tick <= max; tick += 0.5) {
            int y = bottom - (int) (tick / max * (bottom - top));
            g.drawString(String.format(Locale.ROOT, "%.1f", tick), 20, y + 4);
        }
        int one = bottom - (int) (1.0 / max * (bottom - top));
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {4, 4}, 0));
        g.drawLine(left, one, width - 20, one);
        g.setStroke(new BasicStroke(1));
        int slot = (width - left - 40) / rows.size();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double[] values = {row.cpuPerLogin() / baseline.cpuPerLogin(), (double) row.saturation().p99() / Math.max(1, baseline.saturation().p99())};
            Color[] colors = {new Color(0x0066cc), new Color(0xf0ab00)};
            for (int b = 0; b < 2; b++) {
                int x = left + 20 + i * slot + b * 38;
                int h = (int) (values[b] / max * (bottom - top));
                g.setColor(colors[b]);
                g.fillRect(x, bottom - h, 34, h);
                g.setColor(Color.BLACK);
                g.drawString(fmt(values[b]), x, bottom - h - 4);
            }
            g.drawString(row.method().name().replace('_', ' ').toLowerCase(Locale.ROOT), left + 20 + i * slot, bottom + 18);
        }
        g.setColor(new Color(0x0066cc));
        g.fillRect(left, height - 40, 12, 12);
        g.setColor(Color.BLACK);
        g.drawString("CPU seconds per login", left + 18, height - 30);
        g.setColor(new Color(0xf0ab00));
        g.fillRect(left + 200, height - 40, 12, 12);
        g.setColor(Color.BLACK);
        g.drawString("p99 latency at saturation", left + 218, height - 30);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
