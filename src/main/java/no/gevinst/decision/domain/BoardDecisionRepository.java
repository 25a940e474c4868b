package no.gevinst.decision.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.decision.BoardDecision;
import no.gevinst.decision.DecidedEconomicTarget;
import no.gevinst.decision.DecidedKpiTarget;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BoardDecisionRepository {

    private static final String SELECT = "SELECT d.* FROM board_decision d";

    private final JdbcClient jdbc;

    BoardDecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<BoardDecision> of(ProgrammeId programme) {
        List<Row> rows = jdbc.sql(SELECT + " WHERE d.programme_id = :p ORDER BY d.number DESC")
                .param("p", programme.value())
                .query(BoardDecisionRepository::row)
                .list();
        return withTargets(rows);
    }

    Optional<BoardDecision> find(ProgrammeId programme, int number) {
        return jdbc.sql(SELECT + " WHERE d.programme_id = :p AND d.number = :n")
                .param("p", programme.value())
                .param("n", number)
                .query(BoardDecisionRepository::row)
                .optional()
                .map(r -> withTargets(List.of(r)).getFirst());
    }

    /** The decision in force, its row locked: recording or changing one waits for whoever does so first. */
    Optional<BoardDecision> inForceForUpdate(ProgrammeId programme) {
        return jdbc.sql(SELECT + " WHERE d.programme_id = :p AND d.superseded_by IS NULL FOR UPDATE")
                .param("p", programme.value())
                .query(BoardDecisionRepository::row)
                .optional()
                .map(r -> withTargets(List.of(r)).getFirst());
    }

    int nextNumber(ProgrammeId programme) {
        return jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM board_decision WHERE programme_id = :p")
                .param("p", programme.value())
                .query(Integer.class)
                .single();
    }

    void insert(BoardDecision d) {
        jdbc.sql("""
                        INSERT INTO board_decision (id, programme_id, number, deciding_body, decided_on, case_number,
                            document_reference, summary, recorded_by, recorded_at, version)
                        VALUES (:id, :programme, :number, :body, :decidedOn, :caseNumber, :reference, :summary, :by,
                            :at, 0)
                        """)
                .param("id", d.id())
                .param("programme", d.programme().value())
                .param("number", d.number())
                .param("body", d.decidingBody())
                .param("decidedOn", d.decidedOn())
                .param("caseNumber", d.caseNumber())
                .param("reference", d.documentReference())
                .param("summary", d.summary())
                .param("by", d.recordedBy())
                .param("at", Timestamp.from(d.recordedAt()))
                .update();
        d.economicTargets().forEach(t -> upsert(d.id(), t));
        d.kpiTargets().forEach(t -> upsert(d.id(), t));
    }

    /** Marks the decision superseded by another; it must still be at the version read. */
    boolean supersede(UUID decision, int by, long expectedVersion) {
        return jdbc.sql("""
                        UPDATE board_decision SET superseded_by = :by, version = version + 1
                        WHERE id = :id AND version = :v AND superseded_by IS NULL
                        """)
                        .param("by", by)
                        .param("id", decision)
                        .param("v", expectedVersion)
                        .update()
                == 1;
    }

    /** Moves the decision's version on, if it is still the one read: its targets change with it. */
    boolean touch(UUID decision, long expectedVersion) {
        return jdbc.sql("UPDATE board_decision SET version = version + 1 WHERE id = :id AND version = :v")
                        .param("id", decision)
                        .param("v", expectedVersion)
                        .update()
                == 1;
    }

    void upsert(UUID decision, DecidedEconomicTarget t) {
        jdbc.sql("""
                        INSERT INTO decided_economic_target (decision_id, organisation_id, year, benefit_class, nok)
                        VALUES (:d, :o, :y, :c, :nok)
                        ON CONFLICT (decision_id, organisation_id, year, benefit_class) DO UPDATE SET nok = :nok
                        """)
                .param("d", decision)
                .param("o", t.organisation().value())
                .param("y", t.year())
                .param("c", t.benefitClass().name())
                .param("nok", t.nok())
                .update();
    }

    void upsert(UUID decision, DecidedKpiTarget t) {
        jdbc.sql("""
                        INSERT INTO decided_kpi_target (decision_id, organisation_id, indicator_id, target_value, due)
                        VALUES (:d, :o, :i, :v, :due)
                        ON CONFLICT (decision_id, organisation_id, indicator_id)
                            DO UPDATE SET target_value = :v, due = :due
                        """)
                .param("d", decision)
                .param("o", t.organisation().value())
                .param("i", t.indicator().value())
                .param("v", t.targetValue())
                .param("due", t.due())
                .update();
    }

    /** Takes the economic target off the decision: the decision's version is moved on by the caller. */
    void delete(UUID decision, DecidedEconomicTarget t) {
        jdbc.sql("""
                        DELETE FROM decided_economic_target
                        WHERE decision_id = :d AND organisation_id = :o AND year = :y AND benefit_class = :c
                        """)
                .param("d", decision)
                .param("o", t.organisation().value())
                .param("y", t.year())
                .param("c", t.benefitClass().name())
                .update();
    }

    void delete(UUID decision, DecidedKpiTarget t) {
        jdbc.sql("""
                        DELETE FROM decided_kpi_target
                        WHERE decision_id = :d AND organisation_id = :o AND indicator_id = :i
                        """)
                .param("d", decision)
                .param("o", t.organisation().value())
                .param("i", t.indicator().value())
                .update();
    }

    /** The targets of all the decisions in two queries, however many decisions there are. */
    private List<BoardDecision> withTargets(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, List<DecidedEconomicTarget>> economic = new HashMap<>();
        jdbc.sql("""
                        SELECT * FROM decided_economic_target WHERE decision_id IN (:ids)
                        ORDER BY year, organisation_id, benefit_class
                        """).param("ids", ids).query(rs -> {
            economic.computeIfAbsent(rs.getObject("decision_id", UUID.class), k -> new java.util.ArrayList<>())
                    .add(new DecidedEconomicTarget(
                            new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                            rs.getInt("year"),
                            BenefitClass.valueOf(rs.getString("benefit_class")),
                            rs.getBigDecimal("nok")));
        });
        Map<UUID, List<DecidedKpiTarget>> kpis = new HashMap<>();
        jdbc.sql("""
                        SELECT * FROM decided_kpi_target WHERE decision_id IN (:ids)
                        ORDER BY due, organisation_id, indicator_id
                        """).param("ids", ids).query(rs -> {
            kpis.computeIfAbsent(rs.getObject("decision_id", UUID.class), k -> new java.util.ArrayList<>())
                    .add(new DecidedKpiTarget(
                            new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                            new IndicatorId(rs.getObject("indicator_id", UUID.class)),
                            rs.getBigDecimal("target_value").stripTrailingZeros(),
                            rs.getObject("due", java.time.LocalDate.class)));
        });
        return rows.stream()
                .map(r -> r.decision(economic.getOrDefault(r.id(), List.of()), kpis.getOrDefault(r.id(), List.of())))
                .toList();
    }

    /** A decision's own columns, before its targets are read. */
    private record Row(
            UUID id,
            ProgrammeId programme,
            int number,
            String body,
            java.time.LocalDate decidedOn,
            String caseNumber,
            String reference,
            String summary,
            Integer supersededBy,
            String recordedBy,
            java.time.Instant recordedAt,
            long version) {

        BoardDecision decision(List<DecidedEconomicTarget> economic, List<DecidedKpiTarget> kpis) {
            return BoardDecision.builder()
                    .id(id)
                    .programme(programme)
                    .number(number)
                    .decidingBody(body)
                    .decidedOn(decidedOn)
                    .caseNumber(caseNumber)
                    .documentReference(reference)
                    .summary(summary)
                    .supersededBy(supersededBy)
                    .recordedBy(recordedBy)
                    .recordedAt(recordedAt)
                    .economicTargets(economic)
                    .kpiTargets(kpis)
                    .version(version)
                    .build();
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                rs.getInt("number"),
                rs.getString("deciding_body"),
                rs.getObject("decided_on", java.time.LocalDate.class),
                rs.getString("case_number"),
                rs.getString("document_reference"),
                rs.getString("summary"),
                (Integer) rs.getObject("superseded_by"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getLong("version"));
    }
}
