package no.gevinst.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.BeforeProperty;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestIndicators;
import no.gevinst.TestUsers;
import no.gevinst.indicator.AnnualActual;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.Measurement;
import no.gevinst.indicator.StatusCalculator;
import no.gevinst.ingest.domain.ImportJobs;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.MeasurementId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestContextManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The roll-ups that triggers keep as measurements are written equal a recomputation from the raw rows, after any
 * sequence of inserts (by SQL and through the import), corrections and deletions; and the annual actuals read from
 * them equal those computed from the measurements as before the roll-ups existed.
 */
@GevinstIntegrationTest
class MeasurementRollupsIT {

    private static final List<String> ORGANISATIONS = List.of("883974832", "997005562");
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final List<IndicatorId> TEST_INDICATORS = new ArrayList<>();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestIndicators testIndicators;

    @Autowired
    TestUsers users;

    @Autowired
    Indicators indicators;

    @Autowired
    ImportJobs imports;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MeasurementRollups rollups;

    @Autowired
    RecentPeriods recentPeriods;

    @BeforeProperty
    void springContext() throws Exception {
        // jqwik runs this class, not JUnit Jupiter: the test JVM's cached application context is injected by hand.
        new TestContextManager(getClass()).prepareTestInstance(this);
        synchronized (TEST_INDICATORS) {
            while (TEST_INDICATORS.size() < 2) {
                Indicator i = testIndicators.create("Rull-opp " + TEST_INDICATORS.size(), null);
                TEST_INDICATORS.add(i.id());
            }
        }
    }

    @Property(tries = 40, shrinking = ShrinkingMode.BOUNDED)
    void maintainedRollupsEqualARecomputationFromTheRawRows(@ForAll("actions") List<Action> actions) {
        jdbc.sql("DELETE FROM measurement WHERE indicator_id = ANY(:ids)")
                .param("ids", ids())
                .update();
        for (Action action : actions) {
            action.apply(this);
        }
        assertThat(maintained()).isEqualTo(recomputed());
        assertThat(users.callAs("kari", () -> indicators.annualActuals(TEST_INDICATORS, 2023, 2026)))
                .isEqualTo(annualActualsFromTheMeasurements());
        assertThat(rollups.recentSeries(TEST_INDICATORS)).isEqualTo(seriesFromTheMeasurements());
    }

    /** The status's series as computed from the current measurements of the latest period ends (issue 15). */
    private Map<IndicatorId, TreeMap<LocalDate, java.math.BigDecimal>> seriesFromTheMeasurements() {
        Map<IndicatorId, TreeMap<LocalDate, java.math.BigDecimal>> series = new java.util.HashMap<>();
        recentPeriods.measurements(TEST_INDICATORS).forEach((id, rows) -> {
            Map<LocalDate, List<java.math.BigDecimal>> byEnd = new TreeMap<>();
            rows.forEach(m ->
                    byEnd.computeIfAbsent(m.periodEnd(), k -> new ArrayList<>()).add(m.value()));
            TreeMap<LocalDate, java.math.BigDecimal> values = new TreeMap<>();
            byEnd.forEach((end, v) -> values.put(end, StatusCalculator.periodValue(v)));
            series.put(id, values);
        });
        return series;
    }

    @Property(tries = 5)
    void deletingAnIndicatorTakesItsRollupsWithIt(@ForAll("rows") List<Row> rows) {
        IndicatorId doomed = testIndicators.create("Rull-opp som slettes", null).id();
        new Insert(rows).insert(this, List.of(doomed));
        jdbc.sql("DELETE FROM indicator WHERE id = :id")
                .param("id", doomed.value())
                .update();
        assertThat(maintained()).isEqualTo(recomputed());
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<Action> insert = rows().map(Insert::new);
        Arbitrary<Action> importing = rows().map(Import::new);
        Arbitrary<Action> correct = Combinators.combine(Arbitraries.integers().between(0, 1000), value())
                .as(Correct::new);
        Arbitrary<Action> delete = Arbitraries.integers()
                .between(0, 1000)
                .list()
                .ofMinSize(1)
                .ofMaxSize(4)
                .map(Delete::new);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(4, insert),
                        net.jqwik.api.Tuple.of(2, importing),
                        net.jqwik.api.Tuple.of(3, correct),
                        net.jqwik.api.Tuple.of(2, delete))
                .list()
                .ofMinSize(1)
                .ofMaxSize(10);
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<Row> row = Combinators.combine(
                        Arbitraries.integers().between(0, 1),
                        Arbitraries.integers().between(0, 1),
                        Arbitraries.of("", "Post A", "Post B"),
                        Arbitraries.integers().between(0, 17),
                        Arbitraries.of(true, false),
                        value(),
                        Arbitraries.of("FORM", "API", "FILE"))
                .as(Row::new);
        return row.list().ofMinSize(1).ofMaxSize(12);
    }

    private static Arbitrary<BigDecimal> value() {
        return Arbitraries.bigDecimals()
                .between(new BigDecimal("-500"), new BigDecimal("500"))
                .ofScale(3);
    }

    /** A measurement: a month from January 2024, over that month or over it and the month before. */
    record Row(
            int indicator,
            int organisation,
            String unit,
            int month,
            boolean twoMonths,
            BigDecimal value,
            String source) {
        YearMonth end() {
            return YearMonth.of(2024, 1).plusMonths(month);
        }

        LocalDate start() {
            return (twoMonths ? end().minusMonths(1) : end()).atDay(1);
        }
    }

    sealed interface Action permits Insert, Import, Correct, Delete {
        void apply(MeasurementRollupsIT it);
    }

    /** Rows written by one SQL statement, as a bulk load would; those already recorded add nothing. */
    record Insert(List<Row> rows) implements Action {
        @Override
        public void apply(MeasurementRollupsIT it) {
            insert(it, TEST_INDICATORS);
        }

        void insert(MeasurementRollupsIT it, List<IndicatorId> to) {
            StringBuilder values = new StringBuilder();
            Map<String, Object> params = new LinkedHashMap<>();
            for (int n = 0; n < rows.size(); n++) {
                Row r = rows.get(n);
                values.append(n == 0 ? "" : ", ")
                        .append(
                                "(gen_random_uuid(), CAST(:i%1$d AS uuid), :v%1$d, CAST(:s%1$d AS date), CAST(:e%1$d AS date),"
                                                .formatted(n)
                                        + " (SELECT id FROM organisation WHERE organisation_number = :o%1$d), :u%1$d, :src%1$d,"
                                                .formatted(n)
                                        + " 'MEDIUM', 'test')");
                params.put("i" + n, to.get(r.indicator() % to.size()).toString());
                params.put("v" + n, r.value());
                params.put("s" + n, r.start().toString());
                params.put("e" + n, r.end().atEndOfMonth().toString());
                params.put("o" + n, ORGANISATIONS.get(r.organisation()));
                params.put("u" + n, r.unit());
                params.put("src" + n, r.source());
            }
            it.jdbc
                    .sql("INSERT INTO measurement (id, indicator_id, value, period_start, period_end, organisation_id,"
                            + " unit, source, confidence, recorded_by) VALUES " + values
                            + " ON CONFLICT DO NOTHING")
                    .params(params)
                    .update();
        }
    }

    /** Rows sent as a CSV file through the intake: all or nothing, so a refused file changes nothing. */
    record Import(List<Row> rows) implements Action {
        @Override
        public void apply(MeasurementRollupsIT it) {
            StringBuilder csv = new StringBuilder("indicator;organisation;subUnit;periodStart;periodEnd;value\n");
            for (Row r : rows) {
                csv.append(String.join(
                                ";",
                                TEST_INDICATORS.get(r.indicator()).toString(),
                                ORGANISATIONS.get(r.organisation()),
                                r.unit(),
                                r.start().toString(),
                                r.end().atEndOfMonth().toString(),
                                r.value().toPlainString()))
                        .append('\n');
            }
            try {
                it.users.callAs(
                        "kari",
                        () -> it.imports.importNow(
                                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "t.csv"));
            } catch (InvalidInputException refused) {
                // Overlapping periods or a changed value: the whole file is refused, which is fine here.
            }
        }
    }

    /** The n-th current measurement (modulo their number) corrected to a new value. */
    record Correct(int pick, BigDecimal value) implements Action {
        @Override
        public void apply(MeasurementRollupsIT it) {
            List<UUID> current = it.jdbc
                    .sql(
                            "SELECT id FROM measurement WHERE indicator_id = ANY(:ids) AND superseded_by IS NULL ORDER BY id")
                    .param("ids", it.ids())
                    .query(UUID.class)
                    .list();
            if (current.isEmpty()) {
                return;
            }
            MeasurementId id = new MeasurementId(current.get(pick % current.size()));
            try {
                it.users.callAs("kari", () -> it.indicators.correct(id, value, "Feil i uttrekket"));
            } catch (AccessDeniedException | InvalidInputException e) {
                throw new AssertionError("kari may correct every test measurement", e);
            }
        }
    }

    /** Measurements that no correction points to, deleted in one statement. */
    record Delete(List<Integer> picks) implements Action {
        @Override
        public void apply(MeasurementRollupsIT it) {
            List<UUID> all = it.jdbc
                    .sql("SELECT id FROM measurement WHERE indicator_id = ANY(:ids) ORDER BY id")
                    .param("ids", it.ids())
                    .query(UUID.class)
                    .list();
            if (all.isEmpty()) {
                return;
            }
            UUID[] doomed = picks.stream().map(p -> all.get(p % all.size())).toArray(UUID[]::new);
            it.jdbc.sql("""
                            DELETE FROM measurement m WHERE m.id = ANY(:doomed)
                              AND NOT EXISTS (SELECT 1 FROM measurement r WHERE r.superseded_by = m.id)
                            """).param("doomed", doomed).update();
        }
    }

    private UUID[] ids() {
        return TEST_INDICATORS.stream().map(IndicatorId::value).toArray(UUID[]::new);
    }

    /** Every roll-up row as text, so that a sum's scale counts too. */
    private List<String> maintained() {
        return jdbc.sql("""
                        SELECT 'period ' || t::text FROM measurement_period_total t
                        UNION ALL SELECT 'year ' || a::text FROM indicator_annual_actual a
                        ORDER BY 1
                        """).query(String.class).list();
    }

    /** The same after indicator_rollups_rebuild(), in a transaction rolled back afterwards. */
    private List<String> recomputed() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        return tx.execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("SELECT indicator_rollups_rebuild()").query((rs, n) -> 1).list();
            return maintained();
        });
    }

    /** As Indicators.annualActuals computed it from the measurements before issue 15. */
    private Map<IndicatorId, List<AnnualActual>> annualActualsFromTheMeasurements() {
        List<Measurement> latest = users.callAs(
                "kari",
                () -> ReferenceQueries.latestOfEachYear(
                        jdbc,
                        TEST_INDICATORS,
                        jdbc.sql("SELECT id FROM programme")
                                .query((rs, n) -> new no.gevinst.shared.ProgrammeId(rs.getObject(1, UUID.class)))
                                .list(),
                        2023,
                        2026));
        Map<IndicatorId, Map<LocalDate, List<Measurement>>> byPeriod = new LinkedHashMap<>();
        for (Measurement m : latest) {
            byPeriod.computeIfAbsent(m.indicator(), k -> new TreeMap<>())
                    .computeIfAbsent(m.periodEnd(), k -> new ArrayList<>())
                    .add(m);
        }
        Map<IndicatorId, List<AnnualActual>> actuals = new java.util.HashMap<>();
        byPeriod.forEach((id, periods) -> actuals.put(
                id, periods.values().stream().map(MeasurementRollupsIT::annual).toList()));
        return actuals;
    }

    private static AnnualActual annual(List<Measurement> reports) {
        Measurement first = reports.getFirst();
        return new AnnualActual(
                first.indicator(),
                first.periodEnd().getYear(),
                reports.stream()
                        .map(Measurement::periodStart)
                        .min(LocalDate::compareTo)
                        .orElseThrow(),
                first.periodEnd(),
                StatusCalculator.periodValue(
                        reports.stream().map(Measurement::value).toList()),
                reports.size(),
                reports.stream()
                        .map(Measurement::recordedAt)
                        .max(java.time.Instant::compareTo)
                        .map(at -> LocalDate.ofInstant(at, OSLO))
                        .orElseThrow());
    }
}
