package no.gevinst.valuation.domain;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.Actor;
import no.gevinst.valuation.ModelKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The calculation model of each priced benefit, as it was entered (the benefit_valuation table). */
@Repository
class BenefitModelRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    BenefitModelRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A benefit's stored model, as it was entered. */
    record StoredModel(
            BenefitId benefit,
            Actor actor,
            ModelKind kind,
            Map<String, String> parameters,
            int phaseInFirst,
            List<BigDecimal> phaseInShares,
            long version) {}

    /** The version of each model of the programme's benefits, by benefit. */
    Map<BenefitId, Long> versions(ProgrammeId programme) {
        Map<BenefitId, Long> models = new HashMap<>();
        jdbc.sql("""
                        SELECT v.benefit_id, v.version FROM benefit_valuation v
                        JOIN valuation_benefit_scope b ON b.benefit_id = v.benefit_id
                        WHERE b.programme_id = :p
                        """).param("p", programme.value()).query(rs -> {
            models.put(new BenefitId(rs.getObject("benefit_id", UUID.class)), rs.getLong("version"));
        });
        return models;
    }

    List<StoredModel> models(ProgrammeId programme) {
        return jdbc.sql("""
                        SELECT v.* FROM benefit_valuation v
                        JOIN valuation_benefit_scope b ON b.benefit_id = v.benefit_id
                        WHERE b.programme_id = :p ORDER BY b.code
                        """)
                .param("p", programme.value())
                .query((rs, n) -> storedModel(rs))
                .list();
    }

    Optional<StoredModel> model(BenefitId benefit) {
        return jdbc.sql("SELECT * FROM benefit_valuation WHERE benefit_id = :b")
                .param("b", benefit.value())
                .query((rs, n) -> storedModel(rs))
                .optional();
    }

    /**
     * Writes a model if the stored one still has the expected version (none stored when null).
     *
     * @return false when someone else wrote it first: nothing was changed
     */
    boolean save(StoredModel m, Long expectedVersion) {
        return jdbc.sql("""
                        INSERT INTO benefit_valuation (benefit_id, actor, model_kind, parameters, phase_in_first,
                            phase_in_shares)
                        VALUES (:b, :actor, :kind, CAST(:params AS jsonb), :first, CAST(:shares AS numeric[]))
                        ON CONFLICT (benefit_id) DO UPDATE SET actor = excluded.actor, model_kind = excluded.model_kind,
                            parameters = excluded.parameters, phase_in_first = excluded.phase_in_first,
                            phase_in_shares = excluded.phase_in_shares, version = benefit_valuation.version + 1
                        WHERE benefit_valuation.version = :expected
                        """)
                        .param("expected", expectedVersion == null ? -1 : expectedVersion)
                        .param("b", m.benefit().value())
                        .param("actor", m.actor().name())
                        .param("kind", m.kind().name())
                        .param("params", json.writeValueAsString(m.parameters()))
                        .param("first", m.phaseInFirst())
                        .param(
                                "shares",
                                m.phaseInShares().stream()
                                        .map(BigDecimal::toPlainString)
                                        .toArray(String[]::new))
                        .update()
                == 1;
    }

    /** A row of benefit_valuation. */
    private StoredModel storedModel(ResultSet rs) throws SQLException {
        return new StoredModel(
                new BenefitId(rs.getObject("benefit_id", UUID.class)),
                Actor.valueOf(rs.getString("actor")),
                ModelKind.valueOf(rs.getString("model_kind")),
                json.readValue(rs.getString("parameters"), new TypeReference<Map<String, String>>() {}),
                rs.getInt("phase_in_first"),
                shares(rs.getArray("phase_in_shares")),
                rs.getLong("version"));
    }

    private static List<BigDecimal> shares(Array array) throws SQLException {
        return Arrays.stream((BigDecimal[]) array.getArray()).toList();
    }
}
