package no.gevinst.maturity.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.maturity.Round;
import no.gevinst.maturity.RoundId;
import no.gevinst.maturity.RoundStatus;
import no.gevinst.maturity.RoundUnit;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rounds and the units they are sent to: two statements for any number of rounds. */
@Repository
class RoundRepository {

    private static final String SELECT = """
            SELECT id, programme_id, template, name, opens_on, closes_on, status, demo, version FROM maturity_round
            """;

    private final JdbcClient jdbc;

    RoundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Round> ofProgramme(ProgrammeId programme) {
        return withUnits(jdbc.sql(SELECT + " WHERE programme_id = :p ORDER BY closes_on DESC, lower(name), id")
                .param("p", programme.value())
                .query(RoundRepository::map)
                .list());
    }

    Optional<Round> find(RoundId id) {
        return withUnits(jdbc.sql(SELECT + " WHERE id = :id")
                        .param("id", id.value())
                        .query(RoundRepository::map)
                        .list())
                .stream()
                .findFirst();
    }

    /** The open rounds sent to any of the organisations. */
    List<Round> openTo(List<OrganisationId> organisations) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return withUnits(jdbc.sql(SELECT + """
                         WHERE status = 'OPEN' AND id IN (SELECT round_id FROM maturity_round_unit
                                                          WHERE organisation_id = ANY(:orgs))
                        ORDER BY closes_on, lower(name), id
                        """)
                .param("orgs", organisations.stream().map(OrganisationId::value).toArray(UUID[]::new))
                .query(RoundRepository::map)
                .list());
    }

    void insert(Round round) {
        jdbc.sql("""
                        INSERT INTO maturity_round (id, programme_id, template, name, opens_on, closes_on, status, demo,
                                                    version)
                        VALUES (:id, :programme, :template, :name, :opens, :closes, :status, :demo, :version)
                        """)
                .param("id", round.id().value())
                .param("programme", round.programme().value())
                .param("template", round.template())
                .param("name", round.name())
                .param("opens", round.opensOn())
                .param("closes", round.closesOn())
                .param("status", round.status().name())
                .param("demo", round.demo())
                .param("version", round.version())
                .update();
        insertUnits(round);
    }

    /** Writes the round only if nobody else did since {@code expectedVersion}; answers whether it did. */
    boolean update(Round round, long expectedVersion, boolean units) {
        boolean written = jdbc.sql("""
                                UPDATE maturity_round SET template = :template, name = :name, opens_on = :opens,
                                    closes_on = :closes, status = :status, version = :version
                                WHERE id = :id AND version = :expected
                                """)
                        .param("id", round.id().value())
                        .param("template", round.template())
                        .param("name", round.name())
                        .param("opens", round.opensOn())
                        .param("closes", round.closesOn())
                        .param("status", round.status().name())
                        .param("version", round.version())
                        .param("expected", expectedVersion)
                        .update()
                == 1;
        if (written && units) {
            jdbc.sql("DELETE FROM maturity_round_unit WHERE round_id = :id")
                    .param("id", round.id().value())
                    .update();
            insertUnits(round);
        }
        return written;
    }

    long version(RoundId id) {
        return find(id).map(Round::version).orElse(-1L);
    }

    private void insertUnits(Round round) {
        for (RoundUnit unit : round.units()) {
            jdbc.sql("""
                            INSERT INTO maturity_round_unit (round_id, organisation_id, name, parent_id, parent_name,
                                                             chosen)
                            VALUES (:round, :org, :name, :parent, :parentName, :chosen)
                            """)
                    .param("round", round.id().value())
                    .param("org", unit.organisation().value())
                    .param("name", unit.name())
                    .param(
                            "parent",
                            unit.parent() == null ? null : unit.parent().value())
                    .param("parentName", unit.parentName())
                    .param("chosen", unit.chosen())
                    .update();
        }
    }

    private List<Round> withUnits(List<Round> rounds) {
        if (rounds.isEmpty()) {
            return rounds;
        }
        Map<UUID, List<RoundUnit>> units = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT round_id, organisation_id, name, parent_id, parent_name, chosen FROM maturity_round_unit
                        WHERE round_id = ANY(:ids) ORDER BY NOT chosen, lower(name), organisation_id
                        """)
                .param("ids", rounds.stream().map(r -> r.id().value()).toArray(UUID[]::new))
                .query(rs -> {
                    UUID parent = rs.getObject("parent_id", UUID.class);
                    units.computeIfAbsent(rs.getObject("round_id", UUID.class), k -> new ArrayList<>())
                            .add(new RoundUnit(
                                    new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                                    rs.getString("name"),
                                    parent == null ? null : new OrganisationId(parent),
                                    rs.getString("parent_name"),
                                    rs.getBoolean("chosen")));
                });
        return rounds.stream()
                .map(r -> new Round(
                        r.id(),
                        r.programme(),
                        r.template(),
                        r.name(),
                        r.opensOn(),
                        r.closesOn(),
                        r.status(),
                        r.demo(),
                        units.getOrDefault(r.id().value(), List.of()),
                        r.version()))
                .toList();
    }

    private static Round map(ResultSet rs, int n) throws SQLException {
        return new Round(
                new RoundId(rs.getObject("id", UUID.class)),
                new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                rs.getString("template"),
                rs.getString("name"),
                rs.getDate("opens_on").toLocalDate(),
                rs.getDate("closes_on").toLocalDate(),
                RoundStatus.valueOf(rs.getString("status")),
                rs.getBoolean("demo"),
                List.of(),
                rs.getLong("version"));
    }
}
