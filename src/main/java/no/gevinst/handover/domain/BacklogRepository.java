package no.gevinst.handover.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.handover.ImprovementItem;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BacklogRepository {

    private final JdbcClient jdbc;

    BacklogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation's backlog: the measures that need several organisations first, then by deadline. */
    List<ImprovementItem> ofOrganisation(OrganisationId organisation) {
        return jdbc.sql("""
                        SELECT * FROM improvement_item WHERE organisation_id = :o
                        ORDER BY cross_organisation DESC, deadline NULLS LAST, action, id
                        """).param("o", organisation.value()).query(this::map).list();
    }

    Optional<ImprovementItem> find(UUID id) {
        return jdbc.sql("SELECT * FROM improvement_item WHERE id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** Adds the item unless the organisation already has the measure in its backlog; true when added. */
    boolean insert(ImprovementItem i) {
        return jdbc.sql("""
                                INSERT INTO improvement_item (id, organisation_id, handover_id, benefit_id, measure_id,
                                       action, responsible_id, deadline, measure_status, organisations,
                                       cross_organisation, created_at)
                                VALUES (:id, :organisation, :handover, :benefit, :measure, :action, :responsible,
                                        :deadline, :status, CAST(:organisations AS uuid[]), :cross, :at)
                                ON CONFLICT (organisation_id, measure_id) DO NOTHING
                                """)
                        .param("id", i.id())
                        .param("organisation", i.organisation().value())
                        .param("handover", i.handover())
                        .param(
                                "benefit",
                                i.benefit() == null ? null : i.benefit().value())
                        .param("measure", i.measure())
                        .param("action", i.action())
                        .param(
                                "responsible",
                                i.responsible() == null ? null : i.responsible().value())
                        .param("deadline", i.deadline())
                        .param("status", i.measureStatus())
                        .param(
                                "organisations",
                                "{"
                                        + String.join(
                                                ",",
                                                i.organisations().stream()
                                                        .map(o -> o.value().toString())
                                                        .toList())
                                        + "}")
                        .param("cross", i.crossOrganisation())
                        .param("at", Timestamp.from(Instant.now()))
                        .update()
                == 1;
    }

    /** False when the item is no longer at the version read. */
    boolean assign(UUID id, PersonId coordinator, long version) {
        return jdbc.sql("""
                                UPDATE improvement_item SET coordinator_id = :c, version = version + 1
                                WHERE id = :id AND version = :version
                                """)
                        .param("id", id)
                        .param("c", coordinator.value())
                        .param("version", version)
                        .update()
                == 1;
    }

    /** False when the item is no longer at the version read. */
    boolean changeStatus(UUID id, String status, long version) {
        return jdbc.sql("""
                                UPDATE improvement_item SET measure_status = :s, version = version + 1
                                WHERE id = :id AND version = :version
                                """)
                        .param("id", id)
                        .param("s", status)
                        .param("version", version)
                        .update()
                == 1;
    }

    private ImprovementItem map(ResultSet rs, int row) throws SQLException {
        UUID responsible = rs.getObject("responsible_id", UUID.class);
        UUID benefit = rs.getObject("benefit_id", UUID.class);
        UUID coordinator = rs.getObject("coordinator_id", UUID.class);
        return ImprovementItem.builder()
                .id(rs.getObject("id", UUID.class))
                .organisation(new OrganisationId(rs.getObject("organisation_id", UUID.class)))
                .handover(rs.getObject("handover_id", UUID.class))
                .benefit(benefit == null ? null : new BenefitId(benefit))
                .measure(rs.getObject("measure_id", UUID.class))
                .action(rs.getString("action"))
                .responsible(responsible == null ? null : new PersonId(responsible))
                .deadline(rs.getObject("deadline", java.time.LocalDate.class))
                .measureStatus(rs.getString("measure_status"))
                .organisations(organisations(rs.getArray("organisations")))
                .crossOrganisation(rs.getBoolean("cross_organisation"))
                .coordinator(coordinator == null ? null : new PersonId(coordinator))
                .version(rs.getLong("version"))
                .build();
    }

    private static List<OrganisationId> organisations(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray())
                .map(o -> new OrganisationId((UUID) o))
                .toList();
    }
}
