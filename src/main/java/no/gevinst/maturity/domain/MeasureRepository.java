package no.gevinst.maturity.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.maturity.MaturityMeasure;
import no.gevinst.maturity.RoundId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MeasureRepository {

    private static final String SELECT = """
            SELECT id, round_id, dimension, organisation_id, action, owner_id, deadline, done, version
            FROM maturity_measure
            """;

    private final JdbcClient jdbc;

    MeasureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MaturityMeasure> ofRound(RoundId round) {
        return jdbc.sql(SELECT + " WHERE round_id = :round ORDER BY deadline, lower(action), id")
                .param("round", round.value())
                .query(MeasureRepository::map)
                .list();
    }

    Optional<MaturityMeasure> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id)
                .query(MeasureRepository::map)
                .optional();
    }

    void insert(MaturityMeasure m) {
        jdbc.sql("""
                        INSERT INTO maturity_measure (id, round_id, dimension, organisation_id, action, owner_id,
                                                      deadline, done, version)
                        VALUES (:id, :round, :dimension, :unit, :action, :owner, :deadline, :done, :version)
                        """)
                .param("id", m.id())
                .param("round", m.round().value())
                .param("dimension", m.dimension())
                .param("unit", m.unit().value())
                .param("action", m.action())
                .param("owner", m.owner().value())
                .param("deadline", m.deadline())
                .param("done", m.done())
                .param("version", m.version())
                .update();
    }

    boolean markDone(UUID id, boolean done, long expectedVersion) {
        return jdbc.sql("""
                                UPDATE maturity_measure SET done = :done, version = version + 1
                                WHERE id = :id AND version = :expected
                                """)
                        .param("id", id)
                        .param("done", done)
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    private static MaturityMeasure map(ResultSet rs, int n) throws SQLException {
        return new MaturityMeasure(
                rs.getObject("id", UUID.class),
                new RoundId(rs.getObject("round_id", UUID.class)),
                rs.getString("dimension"),
                new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                rs.getString("action"),
                new PersonId(rs.getObject("owner_id", UUID.class)),
                rs.getDate("deadline").toLocalDate(),
                rs.getBoolean("done"),
                rs.getLong("version"));
    }
}
