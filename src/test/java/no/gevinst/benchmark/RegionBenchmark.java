package no.gevinst.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import no.gevinst.TestUsers;
import no.gevinst.indicator.Indicators;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one harness for issue 15: the demo as loaded and a region-sized portfolio (50 organisations, 20 000
 * benefits, 60 000 indicators, 10 M measurements, generated with COPY), each page and API timed by one user
 * beside the health endpoint, the dashboard beside a naive full-scan aggregate, and a closed-model load test with
 * 16 and 64 logged-in users on one node and on two nodes against the same database. Prints markdown tables and
 * writes them to {@code target/benchmark/results.md}. It has its own data directory, so the other benchmarks'
 * data never mixes with its own. Properties (all {@code -D} on the Maven command line):
 *
 * <ul>
 *   <li>{@code gevinst.benchmark.size}: {@code demo}, {@code region} or {@code both} (default)
 *   <li>{@code gevinst.benchmark.scale}: share of the region to generate (default 1; 0.01 while developing)
 *   <li>{@code gevinst.benchmark.warmup} and {@code gevinst.benchmark.runs}: per figure (default 10 and 30)
 *   <li>{@code gevinst.benchmark.load.seconds}: each load run (default 20); {@code gevinst.benchmark.load.users}:
 *       concurrencies (default {@code 16,64}; empty: no load test, the single-user figures only);
 *       {@code gevinst.benchmark.nodes}: {@code 1} or {@code 2} (default 2:
 *       one node, then two)
 *   <li>{@code gevinst.benchmark.load.mix}: {@code false} leaves out the mix, to iterate on the pages alone: the
 *       health endpoint and each page alone at the first concurrency, on one node and on two;
 *       {@code gevinst.benchmark.load.pages}: which pages run alone, by group ({@code register,profile,indicator
 *       page}; default all)
 *   <li>{@code gevinst.benchmark.load.warmup}: seconds of load (the mix and health, not measured) on every node
 *       before it is measured, so that its JIT has compiled the pages (default 30)
 * </ul>
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "gevinst.data-dir=target/region-benchmark",
            // -Dgevinst.benchmark.fresh-data=false keeps the last database and its region (size=region only).
            "gevinst.embedded-postgres.clean=${gevinst.benchmark.fresh-data:true}",
            // The test profile re-reads templates on every request; a benchmark times them as production serves them.
            "spring.thymeleaf.cache=true"
        })
@ActiveProfiles("test")
@DirtiesContext
class RegionBenchmark {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Programmes programmes;

    @Autowired
    TestUsers users;

    @Autowired
    Indicators indicators;

    @Value("${gevinst.data-dir}")
    String dataDirectory;

    /** The settings of one run, from system properties. */
    record Settings(
            boolean demo,
            boolean region,
            double scale,
            int warmUp,
            int runs,
            Duration load,
            List<Integer> users,
            boolean twoNodes,
            boolean mix,
            List<String> pages,
            Duration nodeWarmUp) {

        /** The pages run alone at the first concurrency, by group name; all of them unless named. */
        boolean alone(String group) {
            return pages.isEmpty() || pages.contains(group);
        }

        static Settings read() {
            String size = System.getProperty("gevinst.benchmark.size", "both");
            return new Settings(
                    !size.equals("region"),
                    !size.equals("demo"),
                    Double.parseDouble(System.getProperty("gevinst.benchmark.scale", "1")),
                    Integer.getInteger("gevinst.benchmark.warmup", 10),
                    Integer.getInteger("gevinst.benchmark.runs", 30),
                    Duration.ofSeconds(Integer.getInteger("gevinst.benchmark.load.seconds", 20)),
                    Arrays.stream(System.getProperty("gevinst.benchmark.load.users", "16,64")
                                    .split(","))
                            .map(String::trim)
                            .filter(users -> !users.isEmpty())
                            .map(Integer::valueOf)
                            .toList(),
                    !System.getProperty("gevinst.benchmark.nodes", "2").equals("1"),
                    Boolean.parseBoolean(System.getProperty("gevinst.benchmark.load.mix", "true")),
                    Arrays.stream(System.getProperty("gevinst.benchmark.load.pages", "")
                                    .split(","))
                            .map(String::trim)
                            .filter(page -> !page.isEmpty())
                            .toList(),
                    Duration.ofSeconds(Integer.getInteger("gevinst.benchmark.load.warmup", 30)));
        }
    }

    @Test
    void demoAndRegionSizedPortfolio() throws Exception {
        Settings settings = Settings.read();
        List<SizeRun> runs = new ArrayList<>();
        Map<String, Long> generation = new LinkedHashMap<>();
        String statusCheck = "";
        if (settings.demo()) {
            runs.add(measure("demo", settings));
        }
        RegionGenerator.Sizes sizes = RegionGenerator.Sizes.scaled(settings.scale());
        if (settings.region()) {
            long start = System.nanoTime();
            boolean owner = java.nio.file.Files.isRegularFile(credentials());
            if (generated() == sizes.benefits()) {
                System.out.println("Region generator: the kept database holds the region already; not generated");
            } else {
                try (Connection connection = owner ? ownerConnection() : dataSource.getConnection()) {
                    generation.putAll(new RegionGenerator(connection, owner).generate(sizes));
                }
            }
            generation.put("generation, total", (System.nanoTime() - start) / 1_000_000);
            statusCheck = checkStatuses();
            System.out.println(statusCheck);
            runs.add(measure("region", settings));
        }
        String postgres = jdbc.sql("SELECT version()").query(String.class).single();
        RegionReport report = new RegionReport(runs, settings, sizes, generation, postgres, statusCheck);
        // Start to healthy is a demo figure (issue 15: the demo, an existing data directory); the jar's parts always.
        report.startAndJar(
                settings.demo() && Boolean.parseBoolean(System.getProperty("gevinst.benchmark.start", "true"))
                        ? StartAndJar.starts(Path.of(dataDirectory, "node-demo-start"))
                        : null,
                StartAndJar.jar());
        report.write(Path.of("target/benchmark/results.md"));
    }

    /**
     * Whether the generated traffic lights, stored by SQL, are those the application computes: for the indicators of
     * a hundred generated benefits, through the indicator module's facade.
     */
    private String checkStatuses() {
        List<UUID> benefits = jdbc.sql("SELECT id FROM benefit WHERE code LIKE :prefix ORDER BY code LIMIT 100")
                .param("prefix", RegionGenerator.CODE_PREFIX + "%")
                .query(UUID.class)
                .list();
        java.time.LocalDate today = java.time.LocalDate.now();
        int checked = 0;
        List<String> differing = new ArrayList<>();
        for (UUID benefit : benefits) {
            var statuses = users.callAs("kari", () -> indicators.statusOfBenefit(new BenefitId(benefit), today));
            for (var status : statuses.entrySet()) {
                String stored = jdbc.sql("SELECT rag FROM indicator WHERE id = :id")
                        .param("id", status.getKey().id().value())
                        .query(String.class)
                        .single();
                checked++;
                if (!stored.equals(status.getValue().rag().name())) {
                    differing.add(status.getKey().name() + ": stored " + stored + ", computed "
                            + status.getValue().rag());
                }
            }
        }
        return "Stored traffic lights of " + checked + " generated indicators against the computed status: "
                + (differing.isEmpty() ? "all agree" : differing.size() + " differ " + differing);
    }

    /** The generated benefits the database holds: some only when a kept database ({@code fresh-data=false}) has them. */
    private long generated() {
        return jdbc.sql("SELECT count(*) FROM benefit WHERE code LIKE :prefix")
                .param("prefix", RegionGenerator.CODE_PREFIX + "%")
                .query(Long.class)
                .single();
    }

    /** The schema owner's connection to the embedded server, read from its password file, to rebuild indexes. */
    private Connection ownerConnection() throws Exception {
        Path file = credentials();
        var pool = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);
        Properties passwords = new Properties();
        try (var reader = java.nio.file.Files.newBufferedReader(file)) {
            passwords.load(reader);
        }
        return DriverManager.getConnection(pool.getJdbcUrl(), "gevinst_owner", passwords.getProperty("gevinst_owner"));
    }

    private Path credentials() {
        return Path.of(dataDirectory, "pg", "gevinst-credentials.properties");
    }

    private SizeRun measure(String size, Settings settings) throws Exception {
        SizeRun run = new SizeRun(size);
        for (String table :
                List.of("organisation", "programme", "benefit", "benefit_valuation", "indicator", "measurement")) {
            run.counts.put(
                    table,
                    jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single());
        }
        // The stored traffic lights, to show that the generated statuses were computed (not all NONE).
        for (String rag : List.of("GREEN", "AMBER", "RED", "NONE")) {
            run.counts.put(
                    "indicator, rag " + rag,
                    jdbc.sql("SELECT count(*) FROM indicator WHERE rag = :rag")
                            .param("rag", rag)
                            .query(Long.class)
                            .single());
        }
        SizeRun.Paths paths = paths();
        run.measurementRows = Math.min(
                no.gevinst.indicator.MeasurementPaging.DEFAULT_SIZE,
                jdbc.sql("SELECT count(*) FROM measurement WHERE indicator_id = :id")
                        .param("id", UUID.fromString(paths.indicator()))
                        .query(Long.class)
                        .single());
        long start = System.nanoTime();
        BenchmarkNode.Database database = BenchmarkNode.Database.of(dataSource, credentials());
        try (BenchmarkNode node = BenchmarkNode.start(size, database, nodeDirectory(size), -1)) {
            start = lap(run, "start a node (packaged jar, own JVM)", start);
            measureOnOneNode(run, settings, paths, node);
            start = lap(run, "single-user figures and load, one node", start);
            run.memory = Footprint.atRest(node, Path.of("target/benchmark/native-memory-" + size + ".txt"));
            // The same node at rest keeping less of its heap free after a collection (both flags are manageable).
            node.jcmd("VM.set_flag", "MinHeapFreeRatio", "10");
            node.jcmd("VM.set_flag", "MaxHeapFreeRatio", "30");
            run.memoryTighterHeap =
                    Footprint.atRest(node, Path.of("target/benchmark/native-memory-" + size + "-tighter.txt"));
            start = lap(run, "memory at rest", start);
        }
        if (settings.twoNodes()) {
            measureNodes(run, settings, paths, database);
            lap(run, "one node on one core, two nodes on two", start);
        }
        return run;
    }

    /**
     * The recording's settings: JFR's "profile", or a .jfc file given as {@code gevinst.benchmark.jfr.settings} (one
     * that samples every millisecond, say: a fresh dashboard takes a few tens of them, and the default's 10 to 20 ms
     * caught too few samples to say where an edit's time goes).
     */
    private static String jfrSettings() {
        return "settings=" + System.getProperty("gevinst.benchmark.jfr.settings", "profile");
    }

    private Path nodeDirectory(String name) {
        return Path.of(dataDirectory, "node-" + name);
    }

    /**
     * Every figure through one node process that sees both cores, as a node on a 2-core machine: each page and API
     * by one user, the dashboard after a write, the naive aggregate (SQL, in this JVM), and the load.
     */
    private void measureOnOneNode(SizeRun run, Settings settings, SizeRun.Paths paths, BenchmarkNode node)
            throws Exception {
        BenchmarkSession kari = BenchmarkSession.logIn(node.port(), "kari");
        // What the dashboard keeps: the live heap before and after its first computation, the register page (the
        // same layout and fragments) warmed up first so that little but the dashboard's own parts is counted.
        for (int i = 0; i < Math.max(1, settings.warmUp()); i++) {
            kari.fetch("/benefits");
        }
        run.keptByDashboard = KeptHeap.around(node, Path.of("target/benchmark/kept-heap-" + run.size + ".txt"), () -> {
            kari.fetch("/portfolio");
            kari.fetch("/api/v1/portfolio/dashboard");
        });
        run.measureFigures(kari, paths, settings.warmUp(), settings.runs());
        // -Dgevinst.benchmark.jfr=true: a flight recording of the node over the dashboard after a write alone.
        boolean profiled = Boolean.getBoolean("gevinst.benchmark.jfr");
        if (profiled) {
            node.jcmd("JFR.start", "name=afterwrite", jfrSettings());
        }
        // A measurement written (its value rewritten in place, which its roll-ups recompute): at its commit it moves
        // the dashboard's generation (V26) and its own programme's (V28).
        Runnable measurementWritten = () -> jdbc.sql("""
                        UPDATE measurement SET value = value WHERE id = (
                            SELECT id FROM measurement WHERE indicator_id = :indicator
                            ORDER BY period_end DESC LIMIT 1)
                        """)
                .param("indicator", UUID.fromString(paths.indicator()))
                .update();
        // A benefit written (its title rewritten as it was): it moves its programme's register generation (V34), so
        // that programme's register parts and the double counting touching it are worked out again. Its lists are
        // written too (its priority areas, as the region gives it no allocations), as every edit through the service
        // writes them again: V61 has them count against the benefit's programme, no longer against every programme.
        Runnable benefitEdited = () -> {
            jdbc.sql("UPDATE benefit SET title = title WHERE id = :benefit")
                    .param("benefit", UUID.fromString(paths.benefit()))
                    .update();
            jdbc.sql(
                            "UPDATE benefit_priority_area SET framework_item_id = framework_item_id WHERE benefit_id = :benefit")
                    .param("benefit", UUID.fromString(paths.benefit()))
                    .update();
        };
        // The code that only a write's fresh dashboard runs is compiled before it is timed or its CPU counted: a node
        // serving all day has compiled it, and without this the JIT's own CPU was most of the figure.
        warmUpAfresh(kari, settings, measurementWritten, benefitEdited);
        long cpu = node.cpuNanos();
        run.measureDashboardAfresh(kari, measurementWritten, settings.runs());
        // The node's CPU per dashboard computed afresh: steadier than its time on a machine others load too.
        int afresh = 2 * Math.max(3, settings.runs() / 3);
        run.phases.put("node CPU per dashboard after a measurement", (node.cpuNanos() - cpu) / 1_000_000 / afresh);
        if (profiled) {
            Path recording =
                    Path.of("target/benchmark/after-write-" + run.size + ".jfr").toAbsolutePath();
            node.jcmd("JFR.stop", "name=afterwrite", "filename=" + recording);
            node.jcmd("JFR.start", "name=afteredit", jfrSettings());
        }
        cpu = node.cpuNanos();
        run.measureDashboardAfterRegisterEdit(kari, benefitEdited, settings.runs());
        run.phases.put("node CPU per dashboard after a register edit", (node.cpuNanos() - cpu) / 1_000_000 / afresh);
        if (profiled) {
            Path recording =
                    Path.of("target/benchmark/after-edit-" + run.size + ".jfr").toAbsolutePath();
            node.jcmd("JFR.stop", "name=afteredit", "filename=" + recording);
        }
        naiveAggregates(run, settings);
        if (settings.users().isEmpty()) {
            return;
        }
        List<BenchmarkSession> sessions = new ArrayList<>();
        for (int u = 0; u < mostUsers(settings); u++) {
            sessions.add(BenchmarkSession.logIn(node.port(), "kari"));
        }
        warmUp(sessions, settings, paths);
        run.measureLoad(sessions, settings, paths);
    }

    /**
     * The dashboard page and JSON fetched after each kind of write, untimed, five times as many rounds as the figures'
     * warm-up ({@code gevinst.benchmark.afresh.warmup} to change it alone). Ten rounds (40 dashboards) were not
     * enough at a region's size (session 35): the C2 compiler still spent 20 to 30 ms of CPU per dashboard computed
     * afresh, and G1 ran concurrent cycles beside it, on the same two cores as the request; after some 250 dashboards
     * the compiler's share was 7 ms and the concurrent cycles had stopped, as on a node that has served all day.
     */
    private static void warmUpAfresh(BenchmarkSession http, Settings settings, Runnable... writes) throws Exception {
        int rounds = Integer.getInteger("gevinst.benchmark.afresh.warmup", 5 * settings.warmUp());
        for (int i = 0; i < rounds; i++) {
            for (Runnable write : writes) {
                write.run();
                http.fetch("/portfolio");
                write.run();
                http.fetch("/api/v1/portfolio/dashboard");
            }
        }
    }

    /**
     * A node fresh from its start runs interpreted and then half-compiled code for a while; on one core the JIT
     * competes with the requests. Every node is loaded with the mix and health (results thrown away) before it is
     * measured, the two pinned nodes at once, so that neither the one-node nor the two-node figures pay for it.
     */
    private static void warmUp(List<BenchmarkSession> sessions, Settings settings, SizeRun.Paths paths)
            throws Exception {
        List<LoadTest.Step> steps = new ArrayList<>(paths.mix());
        steps.add(LoadTest.Step.of("health", "/actuator/health"));
        // At the first concurrency: more users than that would only queue for a cold node's connections.
        LoadTest.run(sessions.subList(0, settings.users().getFirst()), steps, settings.nodeWarmUp());
    }

    private static int mostUsers(Settings settings) {
        return settings.users().stream().mapToInt(Integer::intValue).max().orElse(16);
    }

    /**
     * One machine against two, on this machine's two cores: one node pinned to core 0, then that node and a second
     * pinned to core 1, half the users on each (as a load balancer would send them). Both nodes start together, so
     * the second idles through the one-node runs. The load generator (this JVM) and PostgreSQL are not pinned: they
     * share both cores with the nodes, and in the two-node runs they compete with the second node too, so the ratio
     * understates what two machines with a database of their own would give.
     */
    private void measureNodes(SizeRun run, Settings settings, SizeRun.Paths paths, BenchmarkNode.Database database)
            throws Exception {
        String size = run.size;
        try (BenchmarkNode first = BenchmarkNode.starting(size + "-core0", database, nodeDirectory(size + "-0"), 0);
                BenchmarkNode second =
                        BenchmarkNode.starting(size + "-core1", database, nodeDirectory(size + "-1"), 1)) {
            first.awaitHealthy();
            second.awaitHealthy();
            List<BenchmarkSession> one = new ArrayList<>();
            List<BenchmarkSession> split = new ArrayList<>();
            for (int u = 0; u < mostUsers(settings); u++) {
                one.add(BenchmarkSession.logIn(first.port(), "kari"));
                split.add(BenchmarkSession.logIn(u % 2 == 0 ? first.port() : second.port(), "kari"));
            }
            warmUp(split, settings, paths);
            run.measureNodes(one, first::cpuNanos, split, () -> first.cpuNanos() + second.cpuNanos(), settings, paths);
        }
    }

    private static long lap(SizeRun run, String phase, long start) {
        long now = System.nanoTime();
        run.phases.put(phase, (now - start) / 1_000_000);
        return now;
    }

    /**
     * The benefit and indicator with the most measurements among those the benchmark's user sees, and a sample of
     * fifty of each for the load, spread over the portfolio.
     */
    private SizeRun.Paths paths() {
        UUID[] visible = users.callAs("kari", () -> programmes.visibleIds()).stream()
                .map(ProgrammeId::value)
                .toArray(UUID[]::new);
        UUID indicator =
                jdbc.sql("""
                        SELECT m.indicator_id FROM measurement m
                        JOIN indicator i ON i.id = m.indicator_id JOIN benefit b ON b.id = i.benefit_id
                        WHERE m.superseded_by IS NULL AND b.programme_id = ANY(:visible)
                        GROUP BY m.indicator_id ORDER BY count(*) DESC, m.indicator_id LIMIT 1
                        """).param("visible", visible).query(UUID.class).single();
        UUID benefit = jdbc.sql("SELECT benefit_id FROM indicator WHERE id = :id")
                .param("id", indicator)
                .query(UUID.class)
                .single();
        List<UUID> benefits = jdbc.sql("SELECT id FROM benefit WHERE programme_id = ANY(:visible)"
                        + " ORDER BY md5(id::text) LIMIT 50")
                .param("visible", visible)
                .query(UUID.class)
                .list();
        List<UUID> indicators = jdbc.sql("SELECT i.id FROM indicator i JOIN benefit b ON b.id = i.benefit_id"
                        + " WHERE b.programme_id = ANY(:visible) ORDER BY md5(i.id::text) LIMIT 50")
                .param("visible", visible)
                .query(UUID.class)
                .list();
        return new SizeRun.Paths(
                benefit.toString(), indicator.toString(), SizeRun.strings(benefits), SizeRun.strings(indicators));
    }

    /**
     * What the dashboard's realised figures need, computed the naive way: the latest actual (the mean of the
     * units' values at the latest period) of every indicator in every year, over all current measurements, once by
     * sorting them all (DISTINCT ON) and once by hashing (GROUP BY, joined back). Counted on the server, so the
     * baseline pays nothing for sending its rows: a hard baseline. The report compares with the faster of the two.
     */
    private void naiveAggregates(SizeRun run, Settings settings) {
        run.figures.put(SizeRun.NAIVE_SORT, time(settings, """
                SELECT count(*) FROM (
                    SELECT DISTINCT ON (indicator_id, date_part('year', period_end)) indicator_id, period_end, value
                    FROM measurement WHERE superseded_by IS NULL
                    ORDER BY indicator_id, date_part('year', period_end), period_end DESC, recorded_at DESC) latest
                """));
        run.figures.put(SizeRun.NAIVE_HASH, time(settings, """
                WITH latest AS (
                    SELECT indicator_id, date_part('year', period_end) AS year, max(period_end) AS period_end
                    FROM measurement WHERE superseded_by IS NULL GROUP BY 1, 2)
                SELECT count(*) FROM (
                    SELECT l.indicator_id, l.year, avg(m.value)
                    FROM latest l JOIN measurement m
                      ON m.indicator_id = l.indicator_id AND m.period_end = l.period_end AND m.superseded_by IS NULL
                    GROUP BY 1, 2) actuals
                """));
    }

    private SizeRun.Figure time(Settings settings, String sql) {
        int runs = Math.max(3, settings.runs() / 3);
        for (int i = 0; i < Math.max(1, settings.warmUp() / 3); i++) {
            jdbc.sql(sql).query(Long.class).single();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            jdbc.sql(sql).query(Long.class).single();
            nanos[i] = System.nanoTime() - start;
        }
        return new SizeRun.Figure(Latencies.of(nanos), 0, 0);
    }
}
