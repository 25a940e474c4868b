package no.gevinst.stakeholder.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.stakeholder.Stakeholder;
import no.gevinst.stakeholder.StakeholderId;
import no.gevinst.stakeholder.StakeholderKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StakeholderRepository {

    private static final String SELECT = """
            SELECT id, programme_id, organisation_id, name, kind, interest, influence, concerns, demo, version
            FROM stakeholder
            """;

    private static final String ORDER = " ORDER BY influence DESC, interest DESC, lower(name), id";

    private final JdbcClient jdbc;

    StakeholderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Stakeholder> ofProgramme(ProgrammeId programme, Optional<OrganisationId> organisation) {
        if (organisation.isPresent()) {
            return jdbc.sql(SELECT + " WHERE programme_id = :p AND organisation_id = :o" + ORDER)
                    .param("p", programme.value())
                    .param("o", organisation.get().value())
                    .query(StakeholderRepository::map)
                    .list();
        }
        return jdbc.sql(SELECT + " WHERE programme_id = :p" + ORDER)
                .param("p", programme.value())
                .query(StakeholderRepository::map)
                .list();
    }

    Optional<Stakeholder> find(StakeholderId id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id.value())
                .query(StakeholderRepository::map)
                .optional();
    }

    void insert(Stakeholder s) {
        jdbc.sql("""
                        INSERT INTO stakeholder (id, programme_id, organisation_id, name, kind, interest, influence,
                                                 concerns, demo, version)
                        VALUES (:id, :p, :o, :name, :kind, :interest, :influence, :concerns, :demo, :version)
                        """)
                .param("id", s.id().value())
                .param("p", s.programme().value())
                .param("o", s.organisation() == null ? null : s.organisation().value())
                .param("name", s.name())
                .param("kind", s.kind().name())
                .param("interest", s.interest())
                .param("influence", s.influence())
                .param("concerns", s.concerns())
                .param("demo", s.demo())
                .param("version", s.version())
                .update();
    }

    /** Writes the new state if the row still has the expected version; false when it has moved on. */
    boolean update(Stakeholder s, long expectedVersion) {
        return jdbc.sql("""
                                UPDATE stakeholder SET organisation_id = :o, name = :name, kind = :kind,
                                    interest = :interest, influence = :influence, concerns = :concerns,
                                    version = version + 1
                                WHERE id = :id AND version = :expected
                                """)
                        .param("id", s.id().value())
                        .param(
                                "o",
                                s.organisation() == null
                                        ? null
                                        : s.organisation().value())
                        .param("name", s.name())
                        .param("kind", s.kind().name())
                        .param("interest", s.interest())
                        .param("influence", s.influence())
                        .param("concerns", s.concerns())
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    /** Deletes the stakeholder (and its actions) if it still has the version read. */
    boolean delete(StakeholderId id, long expectedVersion) {
        return jdbc.sql("DELETE FROM stakeholder WHERE id = :id AND version = :expected")
                        .param("id", id.value())
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    private static Stakeholder map(ResultSet rs, int n) throws SQLException {
        UUID organisation = rs.getObject("organisation_id", UUID.class);
        return new Stakeholder(
                new StakeholderId(rs.getObject("id", UUID.class)),
                new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                organisation == null ? null : new OrganisationId(organisation),
                rs.getString("name"),
                StakeholderKind.valueOf(rs.getString("kind")),
                rs.getInt("interest"),
                rs.getInt("influence"),
                rs.getString("concerns"),
                rs.getBoolean("demo"),
                rs.getLong("version"));
    }
}
