package no.gevinst.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The harness's results as markdown: one table per section, each figure beside its baseline from the same run,
 * printed to stdout and written to {@code target/benchmark/results.md}.
 */
final class Report {

    static final String[] COLUMNS = {
        "figure", "demo", "region", "region/demo", "baseline", "ratio to baseline", "target", "met?"
    };

    /** One figure: the cells as shown; the benchmark computes them, so each section can say what its ratio means. */
    record Row(
            String figure,
            String demo,
            String region,
            String growth,
            String baseline,
            String ratio,
            String target,
            String met) {}

    private final StringBuilder text = new StringBuilder();

    void heading(String heading) {
        text.append("\n## ").append(heading).append("\n\n");
    }

    void line(String line) {
        text.append(line).append('\n');
    }

    void table(String explanation, List<Row> rows) {
        if (!explanation.isEmpty()) {
            text.append(explanation).append("\n\n");
        }
        text.append("| ").append(String.join(" | ", COLUMNS)).append(" |\n");
        text.append("|").append("---|".repeat(COLUMNS.length)).append('\n');
        for (Row row : rows) {
            List<String> cells = new ArrayList<>(List.of(
                    row.figure(),
                    row.demo(),
                    row.region(),
                    row.growth(),
                    row.baseline(),
                    row.ratio(),
                    row.target(),
                    row.met()));
            text.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        text.append('\n');
    }

    /** A plain table with its own columns (sizes, phases). */
    void plainTable(List<String> columns, List<List<String>> rows) {
        text.append("| ").append(String.join(" | ", columns)).append(" |\n");
        text.append("|").append("---|".repeat(columns.size())).append('\n');
        rows.forEach(row -> text.append("| ").append(String.join(" | ", row)).append(" |\n"));
        text.append('\n');
    }

    String text() {
        return text.toString();
    }

    void printAndWrite(Path file) throws IOException {
        System.out.println(text);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# Benchmark results\n" + text);
        System.out.println("Written to " + file.toAbsolutePath());
    }

    static String ms(double ms) {
        if (Double.isNaN(ms)) {
            return "–";
        }
        return ms >= 100 ? String.format(Locale.ROOT, "%,.0f", ms) : String.format(Locale.ROOT, "%.1f", ms);
    }

    static String ratio(double ratio) {
        if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
            return "–";
        }
        return String.format(Locale.ROOT, ratio >= 100 ? "%,.0f×" : "%.2f×", ratio);
    }

    static String perSecond(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,.1f/s", value);
    }

    static String bytes(double bytes) {
        if (Double.isNaN(bytes)) {
            return "–";
        }
        if (bytes < 10_000) {
            return String.format(Locale.ROOT, "%,.0f B", bytes);
        }
        return bytes < 10_000_000
                ? String.format(Locale.ROOT, "%,.1f kB", bytes / 1000)
                : String.format(Locale.ROOT, "%,.1f MB", bytes / 1_000_000);
    }

    static String met(Boolean met) {
        return met == null ? "–" : met ? "yes" : "**no**";
    }

    static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
