package no.gevinst.lesson.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.lesson.Pilot;
import no.gevinst.lesson.RollOut;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PilotRepository {

    static final int LIMIT = 200;

    private static final String SELECT = """
            SELECT id, programme_id, what, organisation_id, starts_on, ends_on, outcome, decision, decided_on,
                   decided_by, demo, version
            FROM pilot
            """;

    private final JdbcClient jdbc;

    PilotRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Pilot> ofProgrammes(Collection<ProgrammeId> programmes) {
        return jdbc.sql(SELECT + " WHERE programme_id = ANY(:programmes) ORDER BY starts_on DESC, id LIMIT :limit")
                .param("programmes", programmes.stream().map(ProgrammeId::value).toArray(UUID[]::new))
                .param("limit", LIMIT)
                .query(PilotRepository::map)
                .list();
    }

    Optional<Pilot> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id)
                .query(PilotRepository::map)
                .optional();
    }

    void insert(Pilot p) {
        jdbc.sql("""
                        INSERT INTO pilot (id, programme_id, what, organisation_id, starts_on, ends_on, outcome,
                                           decision, decided_on, decided_by, demo, version)
                        VALUES (:id, :programme, :what, :unit, :startsOn, :endsOn, :outcome, :decision, :decidedOn,
                                :decidedBy, :demo, 0)
                        """).params(fields(p)).update();
    }

    boolean update(Pilot p, long expectedVersion) {
        return jdbc.sql("""
                                UPDATE pilot SET what = :what, organisation_id = :unit, starts_on = :startsOn,
                                    ends_on = :endsOn, outcome = :outcome, decision = :decision,
                                    decided_on = :decidedOn, decided_by = :decidedBy, version = version + 1
                                WHERE id = :id AND version = :expected
                                """)
                        .params(fields(p))
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    private static Map<String, Object> fields(Pilot p) {
        Map<String, Object> f = new HashMap<>();
        f.put("id", p.id());
        f.put("programme", p.programme().value());
        f.put("what", p.what());
        f.put("unit", p.unit().value());
        f.put("startsOn", p.startsOn());
        f.put("endsOn", p.endsOn());
        f.put("outcome", p.outcome());
        f.put("decision", p.decision().name());
        f.put("decidedOn", p.decidedOn());
        f.put("decidedBy", p.decidedBy() == null ? null : p.decidedBy().value());
        f.put("demo", p.demo());
        return f;
    }

    /** Deletes the row if it still has the version read; false when it has moved on. */
    boolean delete(UUID id, long expectedVersion) {
        return jdbc.sql("DELETE FROM pilot WHERE id = :id AND version = :expected")
                        .param("id", id)
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    private static Pilot map(ResultSet rs, int n) throws SQLException {
        java.sql.Date ends = rs.getDate("ends_on");
        java.sql.Date decided = rs.getDate("decided_on");
        UUID by = rs.getObject("decided_by", UUID.class);
        return new Pilot(
                rs.getObject("id", UUID.class),
                new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                rs.getString("what"),
                new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                rs.getDate("starts_on").toLocalDate(),
                ends == null ? null : ends.toLocalDate(),
                rs.getString("outcome"),
                RollOut.valueOf(rs.getString("decision")),
                decided == null ? null : decided.toLocalDate(),
                by == null ? null : new PersonId(by),
                rs.getBoolean("demo"),
                rs.getLong("version"));
    }
}
