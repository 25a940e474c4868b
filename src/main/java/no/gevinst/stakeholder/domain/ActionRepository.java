package no.gevinst.stakeholder.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.stakeholder.ActionStatus;
import no.gevinst.stakeholder.Channel;
import no.gevinst.stakeholder.InvolvementAction;
import no.gevinst.stakeholder.StakeholderId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ActionRepository {

    private static final String SELECT = """
            SELECT id, stakeholder_id, programme_id, description, planned_on, channel, responsible_id, status,
                   measure, measure_owner_id, measure_deadline, demo, version
            FROM stakeholder_action
            """;

    private final JdbcClient jdbc;

    ActionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<InvolvementAction> of(ProgrammeId programme, List<StakeholderId> stakeholders) {
        if (stakeholders.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + """
                         WHERE programme_id = :p AND stakeholder_id IN (:s)
                        ORDER BY planned_on, lower(description), id
                        """)
                .param("p", programme.value())
                .param("s", stakeholders.stream().map(StakeholderId::value).toList())
                .query(ActionRepository::map)
                .list();
    }

    Optional<InvolvementAction> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id)
                .query(ActionRepository::map)
                .optional();
    }

    void insert(InvolvementAction a) {
        jdbc.sql("""
                        INSERT INTO stakeholder_action (id, stakeholder_id, programme_id, description, planned_on,
                            channel, responsible_id, status, measure, measure_owner_id, measure_deadline, demo, version)
                        VALUES (:id, :s, :p, :description, :plannedOn, :channel, :responsible, :status, :measure,
                            :owner, :deadline, :demo, :version)
                        """)
                .param("id", a.id())
                .param("s", a.stakeholder().value())
                .param("p", a.programme().value())
                .param("description", a.description())
                .param("plannedOn", a.plannedOn())
                .param("channel", a.channel().name())
                .param("responsible", a.responsible().value())
                .param("status", a.status().name())
                .param("measure", a.measure())
                .param(
                        "owner",
                        a.measureOwner() == null ? null : a.measureOwner().value())
                .param("deadline", a.measureDeadline())
                .param("demo", a.demo())
                .param("version", a.version())
                .update();
    }

    boolean setStatus(UUID id, ActionStatus status, long expectedVersion) {
        return jdbc.sql("""
                                UPDATE stakeholder_action SET status = :status, version = version + 1
                                WHERE id = :id AND version = :expected
                                """)
                        .param("id", id)
                        .param("status", status.name())
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    /** Deletes the action if it still has the version read. */
    boolean delete(UUID id, long expectedVersion) {
        return jdbc.sql("DELETE FROM stakeholder_action WHERE id = :id AND version = :expected")
                        .param("id", id)
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    private static InvolvementAction map(ResultSet rs, int n) throws SQLException {
        UUID owner = rs.getObject("measure_owner_id", UUID.class);
        Date deadline = rs.getDate("measure_deadline");
        return new InvolvementAction(
                rs.getObject("id", UUID.class),
                new StakeholderId(rs.getObject("stakeholder_id", UUID.class)),
                new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                rs.getString("description"),
                rs.getDate("planned_on").toLocalDate(),
                Channel.valueOf(rs.getString("channel")),
                new PersonId(rs.getObject("responsible_id", UUID.class)),
                ActionStatus.valueOf(rs.getString("status")),
                rs.getBoolean("measure"),
                owner == null ? null : new PersonId(owner),
                deadline == null ? null : deadline.toLocalDate(),
                rs.getBoolean("demo"),
                rs.getLong("version"));
    }
}
