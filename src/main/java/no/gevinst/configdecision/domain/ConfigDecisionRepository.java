package no.gevinst.configdecision.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.configdecision.ConfigDecision;
import no.gevinst.configdecision.ConfigDecisionId;
import no.gevinst.configdecision.Production;
import no.gevinst.configdecision.ServedKpi;
import no.gevinst.configdecision.SolutionKind;
import no.gevinst.configdecision.Stage;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ConfigDecisionRepository {

    private static final String SELECT = """
            SELECT id, programme_id, title, workflow, solution_kind, solution, release, stage, decided_on, rationale,
                   updated_at, demo, version
            FROM config_decision
            """;

    private final JdbcClient jdbc;

    ConfigDecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The programme's decisions with their KPIs, in two reads: the latest decided first, proposed ones last. */
    List<ConfigDecision> ofProgramme(ProgrammeId programme) {
        List<Row> rows = jdbc.sql(SELECT + """
                         WHERE programme_id = :p
                         ORDER BY stage, decided_on DESC NULLS LAST, title, id
                        """)
                .param("p", programme.value())
                .query(ConfigDecisionRepository::row)
                .list();
        Map<UUID, List<ServedKpi>> kpis = kpis(rows.stream().map(r -> r.id).toArray(UUID[]::new));
        return rows.stream()
                .map(r -> r.with(kpis.getOrDefault(r.id, List.of())))
                .toList();
    }

    Optional<ConfigDecision> find(ConfigDecisionId id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id.value())
                .query(ConfigDecisionRepository::row)
                .optional()
                .map(r -> r.with(kpis(new UUID[] {r.id}).getOrDefault(r.id, List.of())));
    }

    void insert(ConfigDecision d) {
        jdbc.sql("""
                        INSERT INTO config_decision (id, programme_id, title, workflow, solution_kind, solution, release,
                            stage, decided_on, rationale, updated_at, demo, version)
                        VALUES (:id, :programme, :title, :workflow, :solutionKind, :solution, :release, :stage,
                            :decidedOn, :rationale, :updatedAt, :demo, 0)
                        """).params(params(d)).update();
        insertKpis(d);
    }

    boolean update(ConfigDecision d, long expectedVersion) {
        boolean updated = jdbc.sql("""
                                UPDATE config_decision SET title = :title, workflow = :workflow,
                                    solution_kind = :solutionKind, solution = :solution, release = :release,
                                    stage = :stage, decided_on = :decidedOn, rationale = :rationale,
                                    updated_at = :updatedAt, version = version + 1
                                WHERE id = :id AND version = :expected
                                """)
                        .params(params(d))
                        .param("expected", expectedVersion)
                        .update()
                == 1;
        if (updated) {
            jdbc.sql("DELETE FROM config_decision_kpi WHERE decision_id = :id")
                    .param("id", d.id().value())
                    .update();
            insertKpis(d);
        }
        return updated;
    }

    boolean delete(ConfigDecisionId id, long expectedVersion) {
        return jdbc.sql("DELETE FROM config_decision WHERE id = :id AND version = :expected")
                        .param("id", id.value())
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    private void insertKpis(ConfigDecision d) {
        int position = 0;
        for (ServedKpi k : d.kpis()) {
            jdbc.sql("""
                            INSERT INTO config_decision_kpi (decision_id, position, indicator_id, production, reference)
                            VALUES (:d, :position, :indicator, :production, :reference)
                            """)
                    .param("d", d.id().value())
                    .param("position", position++)
                    .param("indicator", k.indicator().value())
                    .param("production", k.production().name())
                    .param("reference", k.reference())
                    .update();
        }
    }

    private Map<UUID, List<ServedKpi>> kpis(UUID[] decisions) {
        Map<UUID, List<ServedKpi>> kpis = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT decision_id, indicator_id, production, reference FROM config_decision_kpi
                        WHERE decision_id = ANY(:ids) ORDER BY decision_id, position
                        """)
                .param("ids", decisions)
                .query((rs, n) -> {
                    kpis.computeIfAbsent(rs.getObject("decision_id", UUID.class), k -> new ArrayList<>())
                            .add(new ServedKpi(
                                    new IndicatorId(rs.getObject("indicator_id", UUID.class)),
                                    Production.valueOf(rs.getString("production")),
                                    rs.getString("reference")));
                    return null;
                })
                .list();
        return kpis;
    }

    private static Map<String, Object> params(ConfigDecision d) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", d.id().value());
        p.put("programme", d.programme().value());
        p.put("title", d.title());
        p.put("workflow", d.workflow());
        p.put("solutionKind", d.solutionKind().name());
        p.put("solution", d.solution());
        p.put("release", d.release());
        p.put("stage", d.stage().name());
        p.put("decidedOn", d.decidedOn() == null ? null : Date.valueOf(d.decidedOn()));
        p.put("rationale", d.rationale());
        p.put("updatedAt", Timestamp.from(d.updatedAt()));
        p.put("demo", d.demo());
        return p;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Date decided = rs.getDate("decided_on");
        return new Row(
                rs.getObject("id", UUID.class),
                new ConfigDecision(
                        new ConfigDecisionId(rs.getObject("id", UUID.class)),
                        new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                        rs.getString("title"),
                        rs.getString("workflow"),
                        SolutionKind.valueOf(rs.getString("solution_kind")),
                        rs.getString("solution"),
                        rs.getString("release"),
                        Stage.valueOf(rs.getString("stage")),
                        decided == null ? null : decided.toLocalDate(),
                        rs.getString("rationale"),
                        List.of(),
                        rs.getTimestamp("updated_at").toInstant(),
                        rs.getBoolean("demo"),
                        rs.getLong("version")));
    }

    /** A decision as read, before its KPIs are added. */
    private record Row(UUID id, ConfigDecision decision) {

        ConfigDecision with(List<ServedKpi> kpis) {
            return decision.withKpis(kpis);
        }
    }
}
