package no.gevinst.plan.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.plan.Approval;
import no.gevinst.plan.Measure;
import no.gevinst.plan.MeasureStatus;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanId;
import no.gevinst.plan.PlanSections;
import no.gevinst.plan.PlanSnapshot;
import no.gevinst.plan.PlanVersion;
import no.gevinst.plan.Risk;
import no.gevinst.plan.RiskStatus;
import no.gevinst.plan.VersionStatus;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Stores plans, their versions (with sections and frozen snapshots as JSON), measures and risks. */
@Repository
class PlanRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PlanRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<Plan> ofProgramme(ProgrammeId programme) {
        return jdbc.sql("SELECT * FROM plan WHERE programme_id = :p ORDER BY party_id NULLS FIRST, title")
                .param("p", programme.value())
                .query((rs, n) -> plan(rs))
                .list();
    }

    Optional<Plan> find(PlanId id) {
        return jdbc.sql("SELECT * FROM plan WHERE id = :id")
                .param("id", id.value())
                .query((rs, n) -> plan(rs))
                .optional();
    }

    boolean exists(ProgrammeId programme, OrganisationId party) {
        return jdbc.sql("SELECT count(*) FROM plan WHERE programme_id = :p AND party_id IS NOT DISTINCT FROM :party")
                        .param("p", programme.value())
                        .param("party", party == null ? null : party.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(Plan plan) {
        jdbc.sql("INSERT INTO plan (id, programme_id, party_id, title) VALUES (:id, :p, :party, :title)")
                .param("id", plan.id().value())
                .param("p", plan.programme().value())
                .param("party", plan.party() == null ? null : plan.party().value())
                .param("title", plan.title())
                .update();
    }

    List<PlanVersion> versions(PlanId plan) {
        return jdbc.sql("SELECT * FROM plan_version WHERE plan_id = :p ORDER BY number DESC")
                .param("p", plan.value())
                .query((rs, n) -> version(rs))
                .list();
    }

    Optional<PlanVersion> version(PlanId plan, int number) {
        return jdbc.sql("SELECT * FROM plan_version WHERE plan_id = :p AND number = :n")
                .param("p", plan.value())
                .param("n", number)
                .query((rs, n) -> version(rs))
                .optional();
    }

    Optional<PlanSnapshot> snapshot(PlanId plan, int number) {
        return jdbc.sql("SELECT snapshot FROM plan_version WHERE plan_id = :p AND number = :n AND snapshot IS NOT NULL")
                .param("p", plan.value())
                .param("n", number)
                .query((rs, n) -> json.readValue(rs.getString("snapshot"), PlanSnapshot.class))
                .optional();
    }

    void insert(PlanVersion v) {
        jdbc.sql("""
                INSERT INTO plan_version (id, plan_id, number, status, reason, sections, created_by, created_at)
                VALUES (:id, :p, :n, :status, :reason, CAST(:sections AS jsonb), :by, :at)
                """)
                .param("id", UUID.randomUUID())
                .param("p", v.plan().value())
                .param("n", v.number())
                .param("status", v.status().name())
                .param("reason", v.reason())
                .param("sections", json.writeValueAsString(v.sections()))
                .param("by", v.createdBy())
                .param("at", Timestamp.from(v.createdAt()))
                .update();
    }

    /**
     * Writes the version's new state if nobody changed it since it was read; the snapshot is written once, on
     * approval, and the database refuses to change an approved version after that.
     */
    boolean update(PlanVersion v, PlanSnapshot snapshot) {
        Approval a = v.approval();
        return jdbc.sql("""
                        UPDATE plan_version SET status = :status, sections = CAST(:sections AS jsonb),
                               submitted_by = :submittedBy, submitted_at = :submittedAt,
                               approved_by = :approvedBy, approved_for = :approvedFor, decision_date = :decisionDate,
                               decision_reference = :reference, approved_at = :approvedAt,
                               snapshot = COALESCE(CAST(:snapshot AS jsonb), snapshot), version = version + 1
                        WHERE plan_id = :p AND number = :n AND version = :version
                        """)
                        .param("status", v.status().name())
                        .param("sections", json.writeValueAsString(v.sections()))
                        .param("submittedBy", v.submittedBy())
                        .param("submittedAt", v.submittedAt() == null ? null : Timestamp.from(v.submittedAt()))
                        .param("approvedBy", a == null ? null : a.approvedBy())
                        .param("approvedFor", a == null ? null : a.onBehalfOf())
                        .param("decisionDate", a == null ? null : a.decisionDate())
                        .param("reference", a == null ? null : a.reference())
                        .param("approvedAt", a == null ? null : Timestamp.from(a.at()))
                        .param("snapshot", snapshot == null ? null : json.writeValueAsString(snapshot))
                        .param("p", v.plan().value())
                        .param("n", v.number())
                        .param("version", v.version())
                        .update()
                == 1;
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

    private static Plan plan(ResultSet rs) throws SQLException {
        UUID party = rs.getObject("party_id", UUID.class);
        return new Plan(
                new PlanId(rs.getObject("id", UUID.class)),
                new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                party == null ? null : new OrganisationId(party),
                rs.getString("title"));
    }

    private PlanVersion version(ResultSet rs) throws SQLException {
        VersionStatus status = VersionStatus.valueOf(rs.getString("status"));
        Approval approval = rs.getString("approved_by") == null
                ? null
                : new Approval(
                        rs.getString("approved_by"),
                        rs.getString("approved_for"),
                        rs.getObject("decision_date", LocalDate.class),
                        rs.getString("decision_reference"),
                        instant(rs, "approved_at"));
        return new PlanVersion(
                new PlanId(rs.getObject("plan_id", UUID.class)),
                rs.getInt("number"),
                status,
                rs.getString("reason"),
                json.readValue(rs.getString("sections"), PlanSections.class),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                rs.getString("submitted_by"),
                instant(rs, "submitted_at"),
                approval,
                rs.getLong("version"));
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

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
