package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.gevinst.portfolio.Decision;
import no.gevinst.portfolio.DecisionKind;
import no.gevinst.shared.BenefitId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class DecisionRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DecisionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Every recorded decision by conflict key; decisions on conflicts no longer found stay, dormant. */
    Map<String, Decision> all() {
        Map<String, Decision> byKey = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM double_counting_decision")
                .query(this::map)
                .list()
                .forEach(d -> byKey.put(d.conflictKey(), d));
        return byKey;
    }

    /** Inserts the first decision on a conflict; false when another was recorded meanwhile. */
    boolean insert(Decision d) {
        return jdbc.sql("""
                        INSERT INTO double_counting_decision (conflict_key, kind, primary_benefit, shares,
                                                              justification, decided_by, decided_at, version)
                        VALUES (:key, :kind, :primary, CAST(:shares AS jsonb), :justification, :by, :at, 0)
                        ON CONFLICT (conflict_key) DO NOTHING
                        """).params(params(d)).update() == 1;
    }

    /** Replaces the decision still at the expected version; false when someone changed it meanwhile. */
    boolean replace(Decision d, long expectedVersion) {
        Map<String, Object> params = new LinkedHashMap<>(params(d));
        params.put("expected", expectedVersion);
        return jdbc.sql("""
                        UPDATE double_counting_decision
                        SET kind = :kind, primary_benefit = :primary, shares = CAST(:shares AS jsonb),
                            justification = :justification, decided_by = :by, decided_at = :at,
                            version = version + 1
                        WHERE conflict_key = :key AND version = :expected
                        """).params(params).update() == 1;
    }

    private Map<String, Object> params(Decision d) {
        Map<String, String> shares = new LinkedHashMap<>();
        d.shares().forEach((id, share) -> shares.put(id.toString(), share.toPlainString()));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("key", d.conflictKey());
        params.put("kind", d.kind().name());
        params.put(
                "primary",
                d.primaryBenefit() == null ? null : d.primaryBenefit().value());
        params.put("shares", json.writeValueAsString(shares));
        params.put("justification", d.justification());
        params.put("by", d.decidedBy());
        params.put("at", Timestamp.from(d.decidedAt()));
        return params;
    }

    private Decision map(ResultSet rs, int rowNum) throws SQLException {
        Map<String, String> stored = json.readValue(rs.getString("shares"), new TypeReference<>() {});
        Map<BenefitId, BigDecimal> shares = new LinkedHashMap<>();
        stored.forEach((id, share) -> shares.put(BenefitId.of(id), new BigDecimal(share)));
        UUID primary = rs.getObject("primary_benefit", UUID.class);
        return new Decision(
                rs.getString("conflict_key"),
                DecisionKind.valueOf(rs.getString("kind")),
                primary == null ? null : new BenefitId(primary),
                shares,
                rs.getString("justification"),
                rs.getString("decided_by"),
                rs.getTimestamp("decided_at").toInstant(),
                rs.getLong("version"));
    }
}
