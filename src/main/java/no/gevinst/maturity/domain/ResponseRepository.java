package no.gevinst.maturity.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.maturity.MaturityTemplate;
import no.gevinst.maturity.RoundId;
import no.gevinst.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The answers. One person's answer is read back only for that person; everything else leaves the database already
 * summed per unit and dimension.
 */
@Repository
class ResponseRepository {

    /** One person's stored answer. */
    record Stored(UUID id, OrganisationId unit, Map<String, Integer> scores, long version) {}

    private final JdbcClient jdbc;

    ResponseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> mine(RoundId round, UUID respondent) {
        Optional<Stored> found = jdbc.sql("""
                        SELECT id, organisation_id, version FROM maturity_response
                        WHERE round_id = :round AND respondent = :respondent
                        """)
                .param("round", round.value())
                .param("respondent", respondent)
                .query((rs, n) -> new Stored(
                        rs.getObject("id", UUID.class),
                        new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                        Map.of(),
                        rs.getLong("version")))
                .optional();
        return found.map(s -> new Stored(s.id(), s.unit(), scores(s.id()), s.version()));
    }

    void insert(
            UUID id,
            RoundId round,
            UUID respondent,
            OrganisationId unit,
            MaturityTemplate template,
            Map<String, Integer> scores) {
        jdbc.sql("""
                        INSERT INTO maturity_response (id, round_id, respondent, organisation_id, answered_at, version)
                        VALUES (:id, :round, :respondent, :unit, :at, 0)
                        """)
                .param("id", id)
                .param("round", round.value())
                .param("respondent", respondent)
                .param("unit", unit.value())
                .param("at", java.sql.Timestamp.from(Instant.now()))
                .update();
        insertScores(id, template, scores);
    }

    /** Replaces the answer only if it still has {@code expectedVersion}; answers whether it did. */
    boolean update(
            UUID id,
            OrganisationId unit,
            MaturityTemplate template,
            Map<String, Integer> scores,
            long expectedVersion) {
        boolean written = jdbc.sql("""
                                UPDATE maturity_response SET organisation_id = :unit, answered_at = :at,
                                    version = version + 1
                                WHERE id = :id AND version = :expected
                                """)
                        .param("id", id)
                        .param("unit", unit.value())
                        .param("at", java.sql.Timestamp.from(Instant.now()))
                        .param("expected", expectedVersion)
                        .update()
                == 1;
        if (written) {
            jdbc.sql("DELETE FROM maturity_score WHERE response_id = :id")
                    .param("id", id)
                    .update();
            insertScores(id, template, scores);
        }
        return written;
    }

    /** Per unit: how many answered, and per dimension the points and number of scores. */
    List<Tally> tallies(RoundId round) {
        Map<OrganisationId, Integer> respondents = new LinkedHashMap<>();
        Map<OrganisationId, Map<String, Tally.Sum>> sums = new HashMap<>();
        jdbc.sql("""
                        SELECT r.organisation_id, s.dimension, count(DISTINCT r.id) AS n, sum(s.score) AS points,
                               count(*) AS answers
                        FROM maturity_response r JOIN maturity_score s ON s.response_id = r.id
                        WHERE r.round_id = :round
                        GROUP BY r.organisation_id, s.dimension
                        ORDER BY r.organisation_id, s.dimension
                        """).param("round", round.value()).query(rs -> {
            OrganisationId unit = new OrganisationId(rs.getObject("organisation_id", UUID.class));
            respondents.merge(unit, rs.getInt("n"), Math::max);
            sums.computeIfAbsent(unit, k -> new HashMap<>())
                    .put(rs.getString("dimension"), new Tally.Sum(rs.getLong("points"), rs.getLong("answers")));
        });
        return respondents.entrySet().stream()
                .map(e -> new Tally(e.getKey(), e.getValue(), sums.get(e.getKey())))
                .toList();
    }

    private Map<String, Integer> scores(UUID response) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        jdbc.sql("SELECT statement, score FROM maturity_score WHERE response_id = :id")
                .param("id", response)
                .query(rs -> {
                    scores.put(rs.getString("statement"), rs.getInt("score"));
                });
        return scores;
    }

    private void insertScores(UUID response, MaturityTemplate template, Map<String, Integer> scores) {
        scores.forEach((statement, score) -> jdbc.sql("""
                        INSERT INTO maturity_score (response_id, statement, dimension, score)
                        VALUES (:id, :statement, :dimension, :score)
                        """)
                .param("id", response)
                .param("statement", statement)
                .param(
                        "dimension",
                        template.dimensionOf(statement)
                                .map(MaturityTemplate.Dimension::key)
                                .orElseThrow())
                .param("score", score)
                .update());
    }
}
