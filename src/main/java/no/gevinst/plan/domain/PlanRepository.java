package no.gevinst.plan.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.plan.Approval;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanId;
import no.gevinst.plan.PlanSections;
import no.gevinst.plan.PlanSnapshot;
import no.gevinst.plan.PlanVersion;
import no.gevinst.plan.VersionStatus;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Stores plans and their versions, with sections and frozen snapshots as JSON. */
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

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
