package no.gevinst.indicator.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import no.gevinst.indicator.AnnualActual;
import no.gevinst.indicator.StatusCalculator;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the figures the database keeps up to date as measurements are written (migration V23: triggers on
 * {@code measurement} maintain {@code measurement_period_total} and {@code indicator_annual_actual} in the writing
 * transaction), so that a reader pays for the figures it shows, not for the measurement history behind them.
 */
@Repository
class MeasurementRollups {

    /** As {@code StatusCalculator.periodValue} divides the sum of a period's values by their number. */
    private static final MathContext MEAN = MathContext.DECIMAL64;

    private final JdbcClient jdbc;

    MeasurementRollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Each indicator's series over its {@value StatusCalculator#RECENT_POINTS} latest period ends, as its status
     * takes it (the mean of the units that reported each), from the period totals: a few rows per indicator however
     * many measurements lie behind them. Indicators never measured are absent.
     */
    Map<IndicatorId, TreeMap<LocalDate, BigDecimal>> recentSeries(Collection<IndicatorId> indicators) {
        Map<IndicatorId, TreeMap<LocalDate, BigDecimal>> series = new HashMap<>();
        jdbc.sql("""
                        SELECT i.id AS indicator_id, p.period_end, p.total, p.reports
                        FROM unnest(CAST(:ids AS uuid[])) AS i (id)
                        CROSS JOIN LATERAL (
                            SELECT t.period_end, sum(t.total) AS total, sum(t.reports) AS reports
                            FROM measurement_period_total t WHERE t.indicator_id = i.id
                            GROUP BY t.period_end ORDER BY t.period_end DESC LIMIT :points) p
                        """)
                .param(
                        "ids",
                        indicators.stream().map(IndicatorId::value).distinct().toArray(UUID[]::new))
                .param("points", StatusCalculator.RECENT_POINTS)
                .query(rs -> {
                    series.computeIfAbsent(
                                    new IndicatorId(rs.getObject("indicator_id", UUID.class)), k -> new TreeMap<>())
                            .put(
                                    rs.getObject("period_end", LocalDate.class),
                                    StatusCalculator.periodValue(rs.getBigDecimal("total"), rs.getLong("reports")));
                });
        return series;
    }

    /**
     * Each indicator's actual in each year from {@code fromYear} to {@code toYear}, for those of the indicators that
     * belong to the given programmes, ordered by year; one index probe per indicator. The indicators are found
     * allowed first, by their ids (a join from the actuals had the planner read every indicator of the region: 15 ms
     * against 6 ms for a programme's 858 priced indicators over seven years).
     */
    Map<IndicatorId, List<AnnualActual>> annualActuals(
            Collection<IndicatorId> indicators, Collection<ProgrammeId> programmes, int fromYear, int toYear) {
        Map<IndicatorId, List<AnnualActual>> actuals = new HashMap<>();
        jdbc.sql("""
                        WITH allowed AS MATERIALIZED (
                            SELECT i.id FROM indicator i
                            JOIN indicator_benefit_scope b ON b.benefit_id = i.benefit_id
                            WHERE i.id = ANY(:ids) AND b.programme_id = ANY(:programmes))
                        SELECT a.indicator_id, a.year, a.period_start, a.period_end, a.total, a.reports,
                               a.last_recorded_at
                        FROM allowed JOIN indicator_annual_actual a ON a.indicator_id = allowed.id
                        WHERE a.year BETWEEN :fromYear AND :toYear AND a.reports > 0
                        ORDER BY a.indicator_id, a.year
                        """)
                .param("ids", indicators.stream().map(IndicatorId::value).toArray(UUID[]::new))
                .param("programmes", programmes.stream().map(ProgrammeId::value).toArray(UUID[]::new))
                .param("fromYear", fromYear)
                .param("toYear", toYear)
                .query((rs, n) -> {
                    int reports = rs.getInt("reports");
                    BigDecimal total = rs.getBigDecimal("total");
                    return new AnnualActual(
                            new IndicatorId(rs.getObject("indicator_id", UUID.class)),
                            rs.getInt("year"),
                            rs.getObject("period_start", LocalDate.class),
                            rs.getObject("period_end", LocalDate.class),
                            total.divide(BigDecimal.valueOf(reports), MEAN),
                            reports,
                            LocalDate.ofInstant(
                                    rs.getTimestamp("last_recorded_at").toInstant(), NorwegianTime.zone()));
                })
                .list()
                .forEach(a -> actuals.computeIfAbsent(a.indicator(), k -> new ArrayList<>())
                        .add(a));
        return actuals;
    }
}
