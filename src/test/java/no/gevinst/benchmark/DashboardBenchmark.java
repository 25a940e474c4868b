package no.gevinst.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.gevinst.TestUsers;
import no.gevinst.indicator.Indicators;
import no.gevinst.portfolio.Dashboards;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.IndicatorId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The portfolio dashboard over 2 000 benefits with two indicators each and 1 000 000 measurements: through the
 * service and as the whole HTML page and JSON over HTTP. Prints a table; run with
 * {@code ./mvnw -Pbenchmark verify -Dit.test=DashboardBenchmark} ({@code -Dgevinst.benchmark.measurements=} for another
 * size). Targets (issue 15, at 10 M measurements): JSON under 100 ms and page under 150 ms at the median, and at least
 * 20× faster than the naive full scan (the latest period per indicator and year by a plain GROUP BY over every
 * measurement), which it times in the same run and prints the ratio to; it prints the sizes sent too. The dashboard reads each
 * indicator's stored traffic light, and for realised kroner only the latest actual per year of the priced benefits'
 * indicators, one index probe each, so the number of measurements should not matter. Half the generated benefits
 * are priced, and some of them are double counted, so that the valuation and the double-counting control are
 * timed on a thousand priced benefits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DashboardBenchmark {

    private static final int BENEFITS = 2_000;
    private static final int INDICATORS_PER_BENEFIT = 2;
    /** Smaller while developing: {@code -Dgevinst.benchmark.measurements=200000}. */
    private static final int MEASUREMENTS = Integer.getInteger("gevinst.benchmark.measurements", 1_000_000);

    private static final int WARM_UP = Integer.getInteger("gevinst.benchmark.warmUp", 10);
    private static final int RUNS = Integer.getInteger("gevinst.benchmark.runs", 30);

    /**
     * The naive baseline: the latest period per indicator and year over every current measurement, one full scan with
     * a plain GROUP BY, as a report written without the maintained roll-ups or the indexes would read it.
     */
    static final String NAIVE_SCAN = """
            SELECT count(*) FROM (
                SELECT indicator_id, extract(year FROM period_end) AS year, max(period_end) AS latest
                FROM measurement WHERE superseded_by IS NULL
                GROUP BY indicator_id, extract(year FROM period_end)) latest_per_year
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Programmes programmes;

    @Autowired
    Dashboards dashboards;

    @Autowired
    Indicators indicators;

    @Autowired
    TestUsers users;

    @Test
    void dashboardOfTwoThousandBenefitsWithAMillionMeasurements() throws Exception {
        Programme hp = users.callAs("kari", () -> programmes.visible().getFirst());
        long existing =
                jdbc.sql("SELECT count(*) FROM benefit").query(Long.class).single();
        fillBenefits(hp, BENEFITS - (int) existing);
        fillIndicators();
        priceHalf();
        long measurements =
                jdbc.sql("SELECT count(*) FROM measurement").query(Long.class).single();
        fillMeasurements(MEASUREMENTS - (int) measurements);
        jdbc.sql("ANALYZE").update();
        long benefitCount =
                jdbc.sql("SELECT count(*) FROM benefit").query(Long.class).single();
        long indicatorCount =
                jdbc.sql("SELECT count(*) FROM indicator").query(Long.class).single();
        long measurementCount =
                jdbc.sql("SELECT count(*) FROM measurement").query(Long.class).single();
        LocalDate today = LocalDate.now();

        Timings timings = new Timings(WARM_UP, RUNS);
        this.timings = timings;
        timings.measure("service: all programmes", () -> users.runAs("kari", () -> dashboards.of(null, today)));
        timings.measure("service: one programme", () -> users.runAs("kari", () -> dashboards.of(hp.id(), today)));
        BenchmarkSession http = BenchmarkSession.logIn(port, "kari");
        measure("HTTP: dashboard page", () -> http.get("/portfolio"));
        measure("HTTP: dashboard page, one programme", () -> http.get("/portfolio?programme=" + hp.id()));
        measure("HTTP: API dashboard (JSON)", () -> http.get("/api/v1/portfolio/dashboard"));
        measure(
                "HTTP: API dashboard (JSON), one programme",
                () -> http.get("/api/v1/portfolio/dashboard?programme=" + hp.id()));
        measure(
                "naive scan: latest per indicator and year",
                () -> jdbc.sql(NAIVE_SCAN).query(Long.class).single());

        // The dashboard reads the actuals of the priced benefits' indicators only; these rows read the latest actual
        // per year of every indicator, over the years the weekly measurements span and over a year without any.
        List<IndicatorId> all = jdbc.sql("SELECT id FROM indicator").query(UUID.class).list().stream()
                .map(IndicatorId::new)
                .toList();
        timings.measure(
                "actual per year, all indicators, 2019–now",
                () -> users.runAs("kari", () -> indicators.annualActuals(all, 2019, today.getYear())));
        timings.measure(
                "actual per year, all indicators, 1900 (none)",
                () -> users.runAs("kari", () -> indicators.annualActuals(all, 1900, 1900)));
        explainActuals(all);

        System.out.printf(
                "%nDashboard benchmark: %,d benefits, %,d indicators, %,d measurements, %d warm-up and %d measured"
                        + " runs each, %d cores%n",
                benefitCount,
                indicatorCount,
                measurementCount,
                WARM_UP,
                RUNS,
                Runtime.getRuntime().availableProcessors());
        timings.print();
        double naive = median("naive scan: latest per indicator and year");
        System.out.println("| operation (against the naive full scan in this run)     | median ms | naive ÷ it |");
        System.out.println("|----------------------------------------------------------|-----------|------------|");
        for (String name : List.of(
                "HTTP: dashboard page",
                "HTTP: dashboard page, one programme",
                "HTTP: API dashboard (JSON)",
                "HTTP: API dashboard (JSON), one programme")) {
            double ms = median(name);
            System.out.printf("| %-56s | %9.1f | %9.1f× |%n", name, ms, naive / ms);
        }
        System.out.printf(
                "%nSizes: dashboard JSON %,d bytes, one programme's JSON %,d bytes, page %,d bytes%n%n",
                Sizes.of(port, "kari", "/api/v1/portfolio/dashboard"),
                Sizes.of(port, "kari", "/api/v1/portfolio/dashboard?programme=" + hp.id()),
                Sizes.of(port, "kari", "/portfolio"));
    }

    private Timings timings;
    private final Map<String, List<Long>> runs = new HashMap<>();

    /** Times through the shared table, and keeps each run's time so that the ratios to the naive scan can be taken. */
    private void measure(String name, Timings.Work work) throws Exception {
        timings.measure(name, () -> {
            long start = System.nanoTime();
            work.run();
            runs.computeIfAbsent(name, k -> new ArrayList<>()).add(System.nanoTime() - start);
        });
    }

    /** The median of the measured runs (the warm-up runs come first and are left out), in milliseconds. */
    private double median(String name) {
        List<Long> all = runs.get(name);
        long[] measured = all.subList(all.size() - RUNS, all.size()).stream()
                .mapToLong(Long::longValue)
                .sorted()
                .toArray();
        return measured[(measured.length - 1) / 2] / 1e6;
    }

    /** The size of a response as sent, from a session of its own. */
    private static final class Sizes {
        static int of(int port, String user, String path) throws Exception {
            HttpClient http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            URI base = URI.create("http://localhost:" + port);
            String login = http.send(
                            HttpRequest.newBuilder(base.resolve("/login")).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
            token.find();
            http.send(
                    HttpRequest.newBuilder(base.resolve("/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("username=" + user
                                    + "&password=gevinst-demo&_csrf="
                                    + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return http.send(
                            HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray())
                    .body()
                    .length;
        }
    }

    /** The plan of the query behind the actuals per year (as in the indicator repository), to judge its indexes. */
    private void explainActuals(List<IndicatorId> all) {
        System.out.println("\nEXPLAIN ANALYZE of the latest actual per indicator and year, all indicators, 2019–now:");
        jdbc.sql("""
                        EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
                        WITH RECURSIVE latest (indicator_id, period_end) AS (
                            SELECT i.id, (SELECT max(l.period_end) FROM measurement l
                                          WHERE l.indicator_id = i.id AND l.superseded_by IS NULL
                                            AND l.period_end >= make_date(2019, 1, 1)
                                            AND l.period_end < make_date(
                                                extract(year FROM current_date)::int + 1, 1, 1))
                            FROM indicator i JOIN benefit b ON b.id = i.benefit_id
                            WHERE i.id = ANY(:ids)
                          UNION ALL
                            SELECT p.indicator_id, (SELECT max(l.period_end) FROM measurement l
                                                    WHERE l.indicator_id = p.indicator_id AND l.superseded_by IS NULL
                                                      AND l.period_end >= make_date(2019, 1, 1)
                                                      AND l.period_end < date_trunc('year', p.period_end)::date)
                            FROM latest p WHERE p.period_end IS NOT NULL)
                        SELECT m.* FROM latest
                        CROSS JOIN LATERAL (SELECT * FROM measurement x
                                            WHERE x.indicator_id = latest.indicator_id
                                              AND x.period_end = latest.period_end AND x.superseded_by IS NULL
                                            OFFSET 0) m
                        ORDER BY m.indicator_id, m.period_end, m.recorded_at
                        """)
                .param("ids", all.stream().map(IndicatorId::value).toArray(UUID[]::new))
                .query(String.class)
                .list()
                .forEach(System.out::println);
    }

    /** Benefits in bulk with SQL, spread over statuses, classes, areas and priority areas; some start soon. */
    private void fillBenefits(Programme hp, int count) {
        if (count <= 0) {
            return;
        }
        String[] statuses = {"IDENTIFIED", "PRIORITISED", "PLANNED", "REALISING", "REALISED", "CLOSED"};
        jdbc.sql("""
                        INSERT INTO benefit (id, programme_id, code, title, description, observable_outcome, attribution,
                            kind, area_id, benefit_class, owner_id, responsible_id, priority, priority_rationale, status,
                            expected_start)
                        SELECT gen_random_uuid(), :programme, 'HP-B' || (1000 + n), 'Dashboardgevinst nr. ' || n,
                               'Beskrivelse ' || n, CASE WHEN n % 3 = 0 THEN '' ELSE 'Utfall' END, 'Attribusjon',
                               'BENEFIT',
                               (SELECT id FROM framework_item WHERE programme_id = :programme AND kind = 'AREA'
                                ORDER BY position OFFSET (n % 5) LIMIT 1),
                               (ARRAY['CASH_RELEASING','CAPACITY','OTHER_PUBLIC','NON_PRICED'])[1 + n % 4],
                               (SELECT id FROM person ORDER BY id OFFSET (n % 10) LIMIT 1),
                               (SELECT id FROM person ORDER BY id OFFSET ((n + 3) % 10) LIMIT 1),
                               (ARRAY['HIGH','MEDIUM','LOW'])[1 + n % 3], 'Begrunnet',
                               (CAST(:statuses AS text[]))[1 + n % 6],
                               current_date + (n % 400)
                        FROM generate_series(1, :count) AS n
                        """)
                .param("programme", hp.id().value())
                .param("count", count)
                .param("statuses", statuses)
                .update();
        jdbc.sql("""
                        INSERT INTO benefit_priority_area (benefit_id, framework_item_id)
                        SELECT b.id, f.id FROM benefit b
                        JOIN framework_item f ON f.programme_id = b.programme_id AND f.kind = 'PRIORITY_AREA'
                         AND f.position = 1 + abs(hashtext(b.code)) % 6
                        WHERE b.title LIKE 'Dashboardgevinst%'
                        """).update();
    }

    /** Two indicators on each generated benefit, with a stored traffic light as a measurement would leave it. */
    private void fillIndicators() {
        jdbc.sql("""
                        INSERT INTO indicator (id, benefit_id, name, unit, direction, kind, frequency,
                            amber_tolerance, red_tolerance, scope, rag, last_period_end)
                        SELECT gen_random_uuid(), b.id, 'Indikator ' || k || ' for ' || b.code, 'timer',
                               'LOWER_IS_BETTER', 'QUANTITATIVE', 'MONTH', 5, 15, 'PROGRAMME',
                               (ARRAY['GREEN','AMBER','RED','NONE'])[1 + abs(hashtext(b.code || k)) % 4],
                               current_date - (abs(hashtext(b.code || k)) % 90)
                        FROM benefit b CROSS JOIN generate_series(1, :k) AS k
                        WHERE b.title LIKE 'Dashboardgevinst%'
                          AND NOT EXISTS (SELECT 1 FROM indicator i WHERE i.benefit_id = b.id)
                        """).param("k", INDICATORS_PER_BENEFIT).update();
        jdbc.sql(RegisterStatusCopy.INDICATOR_BENEFITS).update();
        jdbc.sql(RegisterStatusCopy.VALUATION_BENEFITS).update();
        jdbc.sql(RegisterStatusCopy.SYNC).update();
    }

    /**
     * Half the generated benefits priced as avoided yearly costs phased in over three years, with a baseline and a
     * target on each indicator, so that the valuation, the double-counting control and realised kroner all work on
     * a thousand priced benefits. Every fiftieth priced benefit's first indicator takes the name of the one before,
     * so that the control finds same-indicator double counts.
     */
    private void priceHalf() {
        jdbc.sql("""
                        INSERT INTO benefit_valuation (benefit_id, actor, model_kind, parameters, phase_in_first,
                            phase_in_shares)
                        SELECT b.id, 'OWN_ORGANISATION', 'AVOIDED_YEARLY_COST',
                               jsonb_build_object('amount', (100000 + abs(hashtext(b.code)) % 900000)::text),
                               2023 + abs(hashtext(b.code)) % 3, ARRAY[0.3, 0.7, 1]::numeric[]
                        FROM benefit b
                        WHERE b.title LIKE 'Dashboardgevinst%' AND abs(hashtext(b.code)) % 2 = 0
                        ON CONFLICT (benefit_id) DO NOTHING
                        """).update();
        jdbc.sql("""
                        INSERT INTO baseline (indicator_id, value, period_start, period_end, recorded_by)
                        SELECT i.id, 80, date '2022-01-01', date '2022-12-31', 'benchmark'
                        FROM indicator i JOIN benefit b ON b.id = i.benefit_id
                        WHERE b.title LIKE 'Dashboardgevinst%'
                        ON CONFLICT (indicator_id) DO NOTHING
                        """).update();
        jdbc.sql("""
                        INSERT INTO target_point (indicator_id, target_date, value)
                        SELECT i.id, date '2028-12-31', 20
                        FROM indicator i JOIN benefit b ON b.id = i.benefit_id
                        WHERE b.title LIKE 'Dashboardgevinst%'
                        ON CONFLICT DO NOTHING
                        """).update();
        jdbc.sql("""
                        WITH priced AS (
                            SELECT i.id, i.name, row_number() OVER (ORDER BY b.code, i.name) AS r
                            FROM indicator i JOIN benefit b ON b.id = i.benefit_id
                            JOIN benefit_valuation v ON v.benefit_id = b.id
                            WHERE b.title LIKE 'Dashboardgevinst%' AND i.name LIKE 'Indikator 1 %')
                        UPDATE indicator i SET name = before.name
                        FROM priced p JOIN priced before ON before.r = p.r - 1
                        WHERE i.id = p.id AND p.r % 50 = 0
                        """).update();
    }

    /** A million measurements spread evenly over the generated indicators, weekly back from today. */
    private void fillMeasurements(int count) {
        if (count <= 0) {
            return;
        }
        // The indicator count is a parameter, so that the join below is on an expression of n alone and hashes.
        long indicators = jdbc.sql("SELECT count(*) FROM indicator i JOIN benefit b ON b.id = i.benefit_id"
                        + " WHERE b.title LIKE 'Dashboardgevinst%'")
                .query(Long.class)
                .single();
        jdbc.sql("""
                        WITH ind AS (
                            SELECT i.id, row_number() OVER (ORDER BY i.id) - 1 AS r
                            FROM indicator i JOIN benefit b ON b.id = i.benefit_id
                            WHERE b.title LIKE 'Dashboardgevinst%'),
                        org AS (SELECT id FROM organisation ORDER BY id LIMIT 1)
                        INSERT INTO measurement (id, indicator_id, value, period_start, period_end, organisation_id,
                            source, confidence, recorded_by)
                        SELECT gen_random_uuid(), ind.id, (n % 100) + 0.5,
                               current_date - 7 * (n / :c)::int, current_date - 7 * (n / :c)::int,
                               org.id, 'API', 'HIGH', 'benchmark'
                        FROM generate_series(0, :count - 1) AS n
                        JOIN ind ON ind.r = n % :c
                        CROSS JOIN org
                        """).param("count", count).param("c", indicators).update();
    }
}
