package no.gevinst.evidence.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.gevinst.evidence.Evidence;
import no.gevinst.evidence.EvidenceId;
import no.gevinst.evidence.EvidenceKind;
import no.gevinst.evidence.EvidenceStatus;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EvidenceRepository {

    private static final String SELECT = """
            SELECT id, programme_id, kind, title, design, performed_by, period_start, period_end, status, result,
                   effect_size, effect_unit, ci_low, ci_high, source, source_url, version
            FROM evidence e
            """;

    private final JdbcClient jdbc;

    EvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Evidence> ofProgramme(ProgrammeId programme) {
        return withBenefits(jdbc.sql(SELECT + " WHERE programme_id = :p ORDER BY lower(title), id")
                .param("p", programme.value())
                .query(EvidenceRepository::row)
                .list());
    }

    List<Evidence> ofBenefit(BenefitId benefit) {
        return withBenefits(jdbc.sql(SELECT + """
                         WHERE id IN (SELECT l.evidence_id FROM evidence_benefit l WHERE l.benefit_id = :b)
                        ORDER BY lower(title), id""")
                .param("b", benefit.value())
                .query(EvidenceRepository::row)
                .list());
    }

    Optional<Evidence> find(EvidenceId id) {
        return withBenefits(jdbc.sql(SELECT + " WHERE id = :id")
                        .param("id", id.value())
                        .query(EvidenceRepository::row)
                        .list())
                .stream()
                .findFirst();
    }

    Set<BenefitId> evidenced(Set<ProgrammeId> programmes) {
        return new LinkedHashSet<>(jdbc.sql("""
                        SELECT DISTINCT l.benefit_id FROM evidence_benefit l JOIN evidence e ON e.id = l.evidence_id
                        WHERE e.programme_id = ANY(:p)""")
                .param("p", programmes.stream().map(ProgrammeId::value).toArray(UUID[]::new))
                .query((rs, n) -> new BenefitId(rs.getObject(1, UUID.class)))
                .list());
    }

    void insert(Evidence e) {
        jdbc.sql("""
                        INSERT INTO evidence (id, programme_id, kind, title, design, performed_by, period_start,
                                              period_end, status, result, effect_size, effect_unit, ci_low, ci_high,
                                              source, source_url, version)
                        VALUES (:id, :programme, :kind, :title, :design, :performedBy, :periodStart, :periodEnd,
                                :status, :result, :effectSize, :effectUnit, :ciLow, :ciHigh, :source, :sourceUrl, 0)
                        """)
                .params(params(e))
                .param("programme", e.programme().value())
                .update();
        links(e);
    }

    /** Writes the evaluation if it still has the version read; false when someone else wrote it first. */
    boolean update(Evidence e, long expectedVersion) {
        boolean written = jdbc.sql("""
                                UPDATE evidence SET kind = :kind, title = :title, design = :design,
                                       performed_by = :performedBy, period_start = :periodStart,
                                       period_end = :periodEnd, status = :status, result = :result,
                                       effect_size = :effectSize, effect_unit = :effectUnit, ci_low = :ciLow,
                                       ci_high = :ciHigh, source = :source, source_url = :sourceUrl,
                                       version = version + 1
                                WHERE id = :id AND version = :expected
                                """)
                        .params(params(e))
                        .param("expected", expectedVersion)
                        .update()
                == 1;
        if (written) {
            jdbc.sql("DELETE FROM evidence_benefit WHERE evidence_id = :id")
                    .param("id", e.id().value())
                    .update();
            links(e);
        }
        return written;
    }

    /** Deletes the row if it still has the version read; false when it has moved on. */
    boolean delete(EvidenceId id, long expectedVersion) {
        return jdbc.sql("DELETE FROM evidence WHERE id = :id AND version = :expected")
                        .param("id", id.value())
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    private void links(Evidence e) {
        for (BenefitId b : e.benefits()) {
            jdbc.sql("INSERT INTO evidence_benefit (evidence_id, benefit_id) VALUES (:e, :b)")
                    .param("e", e.id().value())
                    .param("b", b.value())
                    .update();
        }
    }

    private static Map<String, Object> params(Evidence e) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", e.id().value());
        p.put("kind", e.kind().name());
        p.put("title", e.title());
        p.put("design", e.design());
        p.put("performedBy", e.performedBy());
        p.put("periodStart", e.periodStart());
        p.put("periodEnd", e.periodEnd());
        p.put("status", e.status().name());
        p.put("result", e.result());
        p.put("effectSize", e.effectSize());
        p.put("effectUnit", e.effectUnit());
        p.put("ciLow", e.ciLow());
        p.put("ciHigh", e.ciHigh());
        p.put("source", e.source());
        p.put("sourceUrl", e.sourceUrl());
        return p;
    }

    private List<Evidence> withBenefits(List<Evidence> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<BenefitId>> links = new HashMap<>();
        jdbc.sql(
                        "SELECT evidence_id, benefit_id FROM evidence_benefit WHERE evidence_id = ANY(:ids) ORDER BY evidence_id, benefit_id")
                .param("ids", rows.stream().map(e -> e.id().value()).toArray(UUID[]::new))
                .query(rs -> {
                    links.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new BenefitId(rs.getObject(2, UUID.class)));
                });
        return rows.stream()
                .map(e -> e.withBenefits(links.getOrDefault(e.id().value(), List.of())))
                .toList();
    }

    private static Evidence row(ResultSet rs, int n) throws SQLException {
        return new Evidence(
                new EvidenceId(rs.getObject("id", UUID.class)),
                new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                EvidenceKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("design"),
                rs.getString("performed_by"),
                rs.getObject("period_start", java.time.LocalDate.class),
                rs.getObject("period_end", java.time.LocalDate.class),
                EvidenceStatus.valueOf(rs.getString("status")),
                rs.getString("result"),
                stripped(rs.getBigDecimal("effect_size")),
                rs.getString("effect_unit"),
                stripped(rs.getBigDecimal("ci_low")),
                stripped(rs.getBigDecimal("ci_high")),
                rs.getString("source"),
                rs.getString("source_url"),
                List.of(),
                rs.getLong("version"));
    }

    /** The number as typed: numeric(20, 6) pads it with zeros. */
    private static java.math.BigDecimal stripped(java.math.BigDecimal n) {
        if (n == null) {
            return null;
        }
        java.math.BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
