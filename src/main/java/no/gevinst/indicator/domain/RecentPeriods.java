package no.gevinst.indicator.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.gevinst.indicator.Baseline;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Measurement;
import no.gevinst.indicator.StatusCalculator;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what an indicator's status is computed from, for many indicators at once and without reading their whole
 * history: {@link StatusCalculator} looks only at the latest period and the {@link StatusCalculator#RECENT_POINTS}
 * latest period ends, so the current measurements of those period ends give the very status that all of them give
 * ({@code RecentPeriodsTest} proves it). A page thus costs the same few queries whatever the number of benefits it
 * shows and the number of measurements behind them.
 */
@Component
class RecentPeriods {

    /** How many of each indicator's latest period ends are read: as many as the status looks at. */
    static final int PERIODS = StatusCalculator.RECENT_POINTS;

    private final JdbcClient jdbc;

    RecentPeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The indicators of each of the benefits, in the order a benefit lists them; benefits without any are absent. */
    Map<BenefitId, List<Indicator>> indicatorsOf(Collection<BenefitId> benefits) {
        Map<BenefitId, List<Indicator>> byBenefit = new LinkedHashMap<>();
        if (benefits.isEmpty()) {
            return byBenefit;
        }
        jdbc.sql("SELECT * FROM indicator WHERE benefit_id = ANY(:ids) ORDER BY lower(name), id")
                .param("ids", benefits.stream().map(BenefitId::value).toArray(UUID[]::new))
                .query(IndicatorRepository::map)
                .list()
                .forEach(i -> byBenefit
                        .computeIfAbsent(i.benefit(), k -> new ArrayList<>())
                        .add(i));
        return byBenefit;
    }

    /** The baselines of those of the indicators that have one. */
    Map<IndicatorId, Baseline> baselines(Collection<IndicatorId> indicators) {
        Map<IndicatorId, Baseline> baselines = new HashMap<>();
        if (indicators.isEmpty()) {
            return baselines;
        }
        jdbc.sql("SELECT * FROM baseline WHERE indicator_id = ANY(:ids)")
                .param("ids", ids(indicators))
                .query((rs, n) -> Map.entry(
                        new IndicatorId(rs.getObject("indicator_id", UUID.class)),
                        TrajectoryRepository.mapBaseline(rs)))
                .list()
                .forEach(e -> baselines.put(e.getKey(), e.getValue()));
        return baselines;
    }

    /**
     * The current measurements of each indicator's {@link #PERIODS} latest period ends, in one query; indicators never
     * measured are absent. It walks each indicator's (indicator, period end) index backwards one period end at a
     * time, so an indicator costs {@link #PERIODS} index probes plus the rows of those periods, however long its
     * history. OFFSET 0 keeps the planner from joining the periods found to the measurements by a merge over the
     * whole index.
     */
    Map<IndicatorId, List<Measurement>> measurements(Collection<IndicatorId> indicators) {
        return measurements(indicators, ANY_DAY);
    }

    /** No bound on the latest period end: PostgreSQL's date {@code infinity}. */
    static final String ANY_DAY = "infinity";

    /**
     * The same, among the periods that end by the day given (an ISO date, or {@link #ANY_DAY}): what a report for a
     * past period was measured from, leaving out what was measured after it.
     */
    Map<IndicatorId, List<Measurement>> measurements(Collection<IndicatorId> indicators, String endedBy) {
        Map<IndicatorId, List<Measurement>> byIndicator = new HashMap<>();
        if (indicators.isEmpty()) {
            return byIndicator;
        }
        jdbc.sql("""
                        WITH RECURSIVE recent (indicator_id, period_end, n) AS (
                            SELECT i.id, (SELECT max(l.period_end) FROM measurement l
                                          WHERE l.indicator_id = i.id AND l.superseded_by IS NULL
                                            AND l.period_end <= CAST(:endedBy AS date)), 1
                            FROM unnest(CAST(:ids AS uuid[])) AS i(id)
                          UNION ALL
                            SELECT r.indicator_id, (SELECT max(l.period_end) FROM measurement l
                                                    WHERE l.indicator_id = r.indicator_id AND l.superseded_by IS NULL
                                                      AND l.period_end < r.period_end), r.n + 1
                            FROM recent r WHERE r.period_end IS NOT NULL AND r.n < :periods)
                        SELECT m.* FROM recent
                        CROSS JOIN LATERAL (SELECT * FROM measurement x
                                            WHERE x.indicator_id = recent.indicator_id
                                              AND x.period_end = recent.period_end AND x.superseded_by IS NULL
                                            OFFSET 0) m
                        ORDER BY m.indicator_id, m.period_end, m.period_start, m.recorded_at
                        """)
                .param("ids", ids(indicators))
                .param("periods", PERIODS)
                .param("endedBy", endedBy)
                .query(MeasurementRepository::mapMeasurement)
                .list()
                .forEach(m -> byIndicator
                        .computeIfAbsent(m.indicator(), k -> new ArrayList<>())
                        .add(m));
        return byIndicator;
    }

    /**
     * The current measurements of each indicator in its {@code periods} latest periods (by period end, then start),
     * for indicators of benefits in the programmes, in one query: the same rows as ranking every measurement of the
     * indicators ({@link IndicatorRepository#latestCurrent}), but ranking only the rows of the latest period ends,
     * among which the latest periods always lie, found by the walk of {@link #measurements}.
     */
    List<Measurement> latest(Collection<IndicatorId> indicators, Collection<ProgrammeId> programmes, int periods) {
        if (indicators.isEmpty() || periods < 1) {
            return List.of();
        }
        return jdbc.sql("""
                        WITH RECURSIVE shown AS (
                            SELECT i.id FROM indicator i JOIN indicator_benefit_scope b ON b.benefit_id = i.benefit_id
                            WHERE i.id = ANY(:ids) AND b.programme_id = ANY(:programmes)),
                        recent (indicator_id, period_end, n) AS (
                            SELECT s.id, (SELECT max(l.period_end) FROM measurement l
                                          WHERE l.indicator_id = s.id AND l.superseded_by IS NULL), 1
                            FROM shown s
                          UNION ALL
                            SELECT r.indicator_id, (SELECT max(l.period_end) FROM measurement l
                                                    WHERE l.indicator_id = r.indicator_id AND l.superseded_by IS NULL
                                                      AND l.period_end < r.period_end), r.n + 1
                            FROM recent r WHERE r.period_end IS NOT NULL AND r.n < :periods),
                        ranked AS (
                            SELECT m.*, dense_rank() OVER (PARTITION BY m.indicator_id
                                                           ORDER BY m.period_end DESC, m.period_start DESC) AS recency
                            FROM recent
                            CROSS JOIN LATERAL (SELECT * FROM measurement x
                                                WHERE x.indicator_id = recent.indicator_id
                                                  AND x.period_end = recent.period_end AND x.superseded_by IS NULL
                                                OFFSET 0) m)
                        SELECT * FROM ranked WHERE recency <= :periods
                        ORDER BY period_end, period_start, recorded_at
                        """)
                .param("ids", ids(indicators))
                .param("programmes", programmes.stream().map(ProgrammeId::value).toArray(UUID[]::new))
                .param("periods", periods)
                .query(MeasurementRepository::mapMeasurement)
                .list();
    }

    /**
     * What {@link #measurements} reads, from a list of all of an indicator's measurements: the current ones of its
     * {@link #PERIODS} latest current period ends. The property test holds the status of this selection to the
     * status of the whole list, and the integration test holds the query to this selection.
     */
    static List<Measurement> select(List<Measurement> all) {
        List<java.time.LocalDate> ends = all.stream()
                .filter(Measurement::isCurrent)
                .map(Measurement::periodEnd)
                .distinct()
                .sorted(java.util.Comparator.reverseOrder())
                .limit(PERIODS)
                .toList();
        return all.stream()
                .filter(Measurement::isCurrent)
                .filter(m -> ends.contains(m.periodEnd()))
                .toList();
    }

    private static UUID[] ids(Collection<IndicatorId> indicators) {
        return indicators.stream().map(IndicatorId::value).distinct().toArray(UUID[]::new);
    }
}
