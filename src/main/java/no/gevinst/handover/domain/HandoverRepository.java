package no.gevinst.handover.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.handover.Handover;
import no.gevinst.handover.HandoverSnapshot;
import no.gevinst.handover.HandoverStatus;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class HandoverRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    HandoverRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Every handover of the benefit, newest first. */
    List<Handover> ofBenefit(BenefitId benefit) {
        return jdbc.sql("SELECT * FROM handover WHERE benefit_id = :b ORDER BY proposed_at DESC, id")
                .param("b", benefit.value())
                .query(this::map)
                .list();
    }

    /** The benefit's handover that is proposed or accepted, locked for the transaction that changes it. */
    Optional<Handover> currentForUpdate(BenefitId benefit) {
        return jdbc.sql("""
                        SELECT * FROM handover WHERE benefit_id = :b AND status IN ('PROPOSED', 'ACCEPTED')
                        FOR UPDATE
                        """).param("b", benefit.value()).query(this::map).optional();
    }

    List<Handover> toOrganisation(OrganisationId organisation, Collection<ProgrammeId> programmes) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT * FROM handover WHERE organisation_id = :o AND programme_id IN (:p)
                        ORDER BY proposed_at DESC, id
                        """)
                .param("o", organisation.value())
                .param("p", programmes.stream().map(ProgrammeId::value).toList())
                .query(this::map)
                .list();
    }

    List<Handover> proposedTo(PersonId receiver, Collection<ProgrammeId> programmes) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT * FROM handover WHERE receiver_id = :r AND status = 'PROPOSED' AND programme_id IN (:p)
                        ORDER BY proposed_at, id
                        """)
                .param("r", receiver.value())
                .param("p", programmes.stream().map(ProgrammeId::value).toList())
                .query(this::map)
                .list();
    }

    /** The latest handover of each of the benefits; those never handed over are absent. */
    List<Handover> latestOf(Collection<BenefitId> benefits) {
        if (benefits.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT DISTINCT ON (benefit_id) * FROM handover WHERE benefit_id IN (:b)
                        ORDER BY benefit_id, (status = 'ACCEPTED') DESC, proposed_at DESC
                        """)
                .param("b", benefits.stream().map(BenefitId::value).toList())
                .query(this::map)
                .list();
    }

    /** The accepted handovers of the programme's benefits: those that pass to the line when it closes. */
    List<Handover> acceptedIn(ProgrammeId programme) {
        return jdbc.sql(
                        "SELECT * FROM handover WHERE programme_id = :p AND status = 'ACCEPTED' ORDER BY proposed_at, id")
                .param("p", programme.value())
                .query(this::map)
                .list();
    }

    /** The programme of a handover, for the audit scope of what was taken over with it. */
    Optional<ProgrammeId> programmeOf(UUID handover) {
        return jdbc.sql("SELECT programme_id FROM handover WHERE id = :id")
                .param("id", handover)
                .query((rs, n) -> new ProgrammeId(rs.getObject(1, UUID.class)))
                .optional();
    }

    void insert(Handover h) {
        jdbc.sql("""
                        INSERT INTO handover (id, benefit_id, programme_id, organisation_id, receiver_id, handover_date,
                                              snapshot, status, reason, proposed_by, proposed_at)
                        VALUES (:id, :benefit, :programme, :organisation, :receiver, :date, CAST(:snapshot AS jsonb),
                                :status, :reason, :by, :at)
                        """)
                .params(proposal(h))
                .param("benefit", h.benefit().value())
                .param("programme", h.programme().value())
                .update();
    }

    /** False when the row is no longer at the version the change was made from. */
    boolean update(Handover h) {
        return jdbc.sql("""
                                UPDATE handover SET organisation_id = :organisation, receiver_id = :receiver,
                                       handover_date = :date, snapshot = CAST(:snapshot AS jsonb), status = :status,
                                       reason = :reason, proposed_by = :by, proposed_at = :at, decided_by = :decidedBy,
                                       decided_at = :decidedAt, version = version + 1
                                WHERE id = :id AND version = :version
                                """)
                        .params(proposal(h))
                        .param("decidedBy", h.decidedBy())
                        .param("decidedAt", h.decidedAt() == null ? null : Timestamp.from(h.decidedAt()))
                        .param("version", h.version())
                        .update()
                == 1;
    }

    /** The proposal's values, as an insert writes them and an update writes them again. */
    private Map<String, @Nullable Object> proposal(Handover h) {
        Map<String, @Nullable Object> columns = new HashMap<>();
        columns.put("id", h.id());
        columns.put("organisation", h.organisation().value());
        columns.put("receiver", h.receiver().value());
        columns.put("date", h.handoverDate());
        columns.put("snapshot", json.writeValueAsString(h.snapshot()));
        columns.put("status", h.status().name());
        columns.put("reason", h.reason());
        columns.put("by", h.proposedBy());
        columns.put("at", Timestamp.from(h.proposedAt()));
        return columns;
    }

    private Handover map(ResultSet rs, int row) throws SQLException {
        return new Handover(
                rs.getObject("id", UUID.class),
                new BenefitId(rs.getObject("benefit_id", UUID.class)),
                new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                new PersonId(rs.getObject("receiver_id", UUID.class)),
                rs.getObject("handover_date", java.time.LocalDate.class),
                json.readValue(rs.getString("snapshot"), HandoverSnapshot.class),
                HandoverStatus.valueOf(rs.getString("status")),
                rs.getString("reason"),
                rs.getString("proposed_by"),
                instant(rs, "proposed_at"),
                rs.getString("decided_by"),
                instant(rs, "decided_at"),
                rs.getLong("version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
