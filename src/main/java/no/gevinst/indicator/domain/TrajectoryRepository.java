package no.gevinst.indicator.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.indicator.Baseline;
import no.gevinst.indicator.Direction;
import no.gevinst.indicator.TargetPoint;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The indicators' baselines and the targets of their målbaner, each guarded by its version. */
@Repository
class TrajectoryRepository {

    private final JdbcClient jdbc;

    TrajectoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Baseline> baseline(IndicatorId id) {
        return jdbc.sql("SELECT * FROM baseline WHERE indicator_id = :id")
                .param("id", id.value())
                .query((rs, n) -> mapBaseline(rs))
                .optional();
    }

    /** An indicator's baseline with the direction its achievement is reckoned in. */
    record DirectedBaseline(IndicatorId indicator, Direction direction, Baseline baseline) {}

    /** The baselines of those of the indicators that belong to the given programmes, in one query. */
    List<DirectedBaseline> baselines(Collection<IndicatorId> indicators, Collection<ProgrammeId> programmes) {
        return jdbc.sql("""
                        SELECT bl.*, i.direction FROM baseline bl
                        JOIN indicator i ON i.id = bl.indicator_id
                        JOIN indicator_benefit_scope b ON b.benefit_id = i.benefit_id
                        WHERE bl.indicator_id = ANY(:ids) AND b.programme_id = ANY(:programmes)
                        """)
                .param("ids", indicators.stream().map(IndicatorId::value).toArray(UUID[]::new))
                .param("programmes", programmes.stream().map(ProgrammeId::value).toArray(UUID[]::new))
                .query((rs, n) -> new DirectedBaseline(
                        new IndicatorId(rs.getObject("indicator_id", UUID.class)),
                        Direction.valueOf(rs.getString("direction")),
                        mapBaseline(rs)))
                .list();
    }

    /** The targets of each of the indicators, by date, in one query. */
    Map<IndicatorId, List<TargetPoint>> targets(Collection<IndicatorId> indicators) {
        Map<IndicatorId, List<TargetPoint>> targets = new HashMap<>();
        jdbc.sql("""
                        SELECT indicator_id, target_date, value FROM target_point
                        WHERE indicator_id = ANY(:ids) ORDER BY target_date
                        """)
                .param("ids", indicators.stream().map(IndicatorId::value).toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(
                        new IndicatorId(rs.getObject("indicator_id", UUID.class)),
                        new TargetPoint(date(rs, "target_date"), rs.getBigDecimal("value"))))
                .list()
                .forEach(e -> targets.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return targets;
    }

    static Baseline mapBaseline(ResultSet rs) throws SQLException {
        return new Baseline(
                rs.getBigDecimal("value"),
                date(rs, "period_start"),
                date(rs, "period_end"),
                rs.getString("method"),
                rs.getString("source"),
                rs.getString("evidence"),
                rs.getString("measured_by"),
                rs.getBoolean("at_go_live"),
                rs.getString("go_live_reason"));
    }

    Optional<Long> baselineVersion(IndicatorId id) {
        return jdbc.sql("SELECT version FROM baseline WHERE indicator_id = :id")
                .param("id", id.value())
                .query(Long.class)
                .optional();
    }

    long trajectoryVersion(IndicatorId id) {
        return jdbc.sql("SELECT trajectory_version FROM indicator WHERE id = :id")
                .param("id", id.value())
                .query(Long.class)
                .single();
    }

    /**
     * Claims the next version of the trajectory if it still has the one read; taken before the targets are replaced,
     * so that two replacements at once cannot interleave.
     *
     * @return false when someone else replaced it first
     */
    boolean nextTrajectoryVersion(IndicatorId id, long expectedVersion) {
        return jdbc.sql("""
                        UPDATE indicator SET trajectory_version = trajectory_version + 1
                        WHERE id = :id AND trajectory_version = :expected
                        """)
                        .param("id", id.value())
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    /**
     * Writes the baseline if the stored one still has the expected version (none stored when null).
     *
     * @return false when someone else wrote it first: nothing was changed
     */
    boolean saveBaseline(IndicatorId id, Baseline b, String recordedBy, Long expectedVersion) {
        return jdbc.sql("""
                        INSERT INTO baseline (indicator_id, value, period_start, period_end, method, source, evidence,
                            measured_by, at_go_live, go_live_reason, recorded_by)
                        VALUES (:id, :value, :start, :end, :method, :source, :evidence, :measuredBy, :goLive, :reason, :by)
                        ON CONFLICT (indicator_id) DO UPDATE SET value = excluded.value,
                            period_start = excluded.period_start, period_end = excluded.period_end,
                            method = excluded.method, source = excluded.source, evidence = excluded.evidence,
                            measured_by = excluded.measured_by, at_go_live = excluded.at_go_live,
                            go_live_reason = excluded.go_live_reason, recorded_by = excluded.recorded_by,
                            recorded_at = now(), version = baseline.version + 1
                        WHERE baseline.version = :expected
                        """)
                        .param("expected", expectedVersion == null ? -1 : expectedVersion)
                        .param("id", id.value())
                        .param("value", b.value())
                        .param("start", b.periodStart())
                        .param("end", b.periodEnd())
                        .param("method", b.method())
                        .param("source", b.source())
                        .param("evidence", b.evidence())
                        .param("measuredBy", b.measuredBy())
                        .param("goLive", b.atGoLive())
                        .param("reason", b.goLiveReason())
                        .param("by", recordedBy)
                        .update()
                == 1;
    }

    List<TargetPoint> targets(IndicatorId id) {
        return jdbc.sql("SELECT target_date, value FROM target_point WHERE indicator_id = :id ORDER BY target_date")
                .param("id", id.value())
                .query((rs, n) -> new TargetPoint(date(rs, "target_date"), rs.getBigDecimal("value")))
                .list();
    }

    void replaceTargets(IndicatorId id, List<TargetPoint> targets) {
        jdbc.sql("DELETE FROM target_point WHERE indicator_id = :id")
                .param("id", id.value())
                .update();
        for (TargetPoint t : targets) {
            jdbc.sql("INSERT INTO target_point (indicator_id, target_date, value) VALUES (:id, :date, :value)")
                    .param("id", id.value())
                    .param("date", t.date())
                    .param("value", t.value())
                    .update();
        }
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
