package no.gevinst.plan.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import no.gevinst.plan.GateDecision;
import no.gevinst.plan.GateItem;
import no.gevinst.programme.Phase;
import no.gevinst.shared.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class PhaseGateRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PhaseGateRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** True when a version of the programme's own plan (not a party's) is approved and not yet superseded. */
    boolean approvedPlanExists(ProgrammeId programme) {
        return jdbc.sql("""
                        SELECT EXISTS (
                            SELECT 1 FROM plan_version v JOIN plan p ON p.id = v.plan_id
                            WHERE p.programme_id = :p AND p.party_id IS NULL AND v.status = 'APPROVED')
                        """).param("p", programme.value()).query(Boolean.class).single();
    }

    void insert(GateDecision d) {
        jdbc.sql("""
                        INSERT INTO phase_gate_decision (id, programme_id, from_phase, to_phase, gaps, decision,
                                                         decided_by, decided_at)
                        VALUES (:id, :programme, :from, :to, CAST(:gaps AS jsonb), :decision, :by, :at)
                        """)
                .param("id", d.id())
                .param("programme", d.programme().value())
                .param("from", d.from().name())
                .param("to", d.to().name())
                .param("gaps", json.writeValueAsString(d.gaps()))
                .param("decision", d.decision())
                .param("by", d.decidedBy())
                .param("at", Timestamp.from(d.decidedAt()))
                .update();
    }

    List<GateDecision> decisions(ProgrammeId programme) {
        return jdbc.sql("SELECT * FROM phase_gate_decision WHERE programme_id = :p ORDER BY decided_at DESC")
                .param("p", programme.value())
                .query(this::map)
                .list();
    }

    private GateDecision map(ResultSet rs, int rowNum) throws SQLException {
        return new GateDecision(
                rs.getObject("id", UUID.class),
                new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                Phase.valueOf(rs.getString("from_phase")),
                Phase.valueOf(rs.getString("to_phase")),
                List.of(json.readValue(rs.getString("gaps"), GateItem[].class)),
                rs.getString("decision"),
                rs.getString("decided_by"),
                rs.getTimestamp("decided_at").toInstant());
    }
}
