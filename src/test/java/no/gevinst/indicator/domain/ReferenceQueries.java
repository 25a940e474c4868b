package no.gevinst.indicator.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.gevinst.indicator.Measurement;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The queries the application read measurements with before the bounded reads and the roll-ups replaced them: kept
 * as the reference the tests hold the new reads to, straight from the raw rows.
 */
final class ReferenceQueries {

    private ReferenceQueries() {}

    /** Every measurement of the indicator, corrections included, by period and then as recorded. */
    static List<Measurement> measurements(JdbcClient jdbc, IndicatorId id) {
        return jdbc.sql(
                        "SELECT * FROM measurement WHERE indicator_id = :id ORDER BY period_end, period_start, recorded_at")
                .param("id", id.value())
                .query(MeasurementRepository::mapMeasurement)
                .list();
    }

    /**
     * The current measurements of the indicators in each one's latest periods, in one query: a ranking per
     * indicator rather than every measurement of every indicator read and sorted in Java.
     */
    static List<Measurement> latestCurrent(
            JdbcClient jdbc, Collection<IndicatorId> indicators, Collection<ProgrammeId> programmes, int periods) {
        return jdbc.sql("""
                        SELECT * FROM (
                            SELECT m.*, dense_rank() OVER (PARTITION BY m.indicator_id
                                                           ORDER BY m.period_end DESC, m.period_start DESC) AS recency
                            FROM measurement m
                            JOIN indicator i ON i.id = m.indicator_id
                            JOIN benefit b ON b.id = i.benefit_id
                            WHERE m.indicator_id = ANY(:ids) AND b.programme_id = ANY(:programmes)
                              AND m.superseded_by IS NULL) ranked
                        WHERE recency <= :periods
                        ORDER BY period_end, period_start, recorded_at
                        """)
                .param("ids", indicators.stream().map(IndicatorId::value).toArray(UUID[]::new))
                .param("programmes", programmes.stream().map(ProgrammeId::value).toArray(UUID[]::new))
                .param("periods", periods)
                .query(MeasurementRepository::mapMeasurement)
                .list();
    }

    /**
     * The current measurements of each indicator's latest period ending in each year from {@code fromYear} to
     * {@code toYear}, in one query. It walks each indicator's (indicator, period end) index backwards a year at a
     * time: the latest period end up to the last year, then the latest before the start of that period's year, and
     * so on. Each indicator thus costs one index probe per year it was measured in, plus one, whatever the number
     * of its measurements and of the years asked for. The measurements of the periods found are probed the same way:
     * OFFSET 0 keeps the planner from joining them by a merge over the whole index, which its guess at the walk's
     * size otherwise makes it choose.
     */
    static List<Measurement> latestOfEachYear(
            JdbcClient jdbc,
            Collection<IndicatorId> indicators,
            Collection<ProgrammeId> programmes,
            int fromYear,
            int toYear) {
        return jdbc.sql("""
                        WITH RECURSIVE latest (indicator_id, period_end) AS (
                            SELECT i.id, (SELECT max(l.period_end) FROM measurement l
                                          WHERE l.indicator_id = i.id AND l.superseded_by IS NULL
                                            AND l.period_end >= make_date(:fromYear, 1, 1)
                                            AND l.period_end < make_date(:toYear + 1, 1, 1))
                            FROM indicator i JOIN benefit b ON b.id = i.benefit_id
                            WHERE i.id = ANY(:ids) AND b.programme_id = ANY(:programmes)
                          UNION ALL
                            SELECT p.indicator_id, (SELECT max(l.period_end) FROM measurement l
                                                    WHERE l.indicator_id = p.indicator_id AND l.superseded_by IS NULL
                                                      AND l.period_end >= make_date(:fromYear, 1, 1)
                                                      AND l.period_end < date_trunc('year', p.period_end)::date)
                            FROM latest p WHERE p.period_end IS NOT NULL)
                        SELECT m.* FROM latest
                        CROSS JOIN LATERAL (SELECT * FROM measurement x
                                            WHERE x.indicator_id = latest.indicator_id
                                              AND x.period_end = latest.period_end AND x.superseded_by IS NULL
                                            OFFSET 0) m
                        ORDER BY m.indicator_id, m.period_end, m.recorded_at
                        """)
                .param("ids", indicators.stream().map(IndicatorId::value).toArray(UUID[]::new))
                .param("programmes", programmes.stream().map(ProgrammeId::value).toArray(UUID[]::new))
                .param("fromYear", fromYear)
                .param("toYear", toYear)
                .query(MeasurementRepository::mapMeasurement)
                .list();
    }
}
