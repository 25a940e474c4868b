package no.gevinst.indicator.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.gevinst.indicator.Measurement;
import no.gevinst.indicator.MeasurementPaging;
import no.gevinst.indicator.OrganisationActual;
import no.gevinst.indicator.PeriodValue;
import no.gevinst.indicator.StatusCalculator;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the indicator page and the measurements API read of an indicator's history: one page of its measurements
 * and the period series the chart draws. Both walk the (indicator, period end) index from the newest period, so
 * their cost follows what is shown, not how long the history is.
 */
@Component
class MeasurementPages {

    /** How far back the chart reaches from the latest period: a monthly indicator's 120 periods. */
    static final int CHART_YEARS = 10;

    /** A bound on the points drawn should an indicator's period ends be closer than its frequency says. */
    static final int CHART_POINTS = 520;

    private final JdbcClient jdbc;

    MeasurementPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Page(List<Measurement> measurements, MeasurementPaging paging) {}

    /**
     * One page of the indicator's measurements, corrections included, newest period first. One row more than the
     * page holds is read to tell whether a next page exists: the history is never counted. The index gives the rows
     * by period end; the ties within a period are sorted incrementally, a period at a time.
     */
    Page page(IndicatorId id, int page, int size) {
        List<Measurement> rows = jdbc.sql("""
                        SELECT * FROM measurement WHERE indicator_id = :id
                        ORDER BY period_end DESC, period_start DESC, recorded_at DESC, id DESC
                        LIMIT :limit OFFSET :offset
                        """)
                .param("id", id.value())
                .param("limit", size + 1)
                .param("offset", (long) (page - 1) * size)
                .query(MeasurementRepository::mapMeasurement)
                .list();
        boolean hasNext = rows.size() > size;
        return new Page(
                hasNext ? List.copyOf(rows.subList(0, size)) : rows, new MeasurementPaging(page, size, hasNext));
    }

    /**
     * The newest current measurement with a comment, of a period ending on or before the day, in the page's order:
     * read back from that day along the index, however long the history is.
     */
    Optional<Measurement> latestCommented(IndicatorId id, LocalDate upTo) {
        return jdbc.sql("""
                        SELECT * FROM measurement
                        WHERE indicator_id = :id AND superseded_by IS NULL AND period_end <= :upTo
                          AND comment ~ '[^[:space:]]'
                        ORDER BY period_end DESC, period_start DESC, recorded_at DESC, id DESC
                        LIMIT 1
                        """)
                .param("id", id.value())
                .param("upTo", upTo)
                .query(MeasurementRepository::mapMeasurement)
                .optional();
    }

    /**
     * The organisation's latest period ending from {@code from} to {@code to}, from its current measurements (its units'
     * included: they are recorded under it), valued as {@link StatusCalculator#periodValue} values a period; with the
     * number of periods it measured in the window. Empty when it measured none there.
     */
    Optional<OrganisationActual> organisationActual(
            IndicatorId id, OrganisationId organisation, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        WITH own AS (
                            SELECT period_start, period_end, value FROM measurement
                            WHERE indicator_id = :id AND organisation_id = :org AND superseded_by IS NULL
                              AND period_end >= :from AND period_end <= :to)
                        SELECT period_end, min(period_start) AS period_start, sum(value) AS total, count(*) AS reports,
                               (SELECT count(DISTINCT period_end) FROM own) AS periods
                        FROM own WHERE period_end = (SELECT max(period_end) FROM own)
                        GROUP BY period_end
                        """)
                .param("id", id.value())
                .param("org", organisation.value())
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new OrganisationActual(
                        id,
                        organisation,
                        StatusCalculator.periodValue(rs.getBigDecimal("total"), rs.getLong("reports")),
                        rs.getObject("period_start", LocalDate.class),
                        rs.getObject("period_end", LocalDate.class),
                        rs.getLong("reports"),
                        rs.getLong("periods")))
                .optional();
    }

    /**
     * The value of each period in the {@link #CHART_YEARS} years up to the latest period end, oldest first: the sum
     * and number of the current measurements of each period are added up in the database, and divided here exactly
     * as {@link StatusCalculator#periodValue} divides, so the chart draws the figures the
     * status is computed from.
     */
    List<PeriodValue> series(IndicatorId id, LocalDate latest) {
        if (latest == null) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT period_end, sum(value) AS total, count(*) AS reports FROM measurement
                        WHERE indicator_id = :id AND superseded_by IS NULL AND period_end > :from
                          AND period_end <= :latest
                        GROUP BY period_end ORDER BY period_end DESC LIMIT :points
                        """)
                .param("id", id.value())
                .param("from", latest.minusYears(CHART_YEARS))
                .param("latest", latest)
                .param("points", CHART_POINTS)
                .query((rs, n) -> {
                    long reports = rs.getLong("reports");
                    BigDecimal total = rs.getBigDecimal("total");
                    return new PeriodValue(
                            rs.getObject("period_end", LocalDate.class),
                            StatusCalculator.periodValue(total, reports),
                            reports);
                })
                .list()
                .reversed();
    }
}
