package no.gevinst.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import no.gevinst.TestUsers;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Benefits;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The register with 20 000 benefits, each with a monthly indicator, and 1 000 000 measurements spread over them
 * (one indicator with a deep history of 100 000 more): how long its first page and typical filters take, through
 * the service and as the whole HTML page over HTTP, and a benefit profile, the deep indicator's page and its
 * measurements API. Prints a table; run with {@code ./mvnw -Pbenchmark verify}. Target: the first page under 300 ms
 * on the 2-core machine. Smaller sizes while developing: {@code -Dgevinst.benchmark.register.benefits=2000
 * -Dgevinst.benchmark.register.measurements=100000 -Dgevinst.benchmark.register.deep=10000}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegisterBenchmark {

    private static final int BENEFITS = Integer.getInteger("gevinst.benchmark.register.benefits", 20_000);
    private static final int MEASUREMENTS = Integer.getInteger("gevinst.benchmark.register.measurements", 1_000_000);
    private static final int DEEP = Integer.getInteger("gevinst.benchmark.register.deep", 100_000);
    private static final int WARM_UP = 15;
    private static final int RUNS = 40;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Programmes programmes;

    @Autowired
    Benefits benefits;

    @Autowired
    TestUsers users;

    @Test
    void registerWithTwentyThousandBenefits() throws Exception {
        Programme hp = users.callAs("kari", () -> programmes.visible().getFirst());
        long existing =
                jdbc.sql("SELECT count(*) FROM benefit").query(Long.class).single();
        fill(hp, BENEFITS - (int) existing);
        fillIndicators();
        long measured =
                jdbc.sql("SELECT count(*) FROM measurement").query(Long.class).single();
        fillMeasurements(MEASUREMENTS - (int) measured);
        UUID deep = jdbc.sql("SELECT i.id FROM indicator i JOIN benefit b ON b.id = i.benefit_id"
                        + " WHERE b.title LIKE 'Benchmarkgevinst%' ORDER BY i.id LIMIT 1")
                .query(UUID.class)
                .single();
        fillDeep(deep);
        jdbc.sql("ANALYZE").update();
        long total = jdbc.sql("SELECT count(*) FROM benefit").query(Long.class).single();
        long measurements =
                jdbc.sql("SELECT count(*) FROM measurement").query(Long.class).single();
        long deepRows = jdbc.sql("SELECT count(*) FROM measurement WHERE indicator_id = :id")
                .param("id", deep)
                .query(Long.class)
                .single();
        UUID deepBenefit = jdbc.sql("SELECT benefit_id FROM indicator WHERE id = :id")
                .param("id", deep)
                .query(UUID.class)
                .single();
        // The generated owners are any people, whom the profile cannot always name (it answers 500 then): none here.
        jdbc.sql("UPDATE benefit SET owner_id = NULL, responsible_id = NULL WHERE id = :id")
                .param("id", deepBenefit)
                .update();

        Timings timings = new Timings(WARM_UP, RUNS);
        timings.measure("service: first page (20, by code)", () -> search(BenefitQuery.all()));
        timings.measure(
                "service: page 400 of 1000", () -> search(BenefitQuery.all().withPage(400, 20)));
        timings.measure("service: priority area filter", () -> search(query("Legemiddelhåndtering", null, "")));
        timings.measure("service: status filter", () -> search(query(null, BenefitStatus.PLANNED, "")));
        timings.measure("service: free text", () -> search(query(null, null, "nr. 1234")));
        BenchmarkSession http = BenchmarkSession.logIn(port, "kari");
        timings.measure("HTTP: register page, first page", () -> http.get("/benefits"));
        timings.measure("HTTP: API first page (JSON)", () -> http.get("/api/v1/benefits"));
        timings.measure(
                "HTTP: register page, priority area",
                () -> http.get(
                        "/benefits?priorityArea=" + URLEncoder.encode("Legemiddelhåndtering", StandardCharsets.UTF_8)));
        timings.measure("HTTP: benefit profile", () -> http.get("/benefits/" + deepBenefit));
        timings.measure("HTTP: indicator page, deep history", () -> http.get("/indicators/" + deep));
        timings.measure(
                "HTTP: API measurements, deep history", () -> http.get("/api/v1/indicators/" + deep + "/measurements"));
        timings.measure("HTTP: health (floor)", () -> http.get("/actuator/health"));

        System.out.printf(
                "%nRegister benchmark: %,d benefits, %,d measurements (%,d on the deep indicator), %d warm-up and %d"
                        + " measured runs each, %d cores%n",
                total,
                measurements,
                deepRows,
                WARM_UP,
                RUNS,
                Runtime.getRuntime().availableProcessors());
        timings.print();
    }

    /** Inserts benefits in bulk with SQL, spread over statuses, areas, priority areas, objectives and owners. */
    private void fill(Programme hp, int count) {
        if (count <= 0) {
            return;
        }
        String[] statuses = {"IDENTIFIED", "PRIORITISED", "PLANNED", "REALISING", "REALISED", "CLOSED"};
        jdbc.sql("""
                        INSERT INTO benefit (id, programme_id, code, title, description, observable_outcome, attribution,
                            kind, area_id, benefit_class, owner_id, responsible_id, priority, priority_rationale, status)
                        SELECT gen_random_uuid(), :programme, 'HP-' || (1000 + n), 'Benchmarkgevinst nr. ' || n,
                               'Beskrivelse ' || n, CASE WHEN n % 3 = 0 THEN '' ELSE 'Utfall' END, 'Attribusjon',
                               'BENEFIT',
                               (SELECT id FROM framework_item WHERE programme_id = :programme AND kind = 'AREA'
                                ORDER BY position OFFSET (n % 5) LIMIT 1),
                               (ARRAY['CASH_RELEASING','CAPACITY','OTHER_PUBLIC','NON_PRICED'])[1 + n % 4],
                               (SELECT id FROM person ORDER BY id OFFSET (n % 10) LIMIT 1),
                               (SELECT id FROM person ORDER BY id OFFSET ((n + 3) % 10) LIMIT 1),
                               (ARRAY['HIGH','MEDIUM','LOW'])[1 + n % 3], 'Begrunnet',
                               (CAST(:statuses AS text[]))[1 + n % 6]
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
                        WHERE b.title LIKE 'Benchmarkgevinst%'
                        """).update();
        jdbc.sql("""
                        INSERT INTO benefit_objective (benefit_id, objective_id)
                        SELECT b.id, o.id FROM benefit b
                        JOIN objective o ON o.programme_id = b.programme_id AND o.number = 1 + abs(hashtext(b.title)) % 11
                        WHERE b.title LIKE 'Benchmarkgevinst%'
                        """).update();
    }

    /** A monthly indicator on each generated benefit that has none. */
    private void fillIndicators() {
        jdbc.sql("""
                        INSERT INTO indicator (id, benefit_id, name, unit, direction, kind, frequency,
                            amber_tolerance, red_tolerance, scope)
                        SELECT gen_random_uuid(), b.id, 'Indikator for ' || b.code, 'minutter', 'LOWER_IS_BETTER',
                               'QUANTITATIVE', 'MONTH', 5, 15, 'PROGRAMME'
                        FROM benefit b
                        WHERE b.title LIKE 'Benchmarkgevinst%'
                          AND NOT EXISTS (SELECT 1 FROM indicator i WHERE i.benefit_id = b.id)
                        """).update();
        jdbc.sql(RegisterStatusCopy.INDICATOR_BENEFITS).update();
        jdbc.sql(RegisterStatusCopy.VALUATION_BENEFITS).update();
        jdbc.sql(RegisterStatusCopy.SYNC).update();
    }

    /** Monthly measurements spread evenly over the generated benefits' indicators, newest month first. */
    private void fillMeasurements(int count) {
        if (count <= 0) {
            return;
        }
        long indicators = jdbc.sql("SELECT count(*) FROM indicator i JOIN benefit b ON b.id = i.benefit_id"
                        + " WHERE b.title LIKE 'Benchmarkgevinst%'")
                .query(Long.class)
                .single();
        jdbc.sql("""
                        WITH ind AS (
                            SELECT i.id, row_number() OVER (ORDER BY i.id) - 1 AS r
                            FROM indicator i JOIN benefit b ON b.id = i.benefit_id
                            WHERE b.title LIKE 'Benchmarkgevinst%'),
                        org AS (SELECT id FROM organisation ORDER BY id LIMIT 1)
                        INSERT INTO measurement (id, indicator_id, value, period_start, period_end, organisation_id,
                            unit, source, confidence, recorded_by)
                        SELECT gen_random_uuid(), ind.id, (n % 100) + 0.5,
                               (date_trunc('month', current_date) - make_interval(months => (n / :c)::int + 1))::date,
                               (date_trunc('month', current_date) - make_interval(months => (n / :c)::int))::date - 1,
                               org.id, 'benchmark', 'API', 'HIGH', 'benchmark'
                        FROM generate_series(0, :count - 1) AS n
                        JOIN ind ON ind.r = n % :c
                        CROSS JOIN org
                        """).param("count", count).param("c", indicators).update();
    }

    /** A long history on one indicator: a hundred units a month, back from the months the spread fill covers. */
    private void fillDeep(UUID indicator) {
        long rows = jdbc.sql("SELECT count(*) FROM measurement WHERE indicator_id = :id AND unit LIKE 'dyp %'")
                .param("id", indicator)
                .query(Long.class)
                .single();
        if (rows >= DEEP) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO measurement (id, indicator_id, value, period_start, period_end, organisation_id,
                            unit, source, confidence, recorded_by)
                        SELECT gen_random_uuid(), :indicator, (n % 37) + 0.25,
                               (date_trunc('month', current_date) - make_interval(months => n / 100 + 1))::date,
                               (date_trunc('month', current_date) - make_interval(months => n / 100))::date - 1,
                               (SELECT id FROM organisation ORDER BY id LIMIT 1), 'dyp ' || (n % 100), 'API', 'HIGH',
                               'benchmark'
                        FROM generate_series(:from, :to - 1) AS n
                        """)
                .param("indicator", indicator)
                .param("from", (int) rows)
                .param("to", DEEP)
                .update();
    }

    private void search(BenefitQuery query) {
        users.runAs("kari", () -> benefits.search(query));
    }

    private static BenefitQuery query(String priorityArea, BenefitStatus status, String text) {
        return BenefitQuery.builder()
                .priorityArea(priorityArea)
                .status(status)
                .text(text)
                .build();
    }
}
