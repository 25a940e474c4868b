package no.gevinst.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestParties;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Measurement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The query of {@link RecentPeriods} reads exactly the rows {@link RecentPeriods#select} selects from the whole
 * history (whose status {@code RecentPeriodsTest} holds equal to the status of every row): for random histories
 * with several units a period, some of them over a shorter period ending the same day, gaps, and corrected rows, also
 * in the latest periods. The dashboard's latest periods ({@link RecentPeriods#latest}) are held to ranking every row.
 */
@GevinstIntegrationTest
class RecentPeriodsIT {

    @Autowired
    RecentPeriods recent;

    @Autowired
    TestParties world;

    @Autowired
    JdbcClient jdbc;

    @Test
    void readsTheCurrentRowsOfTheLatestSixPeriodEndsOfEachIndicatorInOneQuery() {
        Random random = new Random(15);
        List<Indicator> indicators = java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> world.indicator(world.benefit("Siste perioder " + i)))
                .toList();
        for (Indicator indicator : indicators) {
            int months = random.nextInt(1, 40);
            jdbc.sql("""
                            INSERT INTO measurement (id, indicator_id, value, period_start, period_end, organisation_id,
                                unit, source, confidence, recorded_by)
                            SELECT gen_random_uuid(), :indicator, round((random() * 100)::numeric, 4),
                                   (DATE '2026-01-01' - make_interval(months => m))::date
                                       + CASE WHEN u = 3 AND m % 2 = 0 THEN 14 ELSE 0 END,
                                   (DATE '2026-02-01' - make_interval(months => m))::date - 1,
                                   :organisation, 'enhet ' || u, 'API', 'HIGH', 'test'
                            FROM generate_series(0, :months) AS m, generate_series(1, 3) AS u
                            WHERE random() < 0.7
                            """)
                    .param("indicator", indicator.id().value())
                    .param("organisation", world.owner().id().value())
                    .param("months", months)
                    .update();
            // Corrections: some rows, the latest among them, point to another row of the indicator.
            jdbc.sql("""
                            UPDATE measurement m SET superseded_by = (SELECT o.id FROM measurement o
                                WHERE o.indicator_id = m.indicator_id AND o.id <> m.id LIMIT 1),
                                supersede_reason = 'rettet'
                            WHERE m.indicator_id = :indicator AND (random() < 0.25 OR m.period_end = (
                                SELECT max(period_end) FROM measurement WHERE indicator_id = :indicator)
                                AND m.unit = 'enhet 1')
                            """).param("indicator", indicator.id().value()).update();
        }

        var read = recent.measurements(indicators.stream().map(Indicator::id).toList());

        // The dashboard's latest periods: the same rows as ranking every measurement, for one to seven periods.
        var ids = indicators.stream().map(Indicator::id).toList();
        var programme = List.of(world.programme().id());
        for (int periods = 1; periods <= 7; periods++) {
            assertThat(recent.latest(ids, programme, periods))
                    .extracting(Measurement::id)
                    .containsExactlyInAnyOrderElementsOf(
                            ReferenceQueries.latestCurrent(jdbc, ids, programme, periods).stream()
                                    .map(Measurement::id)
                                    .toList());
        }

        for (Indicator indicator : indicators) {
            List<Measurement> expected = RecentPeriods.select(ReferenceQueries.measurements(jdbc, indicator.id()));
            assertThat(read.getOrDefault(indicator.id(), List.of()))
                    .extracting(Measurement::id)
                    .containsExactlyInAnyOrderElementsOf(
                            expected.stream().map(Measurement::id).toList());
        }
    }
}
