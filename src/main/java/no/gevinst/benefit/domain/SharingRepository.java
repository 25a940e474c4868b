package no.gevinst.benefit.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.benefit.BenefitMerge;
import no.gevinst.benefit.BenefitShare;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.Percent;
import no.gevinst.shared.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The shares of benefits between programmes, and the merges of benefits found to be the same. */
@Repository
class SharingRepository {

    private final JdbcClient jdbc;

    SharingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<BenefitShare> shares(BenefitId benefit) {
        return jdbc.sql("SELECT * FROM benefit_share WHERE benefit_id = :id ORDER BY share_percent DESC, proposed_at")
                .param("id", benefit.value())
                .query(SharingRepository::share)
                .list();
    }

    Map<BenefitId, List<BenefitShare>> shares(Collection<BenefitId> benefits) {
        Map<BenefitId, List<BenefitShare>> byBenefit = new LinkedHashMap<>();
        if (benefits.isEmpty()) {
            return byBenefit;
        }
        jdbc.sql("""
                        SELECT * FROM benefit_share WHERE benefit_id = ANY(:ids)
                        ORDER BY benefit_id, share_percent DESC, proposed_at
                        """)
                .param("ids", benefits.stream().map(BenefitId::value).toArray(UUID[]::new))
                .query(SharingRepository::share)
                .list()
                .forEach(s -> byBenefit
                        .computeIfAbsent(s.benefit(), k -> new java.util.ArrayList<>())
                        .add(s));
        return byBenefit;
    }

    Map<BenefitId, Percent> accepted(ProgrammeId programme) {
        Map<BenefitId, Percent> shares = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM benefit_share WHERE programme_id = :p AND accepted_at IS NOT NULL")
                .param("p", programme.value())
                .query(SharingRepository::share)
                .list()
                .forEach(s -> shares.put(s.benefit(), s.share()));
        return shares;
    }

    List<BenefitShare> acceptedOutOf(ProgrammeId programme) {
        return jdbc.sql("""
                        SELECT s.* FROM benefit_share s JOIN benefit b ON b.id = s.benefit_id
                        WHERE b.programme_id = :p AND s.accepted_at IS NOT NULL
                          AND NOT EXISTS (SELECT 1 FROM benefit_merge m WHERE m.merged_id = b.id)
                        ORDER BY b.code, s.share_percent DESC
                        """)
                .param("p", programme.value())
                .query(SharingRepository::share)
                .list();
    }

    List<BenefitShare> proposedTo(Collection<ProgrammeId> programmes) {
        return jdbc.sql("""
                        SELECT * FROM benefit_share WHERE programme_id = ANY(:p) AND accepted_at IS NULL
                        ORDER BY proposed_at
                        """)
                .param("p", programmes.stream().map(ProgrammeId::value).toArray(UUID[]::new))
                .query(SharingRepository::share)
                .list();
    }

    /**
     * Locks the benefit's row until the transaction ends, so that two proposals at once cannot both pass the check that
     * the shares stay within 100 %.
     */
    void lockBenefits(BenefitId... benefits) {
        jdbc.sql("SELECT id FROM benefit WHERE id = ANY(:ids) ORDER BY id FOR UPDATE")
                .param(
                        "ids",
                        java.util.Arrays.stream(benefits).map(BenefitId::value).toArray(UUID[]::new))
                .query(UUID.class)
                .list();
    }

    void insert(BenefitShare s) {
        jdbc.sql("""
                        INSERT INTO benefit_share (benefit_id, programme_id, share_percent, proposed_by, proposed_at, version)
                        VALUES (:b, :p, :share, :by, :at, 0)
                        """)
                .param("b", s.benefit().value())
                .param("p", s.programme().value())
                .param("share", s.share().value())
                .param("by", s.proposedBy())
                .param("at", Timestamp.from(s.proposedAt()))
                .update();
    }

    boolean accept(BenefitId benefit, ProgrammeId programme, long expected, String by, Instant at) {
        return jdbc.sql("""
                                UPDATE benefit_share SET accepted_by = :by, accepted_at = :at, version = version + 1
                                WHERE benefit_id = :b AND programme_id = :p AND version = :expected
                                """)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .param("b", benefit.value())
                        .param("p", programme.value())
                        .param("expected", expected)
                        .update()
                == 1;
    }

    boolean delete(BenefitId benefit, ProgrammeId programme, long expected) {
        return jdbc.sql("DELETE FROM benefit_share WHERE benefit_id = :b AND programme_id = :p AND version = :expected")
                        .param("b", benefit.value())
                        .param("p", programme.value())
                        .param("expected", expected)
                        .update()
                == 1;
    }

    /** True when a programme the user may see (accepted) or coordinates (proposed) shares the benefit. */
    boolean sharedWithAny(BenefitId benefit, Collection<ProgrammeId> seen, Collection<ProgrammeId> coordinated) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM benefit_share WHERE benefit_id = :b
                          AND ((accepted_at IS NOT NULL AND programme_id = ANY(:seen))
                               OR programme_id = ANY(:coordinated)))
                        """)
                .param("b", benefit.value())
                .param("seen", seen.stream().map(ProgrammeId::value).toArray(UUID[]::new))
                .param(
                        "coordinated",
                        coordinated.stream().map(ProgrammeId::value).toArray(UUID[]::new))
                .query(Boolean.class)
                .single();
    }

    void insertMerge(BenefitMerge m) {
        jdbc.sql("""
                        INSERT INTO benefit_merge (merged_id, kept_id, decided_by, decided_at, reason, decision_reference)
                        VALUES (:merged, :kept, :by, :at, :reason, :reference)
                        """)
                .param("merged", m.merged().value())
                .param("kept", m.kept().value())
                .param("by", m.decidedBy())
                .param("at", Timestamp.from(m.decidedAt()))
                .param("reason", m.reason())
                .param("reference", m.decisionReference())
                .update();
    }

    /**
     * Gives the kept benefit the merged one's allocations to organisations it has none for, largest first while the
     * kept benefit's shares stay within 100 %, and its investors; what does not fit stays on the merged benefit,
     * readable on its profile. The kept benefit's version moves: its record changed. Returns the allocations moved.
     */
    int moveAllocations(BenefitId kept, BenefitId merged) {
        int moved = jdbc.sql("""
                        INSERT INTO benefit_allocation (benefit_id, organisation_id, share_percent)
                        SELECT :kept, m.organisation_id, m.share_percent
                        FROM (SELECT organisation_id, share_percent,
                                     sum(share_percent) OVER (ORDER BY share_percent DESC, organisation_id) AS running
                              FROM benefit_allocation
                              WHERE benefit_id = :merged
                                AND organisation_id NOT IN
                                    (SELECT organisation_id FROM benefit_allocation WHERE benefit_id = :kept)) m
                        WHERE m.running + (SELECT coalesce(sum(share_percent), 0) FROM benefit_allocation
                                           WHERE benefit_id = :kept) <= 100
                        """)
                .param("kept", kept.value())
                .param("merged", merged.value())
                .update();
        jdbc.sql("""
                        INSERT INTO benefit_investor (benefit_id, organisation_id)
                        SELECT :kept, organisation_id FROM benefit_investor WHERE benefit_id = :merged
                        ON CONFLICT DO NOTHING
                        """)
                .param("kept", kept.value())
                .param("merged", merged.value())
                .update();
        jdbc.sql("UPDATE benefit SET version = version + 1, updated_at = now() WHERE id = :kept")
                .param("kept", kept.value())
                .update();
        return moved;
    }

    Optional<BenefitMerge> mergedInto(BenefitId benefit) {
        return jdbc.sql("SELECT * FROM benefit_merge WHERE merged_id = :id")
                .param("id", benefit.value())
                .query(SharingRepository::merge)
                .optional();
    }

    List<BenefitMerge> mergedFrom(BenefitId benefit) {
        return jdbc.sql("SELECT * FROM benefit_merge WHERE kept_id = :id ORDER BY decided_at")
                .param("id", benefit.value())
                .query(SharingRepository::merge)
                .list();
    }

    List<BenefitMerge> merges(BenefitId benefit) {
        return jdbc.sql("SELECT * FROM benefit_merge WHERE merged_id = :id OR kept_id = :id ORDER BY decided_at")
                .param("id", benefit.value())
                .query(SharingRepository::merge)
                .list();
    }

    private static BenefitShare share(ResultSet rs, int n) throws SQLException {
        Timestamp accepted = rs.getTimestamp("accepted_at");
        BigDecimal share = rs.getBigDecimal("share_percent");
        return new BenefitShare(
                new BenefitId(rs.getObject("benefit_id", UUID.class)),
                new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                new Percent(share),
                rs.getString("proposed_by"),
                rs.getTimestamp("proposed_at").toInstant(),
                rs.getString("accepted_by"),
                accepted == null ? null : accepted.toInstant(),
                rs.getLong("version"));
    }

    private static BenefitMerge merge(ResultSet rs, int n) throws SQLException {
        return new BenefitMerge(
                new BenefitId(rs.getObject("merged_id", UUID.class)),
                new BenefitId(rs.getObject("kept_id", UUID.class)),
                rs.getString("decided_by"),
                rs.getTimestamp("decided_at").toInstant(),
                rs.getString("reason"),
                rs.getString("decision_reference"));
    }
}
