package no.gevinst.golive.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.golive.BaselineAnchor;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which unit's go-live each indicator's baseline is set at. */
@Repository
class AnchorRepository {

    private final JdbcClient jdbc;

    AnchorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<BaselineAnchor> find(IndicatorId indicator) {
        return jdbc.sql("SELECT organisation_id, version FROM golive_baseline_anchor WHERE indicator_id = :id")
                .param("id", indicator.value())
                .query((rs, n) -> new BaselineAnchor(
                        indicator,
                        new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                        rs.getLong("version")))
                .optional();
    }

    /**
     * The go-live day of each of the anchored indicators: the wave of its unit in the programme of its benefit, or
     * else of the nearest organisation above the unit that is in one (a clinic goes live with its trust), its actual
     * day once recorded, else its planned one. One statement for any number of indicators; it reads the indicator,
     * benefit and organisation tables only for the keys that tie them together, as the anchor's own keys do.
     */
    Map<IndicatorId, LocalDate> goLiveDays(Collection<IndicatorId> indicators) {
        Map<IndicatorId, LocalDate> days = new HashMap<>();
        if (indicators.isEmpty()) {
            return days;
        }
        jdbc.sql("""
                        WITH RECURSIVE up (indicator_id, programme_id, organisation_id, depth) AS (
                            SELECT a.indicator_id, b.programme_id, a.organisation_id, 0
                            FROM golive_baseline_anchor a
                            JOIN indicator i ON i.id = a.indicator_id
                            JOIN benefit b ON b.id = i.benefit_id
                            WHERE a.indicator_id = ANY(:ids)
                          UNION ALL
                            SELECT up.indicator_id, up.programme_id, o.parent_id, up.depth + 1
                            FROM up JOIN organisation o ON o.id = up.organisation_id
                            WHERE o.parent_id IS NOT NULL AND up.depth < :maxDepth
                        )
                        SELECT DISTINCT ON (up.indicator_id) up.indicator_id,
                               COALESCE(w.actual_date, w.planned_date) AS day
                        FROM up
                        JOIN golive_wave_unit u ON u.programme_id = up.programme_id
                                               AND u.organisation_id = up.organisation_id
                        JOIN golive_wave w ON w.id = u.wave_id
                        ORDER BY up.indicator_id, up.depth
                        """)
                .param("ids", indicators.stream().map(IndicatorId::value).toArray(UUID[]::new))
                .param("maxDepth", ProgrammeUnits.MAX_DEPTH)
                .query((rs, n) -> days.put(
                        new IndicatorId(rs.getObject("indicator_id", UUID.class)),
                        rs.getDate("day").toLocalDate()))
                .list();
        return days;
    }

    /** Creates the anchor if none was there; answers whether it did (false when someone else made one first). */
    boolean insert(BaselineAnchor anchor) {
        return jdbc.sql("""
                                INSERT INTO golive_baseline_anchor (indicator_id, organisation_id, version)
                                VALUES (:id, :unit, :version) ON CONFLICT (indicator_id) DO NOTHING
                                """)
                        .param("id", anchor.indicator().value())
                        .param("unit", anchor.unit().value())
                        .param("version", anchor.version())
                        .update()
                == 1;
    }

    boolean update(BaselineAnchor anchor, long expectedVersion) {
        return jdbc.sql("""
                                UPDATE golive_baseline_anchor SET organisation_id = :unit, version = :version
                                WHERE indicator_id = :id AND version = :expected
                                """)
                        .param("id", anchor.indicator().value())
                        .param("unit", anchor.unit().value())
                        .param("version", anchor.version())
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    boolean delete(IndicatorId indicator, long expectedVersion) {
        return jdbc.sql("DELETE FROM golive_baseline_anchor WHERE indicator_id = :id AND version = :expected")
                        .param("id", indicator.value())
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }
}
