package no.gevinst.process.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.process.Process;
import no.gevinst.process.ProcessId;
import no.gevinst.process.ProcessKind;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProcessRepository {

    private static final String SELECT = """
            SELECT p.id, p.programme_id, p.name, p.kind, p.owner_id, p.description, p.demo, p.version,
                   ARRAY(SELECT o.organisation_id FROM process_organisation o WHERE o.process_id = p.id
                         ORDER BY o.organisation_id) AS organisations,
                   ARRAY(SELECT i.indicator_id FROM process_indicator i WHERE i.process_id = p.id
                         ORDER BY i.indicator_id) AS indicators
            FROM process p
            """;

    private final JdbcClient jdbc;

    ProcessRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Process> ofProgramme(ProgrammeId programme) {
        return jdbc.sql(SELECT + " WHERE p.programme_id = :p ORDER BY lower(p.name), p.id")
                .param("p", programme.value())
                .query(ProcessRepository::map)
                .list();
    }

    Optional<Process> find(ProcessId id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id")
                .param("id", id.value())
                .query(ProcessRepository::map)
                .optional();
    }

    void insert(Process p) {
        jdbc.sql("""
                        INSERT INTO process (id, programme_id, name, kind, owner_id, description, demo, version)
                        VALUES (:id, :programme, :name, :kind, :owner, :description, :demo, :version)
                        """)
                .param("id", p.id().value())
                .param("programme", p.programme().value())
                .param("name", p.name())
                .param("kind", p.kind().name())
                .param("owner", p.owner().value())
                .param("description", p.description())
                .param("demo", p.demo())
                .param("version", p.version())
                .update();
        links(p);
    }

    /** Writes the new state if the row still has the expected version; false when it has moved on. */
    boolean update(Process p, long expectedVersion) {
        boolean updated = jdbc.sql("""
                                UPDATE process SET name = :name, kind = :kind, owner_id = :owner,
                                    description = :description, version = version + 1
                                WHERE id = :id AND version = :expected
                                """)
                        .param("id", p.id().value())
                        .param("name", p.name())
                        .param("kind", p.kind().name())
                        .param("owner", p.owner().value())
                        .param("description", p.description())
                        .param("expected", expectedVersion)
                        .update()
                == 1;
        if (updated) {
            jdbc.sql("DELETE FROM process_organisation WHERE process_id = :id")
                    .param("id", p.id().value())
                    .update();
            jdbc.sql("DELETE FROM process_indicator WHERE process_id = :id")
                    .param("id", p.id().value())
                    .update();
            links(p);
        }
        return updated;
    }

    /** Deletes the process (its diagrams, organisations, KPIs and change links go with it) at the expected version. */
    boolean delete(ProcessId id, long expectedVersion) {
        return jdbc.sql("DELETE FROM process WHERE id = :id AND version = :expected")
                        .param("id", id.value())
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    private void links(Process p) {
        for (OrganisationId o : p.organisations()) {
            jdbc.sql("INSERT INTO process_organisation (process_id, organisation_id) VALUES (:p, :o)")
                    .param("p", p.id().value())
                    .param("o", o.value())
                    .update();
        }
        for (IndicatorId i : p.indicators()) {
            jdbc.sql("INSERT INTO process_indicator (process_id, indicator_id) VALUES (:p, :i)")
                    .param("p", p.id().value())
                    .param("i", i.value())
                    .update();
        }
    }

    private static Process map(ResultSet rs, int n) throws SQLException {
        return new Process(
                new ProcessId(rs.getObject("id", UUID.class)),
                new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                rs.getString("name"),
                ProcessKind.valueOf(rs.getString("kind")),
                new PersonId(rs.getObject("owner_id", UUID.class)),
                rs.getString("description"),
                uuids(rs, "organisations").stream().map(OrganisationId::new).toList(),
                uuids(rs, "indicators").stream().map(IndicatorId::new).toList(),
                rs.getBoolean("demo"),
                rs.getLong("version"));
    }

    private static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        List<UUID> ids = new ArrayList<>();
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                ids.add((UUID) o);
            }
        }
        return ids;
    }
}
