package no.gevinst.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestIndicators;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.indicator.BaselineCommand;
import no.gevinst.indicator.BaselineInput;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorCommand;
import no.gevinst.indicator.IndicatorInput;
import no.gevinst.indicator.IndicatorInputBuilder;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.Measurement;
import no.gevinst.indicator.MeasurementCommand;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.indicator.TrajectoryCommand;
import no.gevinst.programme.Programme;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.NorwegianTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The register filters and counts by its own copy of the indicators' status (issue 21, V54), which the indicator
 * module's {@link IndicatorStatusChanged} keeps in the transaction of each write: the register shows a new light at
 * once, and after any mix of writes the copy is what the indicator table holds.
 */
@GevinstIntegrationTest
class IndicatorStatusCopyIT {

    private static final String COORDINATOR = TestProgrammes.COORDINATOR;

    @Autowired
    Indicators indicators;

    @Autowired
    Benefits benefits;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMeasurementThatTurnsAnIndicatorRedShowsInTheRegistersFilterAndCountsAtOnce() {
        Programme programme = testProgrammes.create();
        Benefit benefit = testProgrammes.bareBenefit(programme, "Kortere ventetid på svar");
        IndicatorId id = defined(benefit, "Dager til svar");
        assertThat(filtered(programme, IndicatorFilter.UNMEASURED)).contains(benefit.title());
        assertThat(tally(programme).indicatorsByRag()).containsEntry("NONE", 1L);
        assertThat(as(() -> benefits.warnings(List.of(benefit))).get(benefit.id()))
                .contains(HealthWarning.NO_MEASUREMENT);
        assertWarningsAgreeWithTheProfile(List.of(benefit));

        // No progress at all two years after the baseline: far behind the trajectory.
        record(programme, id, "15", "2025-05-01", "2025-05-31");

        assertThat(filtered(programme, IndicatorFilter.RED)).containsExactly(benefit.title());
        assertThat(filtered(programme, IndicatorFilter.UNMEASURED)).doesNotContain(benefit.title());
        assertThat(as(() -> benefits.warnings(benefit))).doesNotContain(HealthWarning.NO_MEASUREMENT);
        assertWarningsAgreeWithTheProfile(List.of(benefit));
        RegisterTally tally = tally(programme);
        assertThat(tally.byIndicator()).containsEntry(IndicatorFilter.RED, 1L);
        assertThat(tally.indicatorsByRag()).containsEntry("RED", 1L).doesNotContainKey("NONE");
        assertThat(tally.byIndicator()).containsEntry(IndicatorFilter.STALE, 1L);

        // On the trajectory in the latest month: green, and no longer stale.
        LocalDate end = NorwegianTime.today().withDayOfMonth(1).minusDays(1);
        record(programme, id, "5", end.withDayOfMonth(1).toString(), end.toString());
        assertThat(filtered(programme, IndicatorFilter.RED)).isEmpty();
        assertThat(filtered(programme, IndicatorFilter.GREEN)).containsExactly(benefit.title());
        assertThat(tally(programme).byIndicator())
                .containsEntry(IndicatorFilter.GREEN, 1L)
                .containsEntry(IndicatorFilter.STALE, 0L);
        assertCopyIsTheIndicatorTable(programme);
    }

    @Test
    void afterRandomWritesTheRegistersCopyIsWhatTheIndicatorTableHolds() {
        for (long seed : List.of(21L, 54L, 1_000L)) {
            Random random = new Random(seed);
            Programme programme = testProgrammes.create();
            List<Benefit> owned = List.of(
                    testProgrammes.bareBenefit(programme, "Tilfeldig A " + seed),
                    testProgrammes.bareBenefit(programme, "Tilfeldig B " + seed));
            List<IndicatorId> ids = new ArrayList<>();
            java.util.Set<String> recorded = new java.util.HashSet<>();
            for (int step = 0; step < 14; step++) {
                randomWrite(random, programme, owned, ids, recorded);
            }
            assertCopyIsTheIndicatorTable(programme);
            assertWarningsAgreeWithTheProfile(owned);
        }
    }

    /**
     * The register's and the API's warnings, read from the copy, are those the profile works out from each
     * indicator's status: a benefit is measured when one of its indicators has a latest value.
     */
    private void assertWarningsAgreeWithTheProfile(List<Benefit> owned) {
        java.util.Map<no.gevinst.shared.BenefitId, List<HealthWarning>> fromCopy = as(() -> benefits.warnings(owned));
        for (Benefit benefit : owned) {
            List<HealthWarning> fromStatus = as(() -> benefits.warnings(benefit, benefits.measurements(benefit)));
            assertThat(fromCopy.get(benefit.id())).as(benefit.title()).isEqualTo(fromStatus);
        }
    }

    /**
     * One write chosen at random: an indicator defined, a measurement recorded (of a period not yet recorded: a
     * different value for the same period would be refused), the latest corrected, the frequency changed.
     */
    private void randomWrite(
            Random random,
            Programme programme,
            List<Benefit> owned,
            List<IndicatorId> ids,
            java.util.Set<String> recorded) {
        int kind = ids.isEmpty() ? 0 : random.nextInt(5);
        switch (kind) {
            case 0 -> ids.add(defined(owned.get(random.nextInt(owned.size())), "Indikator " + ids.size()));
            case 1, 2 -> {
                LocalDate start = LocalDate.of(2023 + random.nextInt(3), 1 + random.nextInt(12), 1);
                String value = String.valueOf(1 + random.nextInt(20));
                IndicatorId id = pick(random, ids);
                if (recorded.add(id + " " + start)) {
                    record(
                            programme,
                            id,
                            value,
                            start.toString(),
                            start.plusMonths(1).minusDays(1).toString());
                }
            }
            case 3 -> correctLatest(random, pick(random, ids));
            default -> changeFrequency(random, pick(random, ids));
        }
    }

    private static IndicatorId pick(Random random, List<IndicatorId> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private void correctLatest(Random random, IndicatorId id) {
        List<Measurement> latest =
                as(() -> indicators.latestMeasurements(List.of(id), 1)).getOrDefault(id, List.of());
        if (!latest.isEmpty()) {
            as(() -> indicators.correct(
                    latest.getFirst().id(), BigDecimal.valueOf(1 + random.nextInt(20)), "Feil i uttrekket"));
        }
    }

    private void changeFrequency(Random random, IndicatorId id) {
        Indicator before = as(() -> indicators.find(id)).orElseThrow();
        String frequency = List.of("MONTH", "QUARTER", "YEAR").get(random.nextInt(3));
        IndicatorInput monthly = TestIndicators.monthlyInput(before.benefit().toString(), before.name(), null);
        IndicatorInput changed =
                IndicatorInputBuilder.from(monthly).frequency(frequency).build();
        as(() -> indicators.update(id, IndicatorCommand.parse(changed), before.version()));
    }

    /** A monthly indicator on the benefit from 15 in early 2023 down to 5 at the end of 2025. */
    private IndicatorId defined(Benefit benefit, String name) {
        IndicatorId id = as(() ->
                        indicators.create(TestIndicators.monthly(benefit.id().toString(), name, null)))
                .id();
        as(() -> indicators.setBaseline(
                id,
                BaselineCommand.parse(
                        new BaselineInput("15", "2023-01-01", "2023-03-31", "Tidsstudie", "Demo", "", "", "", ""))));
        as(() -> indicators.setTrajectory(id, TrajectoryCommand.parse(List.of("2025-12-31"), List.of("5"))));
        return id;
    }

    private void record(Programme programme, IndicatorId id, String value, String start, String end) {
        as(() -> indicators.record(
                id,
                MeasurementCommand.readAll(List.of(new MeasurementInput(
                        value, start, end, programme.owner().toString(), "", "", "Uttrekk", "HIGH", ""))),
                MeasurementSource.FORM));
    }

    /**
     * Every indicator of the programme's benefits has its copy, with its benefit, light, latest period and the day
     * that goes stale (only this test's programme: other tests write lights directly in SQL).
     */
    private void assertCopyIsTheIndicatorTable(Programme programme) {
        String ofProgramme = " WHERE benefit_id IN (SELECT id FROM benefit WHERE programme_id = :p)";
        String copy = "SELECT indicator_id, benefit_id, rag, last_period_end, stale_after FROM benefit_indicator_status"
                + ofProgramme;
        String table = """
                SELECT id, benefit_id, rag, last_period_end,
                       last_period_end + CASE frequency WHEN 'MONTH' THEN 46 WHEN 'QUARTER' THEN 137 ELSE 548 END
                FROM indicator""" + ofProgramme;
        assertThat(rows(table, programme)).as("the programme's indicators").isNotEmpty();
        List<List<Object>> missing = rows("(" + table + ") EXCEPT (" + copy + ")", programme);
        List<List<Object>> extra = rows("(" + copy + ") EXCEPT (" + table + ")", programme);
        assertThat(missing).as("indicators whose copy is missing or differs").isEmpty();
        assertThat(extra).as("copies that differ from their indicator").isEmpty();
    }

    private List<List<Object>> rows(String sql, Programme programme) {
        return jdbc.sql(sql)
                .param("p", programme.id().value())
                .query((rs, n) -> List.<Object>of(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        String.valueOf(rs.getObject(4, LocalDate.class))))
                .list();
    }

    private List<String> filtered(Programme programme, IndicatorFilter filter) {
        return as(
                () -> benefits
                        .list(BenefitQuery.builder()
                                .programme(programme.id())
                                .indicator(filter)
                                .build())
                        .stream()
                        .map(Benefit::title)
                        .toList());
    }

    private RegisterTally tally(Programme programme) {
        LocalDate today = NorwegianTime.today();
        return as(() -> benefits.tally(BenefitQuery.inProgramme(programme.id()), today, today.plusMonths(3)));
    }

    private <T> T as(Supplier<T> work) {
        return users.callAs(COORDINATOR, work);
    }
}
