package no.gevinst.portfolio.domain;

import static no.gevinst.TestProgrammes.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestIndicators;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.benefit.Benefit;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.Dashboards;
import no.gevinst.programme.Programme;
import no.gevinst.shared.NotFoundException;
import no.gevinst.valuation.AssumptionInputBuilder;
import no.gevinst.valuation.EconomicSettings;
import no.gevinst.valuation.ValuationInputs;
import no.gevinst.valuation.Valuations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A kept dashboard is served only while nothing it shows has changed: after random writes through the services, the
 * dashboard served equals one computed afresh, to the øre; every table the dashboard reads moves the generation; and
 * what one user was shown is never served to another.
 */
@GevinstIntegrationTest
class DashboardCacheIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** The tables no dashboard reads (V26); a table added to the schema must join one list or the other. */
    private static final Set<String> NEVER_SHOWN = Set.of(
            "flyway_schema_history",
            "spring_session",
            "spring_session_attributes",
            "audit_log",
            "login_throttle",
            "periodic_task",
            "event_publication",
            "import_job",
            "api_token",
            "api_token_scope",
            "user_identity",
            "dashboard_generation",
            "dashboard_change",
            "dashboard_part_generation",
            "dashboard_change_part");

    @Autowired
    Dashboards dashboards;

    @Autowired
    DashboardService computed;

    @Autowired
    DashboardCache cache;

    @Autowired
    Valuations valuations;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DashboardGeneration generation;

    @Autowired
    ProgrammeParts parts;

    @Autowired
    no.gevinst.TestParties world;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void afterEachRandomWriteTheDashboardServedEqualsOneComputedAfresh() {
        Programme programme = testProgrammes.create();
        List<Benefit> priced = new ArrayList<>();
        long[] versions = {0, -1}; // the settings' version, the assumption's (none yet)
        users.runAs(COORDINATOR, () -> valuations.saveSettings(programme.id(), EconomicSettings.defaults(2026, 2030)));
        versions[0] = 1;
        Random random = new Random(15);
        for (int step = 0; step < 10; step++) {
            Dashboard before = served(programme);
            int action = step == 0 ? 1 : random.nextInt(5);
            switch (action) {
                case 0 -> testProgrammes.bareBenefit(programme, "Uprisa gevinst " + step);
                case 1 -> versions[1] = nurses(programme, 5 + random.nextInt(20), versions[1]);
                case 2 -> {
                    Benefit b = testProgrammes.bareBenefit(programme, "Tidsgevinst " + step, "CAPACITY");
                    priced.add(b);
                    users.runAs(COORDINATOR, () -> valuations.setModel(b.id(), timeSaving(100 + random.nextInt(200))));
                }
                case 3 -> {
                    int last = 2028 + random.nextInt(5);
                    versions[0] = users.callAs(
                            COORDINATOR,
                            () -> valuations.saveSettings(
                                    programme.id(), EconomicSettings.defaults(2026, last), versions[0]));
                }
                default -> {
                    // A write elsewhere moves the generation too: the dashboard is recomputed, and must come out equal.
                    jdbc.sql("UPDATE periodic_task SET last_run_at = last_run_at WHERE false")
                            .update();
                    testProgrammes.bareBenefit(testProgrammes.create(), "Annet program " + step);
                }
            }
            Dashboard served = served(programme);
            assertThat(served).as("step %d, action %d", step, action).isEqualTo(fresh(programme));
            assertThat(served(programme)).as("asked again unchanged").isSameAs(served);
            if (action == 0 || action == 2) {
                assertThat(served).as("step %d added a benefit", step).isNotEqualTo(before);
            }
        }
        assertThat(priced).isNotEmpty();
        assertThat(served(programme).years()).isNotEmpty();
    }

    @Test
    void whatOneUserWasShownIsNeverServedToAnother() {
        Programme programme = testProgrammes.create();
        testProgrammes.bareBenefit(programme, "Bare portvokteren ser");
        Dashboard coordinators = served(programme);
        assertThat(coordinators.register().total()).isEqualTo(1);

        assertThatThrownBy(() -> users.callAs("kari", () -> dashboards.of(programme.id(), TODAY)))
                .isInstanceOf(NotFoundException.class);
        Dashboard admins = users.callAs(TestUsers.ADMIN, () -> dashboards.of(programme.id(), TODAY));
        assertThat(admins).isEqualTo(coordinators).isNotSameAs(coordinators);
    }

    @Test
    void aCommittedWriteMovesTheGenerationOnceAndOneRolledBackOrOnlyReadingNot() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        long start = generation();
        tx.executeWithoutResult(s -> {
            jdbc.sql("UPDATE programme SET name = name WHERE false").update();
            jdbc.sql("UPDATE organisation SET name = name WHERE false").update();
            // Not yet: the number moves at the commit, with the data.
            assertThat(generation()).isEqualTo(start);
        });
        assertThat(generation()).isEqualTo(start + 1);
        tx.executeWithoutResult(s -> {
            jdbc.sql("UPDATE benefit SET title = title WHERE false").update();
            s.setRollbackOnly();
        });
        tx.executeWithoutResult(
                s -> jdbc.sql("SELECT count(*) FROM benefit").query(Long.class).single());
        jdbc.sql("UPDATE periodic_task SET last_run_at = last_run_at WHERE false")
                .update();
        jdbc.sql("UPDATE app_user SET last_sign_in_at = last_sign_in_at WHERE false")
                .update();
        assertThat(generation()).isEqualTo(start + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM dashboard_change")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void everyTableEitherMovesTheGenerationOrIsNamedAsNeverShown() {
        List<String> without = jdbc.sql("""
                        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
                          AND NOT EXISTS (SELECT 1 FROM pg_trigger t
                                          WHERE t.tgrelid = c.oid AND t.tgname = 'dashboard_touched')
                        """).query(String.class).list();
        assertThat(new TreeSet<>(without)).containsExactlyElementsOf(new TreeSet<>(NEVER_SHOWN));
    }

    @Test
    void aMeasurementMovesOnlyItsProgrammesGenerationAndTheDashboardStaysExact() {
        no.gevinst.indicator.Indicator indicator = world.indicator(world.benefit("Målt etter skriving"));
        no.gevinst.shared.ProgrammeId measured = world.programme().id();
        Programme other = testProgrammes.create();
        testProgrammes.bareBenefit(other, "Urørt gevinst");
        Dashboard before = users.callAs(TestUsers.ADMIN, () -> dashboards.of(measured, TODAY));
        DashboardGeneration.Generations start = generation.read();
        jdbc.sql("""
                        INSERT INTO measurement (id, indicator_id, value, period_start, period_end, organisation_id,
                            unit, source, confidence, recorded_by)
                        VALUES (gen_random_uuid(), :indicator, 42, DATE '2026-01-01', DATE '2026-01-31',
                                :organisation, 'enhet', 'API', 'HIGH', 'test')
                        """)
                .param("indicator", indicator.id().value())
                .param("organisation", world.owner().id().value())
                .update();
        DashboardGeneration.Generations after = generation.read();
        assertThat(after.whole()).isEqualTo(start.whole() + 1);
        assertThat(after.of(measured).own()).isEqualTo(start.of(measured).own() + 1);
        assertThat(after.of(measured).others()).isEqualTo(start.of(measured).others());
        assertThat(after.of(other.id())).isEqualTo(start.of(other.id()));

        Dashboard served = users.callAs(TestUsers.ADMIN, () -> dashboards.of(measured, TODAY));
        assertThat(served).isNotSameAs(before);
        assertThat(served).isEqualTo(users.callAs(TestUsers.ADMIN, () -> computed.of(measured, TODAY)));
        // A correction of the measurement, then its deletion: each moves the programme's number, never the others'.
        jdbc.sql("UPDATE measurement SET value = 43 WHERE indicator_id = :indicator")
                .param("indicator", indicator.id().value())
                .update();
        jdbc.sql("DELETE FROM measurement WHERE indicator_id = :indicator")
                .param("indicator", indicator.id().value())
                .update();
        DashboardGeneration.Generations end = generation.read();
        assertThat(end.of(measured).own())
                .isGreaterThanOrEqualTo(after.of(measured).own() + 2);
        assertThat(end.of(measured).others()).isEqualTo(start.of(measured).others());
        assertThat(users.callAs(TestUsers.ADMIN, () -> dashboards.of(measured, TODAY)))
                .isEqualTo(users.callAs(TestUsers.ADMIN, () -> computed.of(measured, TODAY)));
    }

    @Test
    void thePortfolioAddedUpProgrammeByProgrammeEqualsItCountedAndReckonedAsAWhole() {
        // Quantitative indicators of the demo's priced benefits: measuring them in 2026 moves the realised kroner.
        List<java.util.UUID> measurable =
                jdbc.sql("""
                        SELECT i.id FROM indicator i JOIN benefit b ON b.id = i.benefit_id
                        JOIN benefit_valuation v ON v.benefit_id = b.id
                        WHERE i.kind = 'QUANTITATIVE' ORDER BY i.id LIMIT 6
                        """).query(java.util.UUID.class).list();
        assertThat(measurable).isNotEmpty();
        List<Programme> mine = new ArrayList<>(List.of(testProgrammes.create()));
        Random random = new Random(27);
        try {
            for (int step = 0; step < 6; step++) {
                int action = random.nextInt(4);
                switch (action) {
                    case 0, 1 ->
                        jdbc.sql("""
                                    INSERT INTO measurement (id, indicator_id, value, period_start, period_end,
                                        organisation_id, unit, source, confidence, recorded_by)
                                    VALUES (gen_random_uuid(), :indicator, :value, :start, :end, :organisation,
                                            'enhet', 'API', 'HIGH', 'dashboard-cache-it')
                                    """)
                                .param("indicator", measurable.get(random.nextInt(measurable.size())))
                                .param("value", random.nextInt(200))
                                .param("start", LocalDate.of(2026, 1 + step, 1))
                                .param(
                                        "end",
                                        LocalDate.of(2026, 1 + step, 1)
                                                .plusMonths(1)
                                                .minusDays(1))
                                .param("organisation", world.owner().id().value())
                                .update();
                    case 2 ->
                        testProgrammes.bareBenefit(
                                mine.get(random.nextInt(mine.size())), "Talt for seg " + step, "CAPACITY");
                    default -> mine.add(testProgrammes.create());
                }
                Dashboard served = users.callAs(TestUsers.ADMIN, () -> dashboards.of(null, TODAY));
                Dashboard whole = users.callAs(TestUsers.ADMIN, () -> computed.of(null, TODAY));
                assertThat(served).as("step %d, action %d", step, action).isEqualTo(whole);
                assertThat(served.years()).as("realised kroner reckoned").anyMatch(y -> y.realised() != null);
                assertThat(served.register().byArea())
                        .containsExactlyEntriesOf(whole.register().byArea());
            }
            assertThat(parts.size()).as("figures kept per programme").isPositive();
        } finally {
            jdbc.sql("DELETE FROM measurement WHERE recorded_by = 'dashboard-cache-it'")
                    .update();
        }
    }

    @Test
    void afterAMeasurementInOneProgrammeThePortfolioEqualsAFreshComputationWithItsRegisterKept() {
        // A programme of this test's own, so that no other test's writes move its numbers.
        no.gevinst.indicator.Indicator indicator = world.indicator(world.benefit("Målt, registeret urørt"));
        no.gevinst.shared.ProgrammeId measured = world.programme().id();
        // A quantitative indicator of a priced demo benefit too: its measurement moves realised kroner.
        java.util.UUID priced = jdbc.sql("""
                        SELECT i.id FROM indicator i JOIN benefit b ON b.id = i.benefit_id
                        JOIN benefit_valuation v ON v.benefit_id = b.id
                        WHERE i.kind = 'QUANTITATIVE' ORDER BY i.id LIMIT 1
                        """).query(java.util.UUID.class).single();
        Dashboard before = users.callAs(TestUsers.ADMIN, () -> dashboards.of(null, TODAY));
        try {
            DashboardGeneration.Generations start = generation.read();
            for (java.util.UUID id : List.of(indicator.id().value(), priced)) {
                jdbc.sql("""
                                INSERT INTO measurement (id, indicator_id, value, period_start, period_end,
                                    organisation_id, unit, source, confidence, recorded_by)
                                VALUES (gen_random_uuid(), :indicator, 1, DATE '2026-10-01', DATE '2026-10-31',
                                        :organisation, 'enhet', 'API', 'HIGH', 'dashboard-after-write-it')
                                """)
                        .param("indicator", id)
                        .param("organisation", world.owner().id().value())
                        .update();
            }
            // The status a measurement leaves on its indicator (and the register's copy of it) moves the programme's
            // number, not its register's.
            TestIndicators.statusLeft(jdbc, indicator.id(), "RED", LocalDate.of(2026, 10, 31));
            DashboardGeneration.Generations after = generation.read();
            assertThat(after.of(measured).own())
                    .isGreaterThan(start.of(measured).own());
            assertThat(after.registerOf(measured).own())
                    .isEqualTo(start.registerOf(measured).own());

            Dashboard served = users.callAs(TestUsers.ADMIN, () -> dashboards.of(null, TODAY));
            assertThat(served).isNotSameAs(before);
            assertThat(served).isEqualTo(users.callAs(TestUsers.ADMIN, () -> computed.of(null, TODAY)));
            assertThat(users.callAs(TestUsers.ADMIN, () -> dashboards.of(measured, TODAY)))
                    .isEqualTo(users.callAs(TestUsers.ADMIN, () -> computed.of(measured, TODAY)));

            // Renaming the indicator changes what the double counting reads: the register's number moves too.
            jdbc.sql("UPDATE indicator SET name = name || ' (omdøypt)' WHERE id = :indicator")
                    .param("indicator", indicator.id().value())
                    .update();
            assertThat(generation.read().registerOf(measured).own())
                    .isGreaterThan(after.registerOf(measured).own());
            assertThat(users.callAs(TestUsers.ADMIN, () -> dashboards.of(null, TODAY)))
                    .isEqualTo(users.callAs(TestUsers.ADMIN, () -> computed.of(null, TODAY)));
        } finally {
            jdbc.sql("DELETE FROM measurement WHERE recorded_by = 'dashboard-after-write-it'")
                    .update();
        }
    }

    private Dashboard served(Programme programme) {
        return users.callAs(COORDINATOR, () -> dashboards.of(programme.id(), TODAY));
    }

    private Dashboard fresh(Programme programme) {
        // Not through the parts kept across readings: everything read afresh.
        return users.callAs(COORDINATOR, () -> computed.of(programme.id(), TODAY));
    }

    private long generation() {
        return jdbc.sql("SELECT generation FROM dashboard_generation")
                .query(Long.class)
                .single();
    }

    /** Sets the nurses to {@code count}; returns the assumption's version. */
    private long nurses(Programme programme, int count, long version) {
        ValuationInputs.AssumptionInput input = AssumptionInputBuilder.number("sykepleiere", String.valueOf(count))
                .unit("personer")
                .source("Bemanningsplan")
                .build();
        return users.callAs(
                COORDINATOR,
                () -> valuations.saveAssumption(
                        programme.id(), version < 0 ? input : input.withVersion(String.valueOf(version))));
    }

    private static ValuationInputs.ModelInput timeSaving(int minutes) {
        return new ValuationInputs.ModelInput(
                "OWN_ORGANISATION",
                "TIME_SAVING",
                Map.of(
                        "persons", "sykepleiere",
                        "minutesPerPeriod", String.valueOf(minutes),
                        "periodsPerYear", "220",
                        "hourlyCost", "600"),
                "2026",
                "CUMULATIVE",
                List.of("50", "100"));
    }
}
