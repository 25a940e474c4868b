package no.gevinst.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Recomputes the stored traffic light and latest period of the generated indicators from their rows, in one pass
 * over the table, as {@code StatusCalculator} computes them for a trajectory with a single target: the latest
 * period's value is the mean of its units, its achievement is measured against the planned change, and the gap to
 * the trajectory's expected achievement on that day decides green, amber or red by the indicator's tolerances.
 */
final class RegionStatuses {

    private RegionStatuses() {}

    static void recompute(Connection connection, String codePrefix) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                WITH last AS (
                    SELECT indicator_id, max(period_end) AS period_end
                    FROM measurement WHERE superseded_by IS NULL GROUP BY indicator_id),
                latest AS (
                    SELECT l.indicator_id, l.period_end, avg(m.value) AS value
                    FROM last l JOIN measurement m
                      ON m.indicator_id = l.indicator_id AND m.period_end = l.period_end AND m.superseded_by IS NULL
                    GROUP BY l.indicator_id, l.period_end),
                gaps AS (
                    SELECT i.id, x.period_end, i.amber_tolerance, i.red_tolerance,
                           round(((CASE WHEN x.period_end <= b.period_end THEN 0
                                        WHEN x.period_end >= t.target_date THEN 1
                                        ELSE (x.period_end - b.period_end)::numeric
                                             / (t.target_date - b.period_end) END)
                                  - (x.value - b.value) / (t.value - b.value)) * 100, 2) AS gap
                    FROM indicator i
                    JOIN benefit f ON f.id = i.benefit_id AND f.code LIKE ? || '%'
                    LEFT JOIN latest x ON x.indicator_id = i.id
                    LEFT JOIN baseline b ON b.indicator_id = i.id
                    LEFT JOIN LATERAL (SELECT target_date, value FROM target_point p WHERE p.indicator_id = i.id
                                       ORDER BY target_date DESC LIMIT 1) t ON true)
                UPDATE indicator i
                SET last_period_end = g.period_end,
                    rag = CASE WHEN g.gap IS NULL THEN 'NONE'
                               WHEN g.gap <= g.amber_tolerance THEN 'GREEN'
                               WHEN g.gap <= g.red_tolerance THEN 'AMBER'
                               ELSE 'RED' END
                FROM gaps g WHERE g.id = i.id
                """)) {
            update.setString(1, codePrefix);
            update.executeUpdate();
        }
        try (var sync = connection.prepareStatement(RegisterStatusCopy.SYNC)) {
            sync.executeUpdate();
        }
    }
}
