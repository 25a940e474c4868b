package no.gevinst.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** Everything measured at one size: single-user figures with sizes, the naive aggregate, and the load runs. */
final class SizeRun {

    static final String HEALTH = "health (baseline)";
    static final String REGISTER = "register page /benefits";
    static final String PROFILE = "benefit profile (most measurements)";
    static final String INDICATOR = "indicator page (most measurements)";
    static final String DASHBOARD_PAGE = "dashboard page /portfolio";
    static final String DASHBOARD_JSON = "dashboard JSON /api/v1/portfolio/dashboard";
    static final String DASHBOARD_PAGE_AFRESH = "dashboard page after a write (computed afresh)";
    static final String DASHBOARD_JSON_AFRESH = "dashboard JSON after a write (computed afresh)";
    static final String DASHBOARD_PAGE_EDITED = "dashboard page after a register edit (computed afresh)";
    static final String DASHBOARD_JSON_EDITED = "dashboard JSON after a register edit (computed afresh)";
    static final String API_BENEFITS = "GET /api/v1/benefits";
    static final String API_MEASUREMENTS = "GET /api/v1/indicators/{id}/measurements";
    static final String NAIVE_SORT = "naive full-scan aggregate: DISTINCT ON (SQL)";
    static final String NAIVE_HASH = "naive full-scan aggregate: GROUP BY (SQL)";

    /** A figure's timings, the size of its last response, and how many runs did not answer 200. */
    record Figure(Latencies latencies, int bytes, int errors) {}

    final String size;
    final Map<String, Long> counts = new LinkedHashMap<>();
    final Map<String, Figure> figures = new LinkedHashMap<>();
    final Map<Integer, LoadTest.Result> mix = new LinkedHashMap<>();
    final Map<Integer, LoadTest.Result> health = new LinkedHashMap<>();
    final Map<String, LoadTest.Result> alone = new LinkedHashMap<>();
    /** One node pinned to one core, and two nodes pinned to a core each: the comparison of one machine and two. */
    final NodeRuns oneNodeOneCore = new NodeRuns();

    final NodeRuns twoNodesTwoCores = new NodeRuns();
    Footprint memory;
    Footprint memoryTighterHeap;
    /** The live heap the dashboard's first computation leaves behind (its kept parts and dashboards). */
    KeptHeap keptByDashboard;

    /** The rows on the measurements API's first page of the measured indicator: fewer than a page on the demo. */
    long measurementRows;

    final Map<String, Long> phases = new LinkedHashMap<>();

    SizeRun(String size) {
        this.size = size;
    }

    /**
     * The load runs of one arrangement of nodes, by name ("health, 16 users", "register alone, 16 users", ...): what
     * the users got, the CPU time the nodes' processes used meanwhile, and how busy each core of the machine was.
     */
    static final class NodeRuns {
        final Map<String, LoadTest.Result> results = new LinkedHashMap<>();
        final Map<String, Double> nodeCpuSeconds = new LinkedHashMap<>();
        final Map<String, String> cores = new LinkedHashMap<>();

        /** Requests answered 200 per CPU second of the nodes: what the nodes' code costs, whoever else ran. */
        double perCpuSecond(String run) {
            return results.get(run).overall().latencies().count() / nodeCpuSeconds.get(run);
        }
    }

    /** The paths one size is measured on: the heaviest benefit and indicator, and samples for the load. */
    record Paths(String benefit, String indicator, List<String> benefits, List<String> indicators) {

        Map<String, String> figures() {
            Map<String, String> paths = new LinkedHashMap<>();
            paths.put(HEALTH, "/actuator/health");
            paths.put(REGISTER, "/benefits");
            paths.put(PROFILE, "/benefits/" + benefit);
            paths.put(INDICATOR, "/indicators/" + indicator);
            paths.put(DASHBOARD_PAGE, "/portfolio");
            paths.put(DASHBOARD_JSON, "/api/v1/portfolio/dashboard");
            paths.put(API_BENEFITS, "/api/v1/benefits");
            paths.put(API_MEASUREMENTS, "/api/v1/indicators/" + indicator + "/measurements");
            return paths;
        }

        /** A user's loop over the main pages and the API: another benefit and indicator on each iteration. */
        List<LoadTest.Step> mix() {
            return List.of(
                    LoadTest.Step.of("register", "/benefits"),
                    new LoadTest.Step("profile", rotate("/benefits/", benefits)),
                    new LoadTest.Step("indicator page", rotate("/indicators/", indicators)),
                    LoadTest.Step.of("dashboard", "/portfolio"),
                    LoadTest.Step.of("API benefits", "/api/v1/benefits"));
        }

        private static IntFunction<String> rotate(String prefix, List<String> ids) {
            return i -> prefix + ids.get(Math.floorMod(i, ids.size()));
        }
    }

    /**
     * The dashboard as a user meets it after any committed write: each run follows a write that moves the dashboard
     * generation, so the kept dashboard is retired and computed afresh. A third as many runs as the other figures, as
     * each costs what a whole computation costs.
     */
    void measureDashboardAfresh(BenchmarkSession http, Runnable write, int runs) throws Exception {
        Map<String, String> afresh = new LinkedHashMap<>();
        afresh.put(DASHBOARD_PAGE_AFRESH, "/portfolio");
        afresh.put(DASHBOARD_JSON_AFRESH, "/api/v1/portfolio/dashboard");
        for (var figure : afresh.entrySet()) {
            time(http, figure.getKey(), figure.getValue(), Math.max(3, runs / 3), write);
        }
    }

    /**
     * The dashboard after a write to one programme's register (a benefit written): that programme's register parts
     * are worked out again, the others' kept.
     */
    void measureDashboardAfterRegisterEdit(BenchmarkSession http, Runnable write, int runs) throws Exception {
        time(http, DASHBOARD_PAGE_EDITED, "/portfolio", Math.max(3, runs / 3), write);
        time(http, DASHBOARD_JSON_EDITED, "/api/v1/portfolio/dashboard", Math.max(3, runs / 3), write);
    }

    void measureFigures(BenchmarkSession http, Paths paths, int warmUp, int runs) throws Exception {
        // Every figure is warmed up before any is measured, so that the first (the health baseline) is not the one
        // that pays for a cold JVM.
        for (int i = 0; i < warmUp; i++) {
            for (String path : paths.figures().values()) {
                http.fetch(path);
            }
        }
        for (var figure : paths.figures().entrySet()) {
            time(http, figure.getKey(), figure.getValue(), runs, () -> {});
        }
    }

    /** One figure: the path fetched n times, each after the step before it (untimed). */
    private void time(BenchmarkSession http, String figure, String path, int n, Runnable before) throws Exception {
        int bytes = 0;
        int errors = 0;
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            before.run();
            long start = System.nanoTime();
            BenchmarkSession.Response response = http.fetch(path);
            nanos[i] = System.nanoTime() - start;
            bytes = response.bytes();
            errors += response.status() == 200 ? 0 : 1;
        }
        figures.put(figure, new Figure(Latencies.of(nanos), bytes, errors));
        System.out.printf(
                "%s: %s %s ms, %,d bytes, %d errors%n",
                size, figure, Latencies.of(nanos).summary(), bytes, errors);
    }

    void measureLoad(List<BenchmarkSession> sessions, RegionBenchmark.Settings settings, Paths paths) throws Exception {
        Duration duration = settings.load();
        for (int n : settings.users()) {
            List<BenchmarkSession> some = sessions.subList(0, n);
            if (settings.mix()) {
                mix.put(n, announce("mix", load(some, paths.mix(), duration)));
            } else if (n != settings.users().getFirst()) {
                continue;
            }
            health.put(n, announce("health", load(some, List.of(healthStep()), duration)));
        }
        // The target is per page at 16 users: each page alone, against the health endpoint at the same concurrency.
        alone(sessions.subList(0, settings.users().getFirst()), settings, paths, alone, "");
    }

    /**
     * One node against two: each run on one node and then at once on two, before the next run, so that the two
     * figures of a ratio are minutes apart at most on a machine whose other load comes and goes. The sessions of
     * the two-node runs alternate between the nodes, so the first n are split evenly. The mix and health at each
     * concurrency, or without the mix health and each page alone at the first.
     *
     * @param cpuOne the CPU time the one node's process has used; {@code cpuTwo} the same of both nodes
     */
    void measureNodes(
            List<BenchmarkSession> one,
            LongSupplier cpuOne,
            List<BenchmarkSession> two,
            LongSupplier cpuTwo,
            RegionBenchmark.Settings settings,
            Paths paths)
            throws Exception {
        int first = settings.users().getFirst();
        List<NodeRun> runs = new ArrayList<>();
        for (int n : settings.users()) {
            if (settings.mix()) {
                runs.add(new NodeRun("mix, " + n + " users", n, paths.mix()));
            } else if (n != first) {
                continue;
            }
            runs.add(new NodeRun("health, " + n + " users", n, List.of(healthStep())));
        }
        if (!settings.mix()) {
            for (LoadTest.Step step : paths.mix()) {
                if (settings.alone(step.group())) {
                    runs.add(new NodeRun(step.group() + " alone, " + first + " users", first, List.of(step)));
                }
            }
        }
        for (NodeRun run : runs) {
            measureOn(oneNodeOneCore, "one node on one core", run, one, cpuOne, settings);
            measureOn(twoNodesTwoCores, "two nodes on a core each", run, two, cpuTwo, settings);
        }
    }

    /** One load run of the node comparison: its name, how many users, and their loop. */
    private record NodeRun(String name, int users, List<LoadTest.Step> steps) {}

    private void measureOn(
            NodeRuns into,
            String nodes,
            NodeRun run,
            List<BenchmarkSession> sessions,
            LongSupplier cpu,
            RegionBenchmark.Settings settings)
            throws Exception {
        List<BenchmarkSession> some = sessions.subList(0, run.users());
        settle(some);
        long cpuBefore = cpu.getAsLong();
        CoreTimes coresBefore = CoreTimes.now();
        LoadTest.Result result = LoadTest.run(some, run.steps(), settings.load());
        into.nodeCpuSeconds.put(run.name(), (cpu.getAsLong() - cpuBefore) / 1e9);
        into.cores.put(run.name(), coresBefore.busySince());
        // announce adds the number of users itself
        into.results.put(run.name(), announce(run.name().replaceFirst(", \\d+ users$", "") + ", " + nodes, result));
        System.out.printf(
                "%s: %s, %s: %.1f requests per node CPU second; cores busy %s%n",
                size, run.name(), nodes, into.perCpuSecond(run.name()), into.cores.get(run.name()));
    }

    private void alone(
            List<BenchmarkSession> sessions,
            RegionBenchmark.Settings settings,
            Paths paths,
            Map<String, LoadTest.Result> into,
            String nodes)
            throws Exception {
        for (LoadTest.Step step : paths.mix()) {
            if (settings.alone(step.group())) {
                into.put(
                        step.group(),
                        announce(step.group() + " alone" + nodes, load(sessions, List.of(step), settings.load())));
            }
        }
    }

    private static LoadTest.Step healthStep() {
        return LoadTest.Step.of("health", "/actuator/health");
    }

    /**
     * One load run after the server has settled: an overload in the run before may have left a node answering 503
     * (it takes a pool timeout for an outage), and the next run must not inherit that. Waits until the health
     * endpoint answers 200 on the first two sessions (one per node in the two-node runs) and a second of quiet.
     */
    private static LoadTest.Result load(List<BenchmarkSession> sessions, List<LoadTest.Step> steps, Duration duration)
            throws Exception {
        settle(sessions);
        return LoadTest.run(sessions, steps, duration);
    }

    private static void settle(List<BenchmarkSession> sessions) throws Exception {
        // Up to 30 s in all for the first two sessions to find the node healthy; a node still down after that is
        // measured anyway, and its failures show in the report.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (BenchmarkSession session : sessions.subList(0, Math.min(2, sessions.size()))) {
            try {
                Awaitility.await("a healthy node")
                        .atMost(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))
                        .pollDelay(Duration.ZERO)
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> session.fetch("/actuator/health").status() == 200);
            } catch (ConditionTimeoutException stillDown) {
                // measured anyway, as before
            }
        }
        Thread.sleep(1_000);
    }

    private LoadTest.Result announce(String what, LoadTest.Result result) {
        System.out.printf(
                "%s: load %s, %d users: %s, %s ms, %s errors%n",
                size,
                what,
                result.users(),
                Report.perSecond(result.overall().throughput()),
                result.overall().latencies().summary(),
                result.overall().errorText());
        return result;
    }

    static List<String> strings(List<?> values) {
        List<String> texts = new ArrayList<>();
        values.forEach(value -> texts.add(value.toString()));
        return texts;
    }
}
