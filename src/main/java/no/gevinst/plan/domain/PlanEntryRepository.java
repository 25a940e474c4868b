package no.gevinst.plan.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.gevinst.plan.Measure;
import no.gevinst.plan.MeasureStatus;
import no.gevinst.plan.PlanId;
import no.gevinst.plan.Risk;
import no.gevinst.plan.RiskStatus;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores a plan's measures and risks, each written only if it still has the version it was read with. */
@Repository
class PlanEntryRepository {

    private final JdbcClient jdbc;

    PlanEntryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Measure> measures(PlanId plan) {
        return jdbc.sql("SELECT * FROM plan_measure WHERE plan_id = :p ORDER BY deadline NULLS LAST, action")
                .param("p", plan.value())
                .query((rs, n) -> measure(rs))
                .list();
    }

    void insert(Measure m) {
        jdbc.sql("""
                INSERT INTO plan_measure (id, plan_id, action, benefit_ids, responsible_id, deadline, status, cost)
                VALUES (:id, :plan, :action, :benefits, :responsible, :deadline, :status, :cost)
                """).params(measureFields(m)).update();
    }

    /**
     * Writes the measure if it still has the version it was read with ({@code m.version()}).
     *
     * @return false when someone else changed or removed it first: nothing was written
     */
    boolean update(Measure m) {
        return jdbc.sql("""
                        UPDATE plan_measure SET action = :action, benefit_ids = :benefits, responsible_id = :responsible,
                               deadline = :deadline, status = :status, cost = :cost, version = version + 1
                        WHERE id = :id AND plan_id = :plan AND version = :version
                        """).params(measureFields(m)).update() == 1;
    }

    boolean deleteMeasure(PlanId plan, UUID id, long version) {
        return jdbc.sql("DELETE FROM plan_measure WHERE plan_id = :p AND id = :id AND version = :version")
                        .param("p", plan.value())
                        .param("id", id)
                        .param("version", version)
                        .update()
                > 0;
    }

    List<Risk> risks(PlanId plan) {
        return jdbc.sql("SELECT * FROM plan_risk WHERE plan_id = :p ORDER BY probability * impact DESC, description")
                .param("p", plan.value())
                .query((rs, n) -> risk(rs))
                .list();
    }

    void insert(Risk r) {
        jdbc.sql("""
                INSERT INTO plan_risk (id, plan_id, benefit_id, description, cause, consequence, probability,
                                       impact, mitigation, owner_id, status)
                VALUES (:id, :plan, :benefit, :description, :cause, :consequence, :probability, :impact,
                        :mitigation, :owner, :status)
                """).params(riskFields(r)).update();
    }

    /**
     * Writes the risk if it still has the version it was read with ({@code r.version()}).
     *
     * @return false when someone else changed or removed it first: nothing was written
     */
    boolean update(Risk r) {
        return jdbc.sql("""
                        UPDATE plan_risk SET benefit_id = :benefit, description = :description, cause = :cause,
                               consequence = :consequence, probability = :probability, impact = :impact,
                               mitigation = :mitigation, owner_id = :owner, status = :status, version = version + 1
                        WHERE id = :id AND plan_id = :plan AND version = :version
                        """).params(riskFields(r)).update() == 1;
    }

    private static Map<String, Object> riskFields(Risk r) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("id", r.id());
        fields.put("plan", r.plan().value());
        fields.put("benefit", r.benefit() == null ? null : r.benefit().value());
        fields.put("description", r.description());
        fields.put("cause", r.cause());
        fields.put("consequence", r.consequence());
        fields.put("probability", r.probability());
        fields.put("impact", r.impact());
        fields.put("mitigation", r.mitigation());
        fields.put("owner", r.owner() == null ? null : r.owner().value());
        fields.put("status", r.status().name());
        fields.put("version", r.version());
        return fields;
    }

    boolean deleteRisk(PlanId plan, UUID id, long version) {
        return jdbc.sql("DELETE FROM plan_risk WHERE plan_id = :p AND id = :id AND version = :version")
                        .param("p", plan.value())
                        .param("id", id)
                        .param("version", version)
                        .update()
                > 0;
    }

    private Map<String, Object> measureFields(Measure m) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("id", m.id());
        fields.put("plan", m.plan().value());
        fields.put("action", m.action());
        fields.put("benefits", m.benefits().stream().map(BenefitId::value).toArray(UUID[]::new));
        fields.put(
                "responsible", m.responsible() == null ? null : m.responsible().value());
        fields.put("deadline", m.deadline());
        fields.put("status", m.status().name());
        fields.put("cost", m.cost());
        fields.put("version", m.version());
        return fields;
    }

    static Measure measure(ResultSet rs) throws SQLException {
        UUID[] benefits = (UUID[]) rs.getArray("benefit_ids").getArray();
        UUID responsible = rs.getObject("responsible_id", UUID.class);
        return new Measure(
                rs.getObject("id", UUID.class),
                new PlanId(rs.getObject("plan_id", UUID.class)),
                rs.getString("action"),
                Arrays.stream(benefits).map(BenefitId::new).toList(),
                responsible == null ? null : new PersonId(responsible),
                rs.getObject("deadline", LocalDate.class),
                MeasureStatus.valueOf(rs.getString("status")),
                rs.getBigDecimal("cost"),
                rs.getLong("version"));
    }

    private static Risk risk(ResultSet rs) throws SQLException {
        UUID benefit = rs.getObject("benefit_id", UUID.class);
        UUID owner = rs.getObject("owner_id", UUID.class);
        return new Risk(
                rs.getObject("id", UUID.class),
                new PlanId(rs.getObject("plan_id", UUID.class)),
                benefit == null ? null : new BenefitId(benefit),
                rs.getString("description"),
                rs.getString("cause"),
                rs.getString("consequence"),
                rs.getInt("probability"),
                rs.getInt("impact"),
                rs.getString("mitigation"),
                owner == null ? null : new PersonId(owner),
                RiskStatus.valueOf(rs.getString("status")),
                rs.getLong("version"));
    }
}
