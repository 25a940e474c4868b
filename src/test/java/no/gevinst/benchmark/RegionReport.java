package no.gevinst.benchmark;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The tables of {@link RegionBenchmark}. Each row shows a figure at both sizes, how it grew, and the baseline of
 * the same run at the larger size measured (the region's, or the demo's when only the demo ran) with the ratio.
 */
final class RegionReport {

    private final List<SizeRun> runs;
    private final RegionBenchmark.Settings settings;
    private final RegionGenerator.Sizes sizes;
    private final Map<String, Long> generation;
    private final String postgres;
    private final String statusCheck;
    private final SizeRun demo;
    private final SizeRun region;
    private final SizeRun largest;

    RegionReport(
            List<SizeRun> runs,
            RegionBenchmark.Settings settings,
            RegionGenerator.Sizes sizes,
            Map<String, Long> generation,
            String postgres,
            String statusCheck) {
        this.runs = runs;
        this.settings = settings;
        this.sizes = sizes;
        this.generation = generation;
        this.postgres = postgres;
        this.statusCheck = statusCheck;
        this.demo = runs.stream().filter(r -> r.size.equals("demo")).findFirst().orElse(null);
        this.region =
                runs.stream().filter(r -> r.size.equals("region")).findFirst().orElse(null);
        this.largest = runs.getLast();
    }

    void write(Path file) throws Exception {
        Report report = new Report();
        environment(report);
        pages(report);
        responseSizes(report);
        dashboard(report);
        for (int users : settings.users()) {
            if (largest.health.containsKey(users)) {
                load(report, users);
            }
        }
        memory(report);
        startAndJar(report);
        if (settings.twoNodes()) {
            twoNodes(report);
        }
        phases(report);
        report.printAndWrite(file);
    }

    private void environment(Report report) {
        report.heading("Run");
        report.line("- when: " + ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        report.line("- command: `./mvnw -Pbenchmark verify -Dit.test=RegionBenchmark -Dgevinst.benchmark.scale="
                + settings.scale() + "` (sizes: "
                + String.join(", ", runs.stream().map(r -> r.size).toList())
                + ")");
        report.line("- " + Runtime.getRuntime().availableProcessors() + " cores; JVM "
                + System.getProperty("java.vm.name")
                + " " + Runtime.version() + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; "
                + postgres);
        report.line("- per figure " + settings.warmUp() + " warm-up and " + settings.runs()
                + " measured sequential runs by one logged-in user; load runs of "
                + settings.load().toSeconds()
                + " s each; times in ms; p50 / p95 / p99 are exact (every sample kept)");
        report.line("- region generated at scale " + settings.scale() + ": " + Report.count(sizes.benefits())
                + " benefits, " + Report.count(sizes.indicators()) + " indicators, "
                + Report.count(sizes.measurements()) + " measurements requested");
        report.heading("Sizes (rows)");
        List<List<String>> rows = new ArrayList<>();
        for (String table : largest.counts.keySet()) {
            rows.add(List.of(
                    table,
                    demo == null ? "–" : Report.count(demo.counts.get(table)),
                    region == null ? "–" : Report.count(region.counts.get(table))));
        }
        report.plainTable(List.of("table", "demo", "region"), rows);
    }

    private void pages(Report report) {
        report.heading("Pages and API, one user (p50 / p95 / p99 ms)");
        List<Report.Row> rows = new ArrayList<>();
        double health = p50(largest, SizeRun.HEALTH);
        for (String figure : largest.figures.keySet()) {
            if (figure.startsWith("naive")) {
                continue;
            }
            String target = "–";
            Boolean met = null;
            double growth = growth(r -> p50(r, figure));
            if (figure.equals(SizeRun.REGISTER) || figure.equals(SizeRun.PROFILE) || figure.equals(SizeRun.INDICATOR)) {
                target = "region ≤ 2× demo";
                met = Double.isNaN(growth) ? null : growth <= 2;
            } else if (figure.equals(SizeRun.DASHBOARD_JSON)
                    || figure.equals(SizeRun.DASHBOARD_JSON_AFRESH)
                    || figure.equals(SizeRun.DASHBOARD_JSON_EDITED)) {
                target = "p50 < 100 ms at 10 M";
                met = region == null ? null : p50(region, figure) < 100;
            } else if (figure.equals(SizeRun.DASHBOARD_PAGE)
                    || figure.equals(SizeRun.DASHBOARD_PAGE_AFRESH)
                    || figure.equals(SizeRun.DASHBOARD_PAGE_EDITED)) {
                target = "p50 < 150 ms at 10 M";
                met = region == null ? null : p50(region, figure) < 150;
            }
            rows.add(new Report.Row(
                    figure + errors(figure),
                    cell(demo, r -> r.figures.get(figure).latencies().summary()),
                    cell(region, r -> r.figures.get(figure).latencies().summary()),
                    Report.ratio(growth),
                    Report.ms(health) + " (health p50)",
                    Report.ratio(p50(largest, figure) / health),
                    target,
                    Report.met(met)));
        }
        report.table(
                "region/demo and the ratio compare p50s; the baseline is the health endpoint over HTTP in the"
                        + " same session.",
                rows);
    }

    private void responseSizes(Report report) {
        report.heading("Response sizes (bytes on the wire, gzip accepted)");
        List<Report.Row> rows = new ArrayList<>();
        double health = bytes(largest, SizeRun.HEALTH);
        for (String figure : largest.figures.keySet()) {
            if (figure.startsWith("naive")) {
                continue;
            }
            String target = "–";
            Boolean met = null;
            double growth = growth(r -> bytes(r, figure));
            if (figure.equals(SizeRun.DASHBOARD_JSON)) {
                target = "≤ 100 kB (tens of kB)";
                met = bytes(largest, figure) <= 100_000;
            } else if (figure.equals(SizeRun.API_MEASUREMENTS)) {
                // The demo's indicator has fewer rows than a page: compared per row, as a full page of each would be.
                growth = growth(r -> bytes(r, figure) / Math.max(1, r.measurementRows));
                target = "paged: bytes per row region ≤ 2× demo (rows: "
                        + (demo == null ? "–" : demo.measurementRows) + " / "
                        + (region == null ? "–" : region.measurementRows) + ")";
                met = Double.isNaN(growth) ? null : growth <= 2;
            } else if (figure.equals(SizeRun.INDICATOR)) {
                target = "paged: region ≤ 2× demo";
                met = Double.isNaN(growth) ? null : growth <= 2;
            }
            rows.add(new Report.Row(
                    figure,
                    cell(demo, r -> Report.bytes(bytes(r, figure))),
                    cell(region, r -> Report.bytes(bytes(r, figure))),
                    Report.ratio(growth),
                    Report.bytes(health) + " (health)",
                    Report.ratio(bytes(largest, figure) / health),
                    target,
                    Report.met(met)));
        }
        report.table("", rows);
    }

    private void dashboard(Report report) {
        report.heading("Dashboard against the naive full-scan aggregate (p50 / p95 / p99 ms)");
        double naive = Math.min(p50(largest, SizeRun.NAIVE_SORT), p50(largest, SizeRun.NAIVE_HASH));
        List<Report.Row> rows = new ArrayList<>();
        for (String figure : List.of(SizeRun.NAIVE_SORT, SizeRun.NAIVE_HASH)) {
            rows.add(new Report.Row(
                    figure,
                    cell(demo, r -> r.figures.get(figure).latencies().summary()),
                    cell(region, r -> r.figures.get(figure).latencies().summary()),
                    Report.ratio(growth(r -> p50(r, figure))),
                    Report.ms(naive) + " (faster naive p50)",
                    Report.ratio(p50(largest, figure) / naive),
                    "–",
                    "–"));
        }
        for (String figure : List.of(
                SizeRun.DASHBOARD_JSON,
                SizeRun.DASHBOARD_PAGE,
                SizeRun.DASHBOARD_JSON_AFRESH,
                SizeRun.DASHBOARD_PAGE_AFRESH,
                SizeRun.DASHBOARD_JSON_EDITED,
                SizeRun.DASHBOARD_PAGE_EDITED)) {
            double speedUp = naive / p50(largest, figure);
            rows.add(new Report.Row(
                    figure,
                    cell(demo, r -> r.figures.get(figure).latencies().summary()),
                    cell(region, r -> r.figures.get(figure).latencies().summary()),
                    Report.ratio(growth(r -> p50(r, figure))),
                    Report.ms(naive) + " (faster naive p50)",
                    Report.ratio(speedUp) + " faster",
                    "≥ 20× faster at 10 M",
                    Report.met(region == null ? null : speedUp >= 20)));
        }
        report.table(
                "The naive aggregate: the latest actual (mean of the units at the latest period) per indicator"
                        + " and year over every current measurement, by sorting (DISTINCT ON) or by hashing (GROUP BY joined"
                        + " back), counted on the server; the baseline is the faster of the two.",
                rows);
    }

    private void load(Report report, int users) {
        report.heading("Load, " + users + " concurrent users, one node");
        double health = throughput(largest.health.get(users));
        List<Report.Row> rows = new ArrayList<>();
        rows.add(loadRow("health endpoint", r -> r.health.get(users).overall(), health, "–", null));
        if (settings.mix()) {
            for (String group : largest.mix.get(users).groups().keySet()) {
                rows.add(loadRow("mix: " + group, r -> r.mix.get(users).groups().get(group), health, "–", null));
            }
            rows.add(loadRow("mix: overall", r -> r.mix.get(users).overall(), health, "–", null));
        }
        if (users == settings.users().getFirst()) {
            for (String group : largest.alone.keySet()) {
                LoadTest.GroupResult result = largest.alone.get(group).overall();
                boolean page = !group.equals("API benefits");
                Boolean met = page && region != null
                        ? result.throughput() >= 0.2 * health
                                && result.latencies().p99() < 300
                        : null;
                rows.add(loadRow(
                        group + " alone",
                        r -> r.alone.get(group).overall(),
                        health,
                        page ? "≥ 0.2× health, p99 < 300 ms (16 users, 10 M)" : "–",
                        met));
            }
        }
        report.table(
                "Closed model: each user its own session, looping without think time over register, a profile,"
                        + " an indicator page, the dashboard and the API list (mix), or one of them alone. Cells: throughput;"
                        + " p50 / p95 / p99 ms (both of the answers with status 200 only); errors (any other status or"
                        + " an exception) of all requests. region/demo compares throughput; the ratio is throughput over the"
                        + " health endpoint's at the same concurrency.",
                rows);
    }

    private Report.Row loadRow(
            String name, Function<SizeRun, LoadTest.GroupResult> result, double health, String target, Boolean met) {
        return new Report.Row(
                name,
                cell(demo, r -> loadCell(result.apply(r))),
                cell(region, r -> loadCell(result.apply(r))),
                Report.ratio(growth(r -> result.apply(r).throughput())),
                Report.perSecond(health) + " (health)",
                Report.ratio(result.apply(largest).throughput() / health),
                target,
                Report.met(met));
    }

    private static String loadCell(LoadTest.GroupResult result) {
        return Report.perSecond(result.throughput()) + "; " + result.latencies().summary() + "; " + result.errorText()
                + " errors";
    }

    /** One node on one core against two on a core each, on the largest size measured. */
    private void twoNodes(Report report) {
        report.heading("One node on one core against two nodes on a core each, one database (" + largest.size + ")");
        report.line("Each node its own JVM from the packaged jar with the production flags (`"
                + String.join(" ", BenchmarkNode.FLAGS) + "`). One node: pinned to core 0 (taskset), all users on it."
                + " Two nodes: that node and a second pinned to core 1, half the users on each. Not pinned, sharing both"
                + " cores with the nodes (and with whatever else runs on the machine): PostgreSQL (embedded, started by"
                + " the benchmark's JVM) and the load generator (the benchmark's JVM); in the two-node runs they compete"
                + " with the second node too, so the ratio understates two machines. Each run on one node is followed at"
                + " once by the same run on two. Cells: throughput; p50 / p95 / p99 ms; errors. \"per node CPU s\" is"
                + " requests answered over the CPU seconds the nodes' processes used in the run: equal on one and two"
                + " nodes means nothing serialises across nodes, and a ratio short of 2× is then CPU the nodes did not"
                + " get (see how busy the cores were).");
        report.line("");
        SizeRun.NodeRuns one = largest.oneNodeOneCore;
        SizeRun.NodeRuns two = largest.twoNodesTwoCores;
        List<List<String>> rows = new ArrayList<>();
        for (String run : two.results.keySet()) {
            double ratio = throughput(two.results.get(run)) / throughput(one.results.get(run));
            boolean target = !run.startsWith("health") && !run.startsWith("API benefits");
            rows.add(List.of(
                    run,
                    loadCell(one.results.get(run).overall()),
                    loadCell(two.results.get(run).overall()),
                    Report.ratio(ratio),
                    String.format("%.1f / %.1f", one.perCpuSecond(run), two.perCpuSecond(run)),
                    one.cores.get(run) + " / " + two.cores.get(run),
                    target ? "≥ 1.6×" : "–",
                    Report.met(target ? ratio >= 1.6 : null)));
        }
        report.plainTable(
                List.of(
                        "run",
                        "one node, core 0",
                        "two nodes, cores 0 and 1",
                        "two / one",
                        "per node CPU s, one / two",
                        "cores busy, one / two",
                        "target",
                        "met?"),
                rows);
    }

    /** A node process's resident set at rest after the one-node load, against the 600 MB of issue 15. */
    private void memory(Report report) {
        report.heading("Memory at rest after the load (a node's own JVM, production flags)");
        for (SizeRun run : runs) {
            if (run.memory != null) {
                report.line("- " + run.size + ": " + run.memory.summary() + " (Native Memory Tracking's summary in"
                        + " `target/benchmark/native-memory-" + run.size + ".txt`)");
            }
            if (run.memoryTighterHeap != null) {
                report.line("- " + run.size + ", the same node then with `-XX:MinHeapFreeRatio=10"
                        + " -XX:MaxHeapFreeRatio=30` (set through jcmd) and another full collection: "
                        + run.memoryTighterHeap.summary());
            }
            if (run.keptByDashboard != null) {
                report.line("- " + run.size + ", live heap the dashboard keeps (" + run.keptByDashboard.summary()
                        + "; histograms in `target/benchmark/kept-heap-" + run.size + ".txt`)");
            }
        }
        if (region != null && region.memory != null && region.memory.residentBytes() > 0) {
            long mb = Footprint.mb(region.memory.residentBytes());
            report.line("- target: a node's RSS < 600 MB at rest on the region-sized data (scale " + settings.scale()
                    + "): " + (mb < 600 ? "met" : "**not met**") + " (" + mb + " MB)");
        }
    }

    private StartAndJar.Starts starts;
    private StartAndJar.Jar jar;

    /** The start to healthy on the demo (null when not measured) and the jar's parts. */
    void startAndJar(StartAndJar.Starts starts, StartAndJar.Jar jar) {
        this.starts = starts;
        this.jar = jar;
    }

    private void startAndJar(Report report) {
        report.heading("Start and jar");
        if (starts != null) {
            report.line("- start to healthy on the demo, the packaged jar with the production flags, its own embedded"
                    + " PostgreSQL: " + starts.summary() + "; target < 10 000 ms with an existing data directory: "
                    + (starts.best() < 10_000 ? "met" : "**not met**") + " (best " + starts.best() + " ms)");
        } else {
            report.line("- start to healthy on the demo: not measured (size=region, or gevinst.benchmark.start=false)");
        }
        if (jar == null) {
            return;
        }
        report.line("- the jar: " + Report.bytes(jar.bytes()) + ", what takes the space (stored size):");
        List<List<String>> rows = new ArrayList<>();
        jar.parts().forEach((part, bytes) -> rows.add(List.of(part, Report.bytes(bytes))));
        report.plainTable(List.of("part", "size"), rows);
    }

    private void phases(Report report) {
        report.heading("Phases (ms)");
        List<List<String>> rows = new ArrayList<>();
        generation.forEach((phase, ms) -> rows.add(List.of("region generation: " + phase, Report.count(ms))));
        for (SizeRun run : runs) {
            run.phases.forEach((phase, ms) -> rows.add(List.of(run.size + ": " + phase, Report.count(ms))));
        }
        report.plainTable(List.of("phase", "ms"), rows);
    }

    private String errors(String figure) {
        int errors = runs.stream().mapToInt(r -> r.figures.get(figure).errors()).sum();
        return errors == 0 ? "" : " (**" + errors + " not 200**)";
    }

    private double growth(ToDoubleFunction<SizeRun> value) {
        if (demo == null || region == null) {
            return Double.NaN;
        }
        return value.applyAsDouble(region) / value.applyAsDouble(demo);
    }

    private static String cell(SizeRun run, Function<SizeRun, String> value) {
        return run == null ? "–" : value.apply(run);
    }

    private static double p50(SizeRun run, String figure) {
        return run.figures.get(figure).latencies().p50();
    }

    private static double bytes(SizeRun run, String figure) {
        return run.figures.get(figure).bytes();
    }

    private static double throughput(LoadTest.Result result) {
        return result.overall().throughput();
    }
}
