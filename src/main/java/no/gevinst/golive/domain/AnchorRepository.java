package no.gevinst.golive.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import no.gevinst.golive.BaselineAnchor;
import no.gevinst.indicator.Indicators;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.RequestMemo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which unit's go-live each indicator's baseline is set at. */
@Repository
class AnchorRepository {

    private static final String MEMO = "golive:anchor:";

    private final JdbcClient jdbc;
    private final Indicators indicators;

    AnchorRepository(JdbcClient jdbc, Indicators indicators) {
        this.jdbc = jdbc;
        this.indicators = indicators;
    }

    /** An indicator's anchor with its unit's go-live day; null while the unit is in no wave. */
    record Anchored(BaselineAnchor anchor, LocalDate goLive) {}

    /**
     * The indicator's anchor. A page request that has already asked for the go-live days of its indicators ({@link
     * #anchored}) has it from then, rather than a read of its own.
     */
    Optional<BaselineAnchor> find(IndicatorId indicator) {
        return remembered(indicator, () -> anchorOf(indicator).map(anchor -> new Anchored(anchor, null)))
                .map(Anchored::anchor);
    }

    /** The anchor alone, without its go-live day. */
    private Optional<BaselineAnchor> anchorOf(IndicatorId indicator) {
        return jdbc.sql(
                        "SELECT indicator_id, organisation_id, version FROM golive_baseline_anchor WHERE indicator_id = :id")
                .param("id", indicator.value())
                .query((rs, n) -> anchor(rs))
                .optional();
    }

    private static BaselineAnchor anchor(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new BaselineAnchor(
                new IndicatorId(rs.getObject("indicator_id", UUID.class)),
                new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                rs.getLong("version"));
    }

    /**
     * The anchor of each of the indicators that have one, with the go-live day of its unit: the wave of the unit in
     * the programme of the indicator's benefit, or else of the nearest organisation above the unit that is in one (a
     * clinic goes live with its trust), its actual day once recorded, else its planned one. One statement for any
     * number of indicators, after the indicator module has told the programme of each ({@link
     * Indicators#programmesOf}); it reads the organisation table only for the keys that tie units together. Remembered
     * for the rest of a page request.
     */
    Map<IndicatorId, Anchored> anchored(Collection<IndicatorId> indicators) {
        Map<IndicatorId, Anchored> found = read(indicators);
        for (IndicatorId id : indicators) {
            Optional<Anchored> one = Optional.ofNullable(found.get(id));
            remembered(id, () -> one);
        }
        return found;
    }

    private static Optional<Anchored> remembered(IndicatorId id, Supplier<Optional<Anchored>> read) {
        return RequestMemo.remember(MEMO + id, read);
    }

    private Map<IndicatorId, Anchored> read(Collection<IndicatorId> indicators) {
        Map<IndicatorId, Anchored> found = new HashMap<>();
        if (indicators.isEmpty()) {
            return found;
        }
        Map<IndicatorId, ProgrammeId> programmes = this.indicators.programmesOf(indicators);
        List<IndicatorId> ids = List.copyOf(programmes.keySet());
        jdbc.sql(ANCHORED)
                .param("ids", ids.stream().map(IndicatorId::value).toArray(UUID[]::new))
                .param(
                        "programmes",
                        ids.stream().map(id -> programmes.get(id).value()).toArray(UUID[]::new))
                .param("maxDepth", ProgrammeUnits.MAX_DEPTH)
                .query((rs, n) -> {
                    java.sql.Date day = rs.getDate("day");
                    BaselineAnchor anchor = anchor(rs);
                    return found.put(anchor.indicator(), new Anchored(anchor, day == null ? null : day.toLocalDate()));
                })
                .list();
        return found;
    }

    /**
     * The anchors of the indicators given (each with the programme of its benefit), with the day their unit goes live
     * in that programme: its own wave's, or else the nearest organisation's above it that is in one.
     */
    private static final String ANCHORED = """
            WITH RECURSIVE asked (indicator_id, programme_id) AS (
                SELECT * FROM unnest(CAST(:ids AS uuid[]), CAST(:programmes AS uuid[]))
            ), up (indicator_id, programme_id, organisation_id, depth) AS (
                SELECT a.indicator_id, k.programme_id, a.organisation_id, 0
                FROM golive_baseline_anchor a JOIN asked k ON k.indicator_id = a.indicator_id
              UNION ALL
                SELECT up.indicator_id, up.programme_id, o.parent_id, up.depth + 1
                FROM up JOIN organisation o ON o.id = up.organisation_id
                WHERE o.parent_id IS NOT NULL AND up.depth < :maxDepth
            ), live AS (
                SELECT DISTINCT ON (up.indicator_id) up.indicator_id, COALESCE(w.actual_date, w.planned_date) AS day
                FROM up
                JOIN golive_wave_unit u ON u.programme_id = up.programme_id AND u.organisation_id = up.organisation_id
                JOIN golive_wave w ON w.id = u.wave_id
                ORDER BY up.indicator_id, up.depth
            )
            SELECT a.indicator_id, a.organisation_id, a.version, live.day
            FROM golive_baseline_anchor a LEFT JOIN live ON live.indicator_id = a.indicator_id
            WHERE a.indicator_id = ANY(:ids)
            """;

    /**
     * The indicators of the programme's benefits anchored to one of the units or to a unit below one of them. One
     * statement, walking down the organisation tree from the units as {@link #anchored} walks up it, and one of the
     * indicator module's for the programmes of the indicators found.
     */
    Set<IndicatorId> anchoredUnder(ProgrammeId programme, Collection<OrganisationId> units) {
        if (units.isEmpty()) {
            return Set.of();
        }
        List<IndicatorId> anchored = jdbc.sql("""
                        WITH RECURSIVE down (organisation_id, depth) AS (
                            SELECT o.id, 0 FROM organisation o WHERE o.id = ANY(:units)
                          UNION
                            SELECT o.id, down.depth + 1
                            FROM down JOIN organisation o ON o.parent_id = down.organisation_id
                            WHERE down.depth < :maxDepth
                        )
                        SELECT DISTINCT a.indicator_id
                        FROM golive_baseline_anchor a
                        WHERE a.organisation_id IN (SELECT organisation_id FROM down)
                        """)
                .param(
                        "units",
                        units.stream().map(OrganisationId::value).distinct().toArray(UUID[]::new))
                .param("maxDepth", ProgrammeUnits.MAX_DEPTH)
                .query((rs, n) -> new IndicatorId(rs.getObject("indicator_id", UUID.class)))
                .list();
        // Of those, the programme's, as the indicator module tells.
        Map<IndicatorId, ProgrammeId> programmes = anchored.isEmpty() ? Map.of() : indicators.programmesOf(anchored);
        Set<IndicatorId> found = new HashSet<>();
        anchored.stream().filter(id -> programme.equals(programmes.get(id))).forEach(found::add);
        return found;
    }

    /** Creates the anchor if none was there; answers whether it did (false when someone else made one first). */
    boolean insert(BaselineAnchor anchor) {
        RequestMemo.forget(MEMO);
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
        RequestMemo.forget(MEMO);
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
        RequestMemo.forget(MEMO);
        return jdbc.sql("DELETE FROM golive_baseline_anchor WHERE indicator_id = :id AND version = :expected")
                        .param("id", indicator.value())
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }
}
