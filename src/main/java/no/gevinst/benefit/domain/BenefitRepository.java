package no.gevinst.benefit.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import no.gevinst.benefit.Allocation;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.StatusChange;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FrameworkItemId;
import no.gevinst.shared.ObjectiveId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.Percent;
import no.gevinst.shared.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BenefitRepository {

    private final JdbcClient jdbc;
    private final BenefitLists lists;
    private final BenefitNews news;

    private static final String MEMO = "benefit:";

    BenefitRepository(JdbcClient jdbc, BenefitNews news) {
        this.jdbc = jdbc;
        this.lists = new BenefitLists(jdbc);
        this.news = news;
    }

    /** A benefit, read once per page request: a page's rights checks ask for the same benefit many times. */
    Optional<Benefit> find(BenefitId id) {
        return no.gevinst.shared.RequestMemo.remember(MEMO + id.value(), () -> read(id));
    }

    /** One benefit with its lists in one statement: each list an array in the order the page lists read it. */
    private Optional<Benefit> read(BenefitId id) {
        return jdbc.sql("""
                        SELECT b.*,
                          ARRAY(SELECT framework_item_id FROM benefit_priority_area WHERE benefit_id = b.id)
                            AS priority_areas,
                          ARRAY(SELECT bo.objective_id FROM benefit_objective bo JOIN benefit_objective_number o ON o.objective_id = bo.objective_id
                                WHERE bo.benefit_id = b.id ORDER BY o.number) AS objectives,
                          ARRAY(SELECT organisation_id FROM benefit_allocation WHERE benefit_id = b.id
                                ORDER BY share_percent DESC, organisation_id) AS allocation_organisations,
                          ARRAY(SELECT share_percent FROM benefit_allocation WHERE benefit_id = b.id
                                ORDER BY share_percent DESC, organisation_id) AS allocation_shares,
                          ARRAY(SELECT organisation_id FROM benefit_investor WHERE benefit_id = b.id) AS investors
                        FROM benefit b WHERE b.id = :id
                        """)
                .param("id", id.value())
                .query((rs, n) -> {
                    UUID[] organisations = uuids(rs, "allocation_organisations");
                    BigDecimal[] shares =
                            (BigDecimal[]) rs.getArray("allocation_shares").getArray();
                    List<Allocation> allocations = new ArrayList<>(organisations.length);
                    for (int i = 0; i < organisations.length; i++) {
                        allocations.add(new Allocation(new OrganisationId(organisations[i]), new Percent(shares[i])));
                    }
                    return new BenefitRow(rs)
                            .toBenefit(
                                    ids(rs, "priority_areas", FrameworkItemId::new),
                                    ids(rs, "objectives", ObjectiveId::new),
                                    allocations,
                                    ids(rs, "investors", OrganisationId::new));
                })
                .optional();
    }

    private static UUID[] uuids(ResultSet rs, String column) throws SQLException {
        return (UUID[]) rs.getArray(column).getArray();
    }

    private static <T> List<T> ids(ResultSet rs, String column, Function<UUID, T> id) throws SQLException {
        return java.util.Arrays.stream(uuids(rs, column)).map(id).toList();
    }

    Optional<BenefitId> findByCode(String code) {
        return jdbc.sql("SELECT id FROM benefit WHERE code = :code")
                .param("code", code)
                .query((rs, n) -> new BenefitId(rs.getObject("id", UUID.class)))
                .optional();
    }

    /** The highest number used in codes of the form PREFIX-nnn, for numbering the next benefit. */
    int highestNumber(String prefix) {
        Integer highest = jdbc.sql("""
                        SELECT max(CAST(substring(code FROM length(:prefix) + 2) AS int)) FROM benefit
                        WHERE code ~ ('^' || :prefix || '-[0-9]{1,6}$')
                        """)
                .param("prefix", prefix)
                .query(Integer.class)
                .optional()
                .orElse(null);
        return highest == null ? 0 : highest;
    }

    List<Benefit> search(RegisterFilter filter, BenefitQuery query, boolean paged) {
        String sql = "SELECT b.* FROM benefit b WHERE " + filter.where() + " ORDER BY " + filter.orderBy()
                + (paged ? " LIMIT :limit OFFSET :offset" : "");
        Map<String, Object> params = new HashMap<>(filter.params());
        if (paged) {
            params.put("limit", query.size());
            params.put("offset", (long) (query.page() - 1) * query.size());
        }
        return lists.withLists(
                jdbc.sql(sql).params(params).query(BenefitRow::map).list());
    }

    long count(RegisterFilter filter) {
        return jdbc.sql("SELECT count(*) FROM benefit b WHERE " + filter.where())
                .params(filter.params())
                .query(Long.class)
                .single();
    }

    Map<BenefitStatus, Long> countsByStatus(RegisterFilter filter) {
        Map<BenefitStatus, Long> counts = new EnumMap<>(BenefitStatus.class);
        for (BenefitStatus status : BenefitStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("SELECT b.status, count(*) AS n FROM benefit b WHERE " + filter.where() + " GROUP BY b.status")
                .params(filter.params())
                .query(rs -> {
                    counts.put(BenefitStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }

    void insert(Benefit b) {
        no.gevinst.shared.RequestMemo.forget(MEMO);
        jdbc.sql("""
                        INSERT INTO benefit (id, programme_id, code, title, description, observable_outcome, attribution,
                            kind, area_id, benefit_class, owner_id, responsible_id, units, expected_start, full_effect,
                            priority, priority_rationale, prerequisites, evidence_links, status, abandon_reason, version)
                        VALUES (:id, :programme, :code, :title, :description, :outcome, :attribution, :kind, :area,
                            :class, :owner, :responsible, :units, :start, :fullEffect, :priority, :rationale,
                            :prerequisites, :evidence, :status, :reason, :version)
                        """).params(BenefitRow.columns(b)).update();
        lists.write(b);
        news.announce(b);
    }

    boolean update(Benefit b, long expectedVersion) {
        no.gevinst.shared.RequestMemo.forget(MEMO);
        Map<String, Object> params = BenefitRow.columns(b);
        params.put("expected", expectedVersion);
        int rows = jdbc.sql("""
                        UPDATE benefit SET code = :code, title = :title, description = :description,
                            observable_outcome = :outcome, attribution = :attribution, kind = :kind, area_id = :area,
                            benefit_class = :class, owner_id = :owner, responsible_id = :responsible, units = :units,
                            expected_start = :start, full_effect = :fullEffect, priority = :priority,
                            priority_rationale = :rationale, prerequisites = :prerequisites,
                            evidence_links = :evidence, status = :status, abandon_reason = :reason,
                            version = :version, updated_at = now()
                        WHERE id = :id AND version = :expected
                        """).params(params).update();
        if (rows == 1) {
            lists.rewrite(b);
            news.announce(b);
        }
        return rows == 1;
    }

    /** Tells of the benefits as they are stored now, after their allocations were written directly (a merge). */
    void announce(java.util.Collection<BenefitId> ids) {
        no.gevinst.shared.RequestMemo.forget(MEMO);
        news.announce(ids);
    }

    /** Names the benefit's owner, whatever version it is at: the owner alone changes (issue 18, handover). */
    void nameOwner(BenefitId id, PersonId owner) {
        no.gevinst.shared.RequestMemo.forget(MEMO);
        jdbc.sql("UPDATE benefit SET owner_id = :owner, version = version + 1, updated_at = now() WHERE id = :id")
                .param("owner", owner.value())
                .param("id", id.value())
                .update();
    }

    void recordStatusChange(BenefitId id, BenefitStatus from, BenefitStatus to, String reason, String by) {
        jdbc.sql("""
                        INSERT INTO benefit_status_change (benefit_id, from_status, to_status, reason, changed_by)
                        VALUES (:id, :from, :to, :reason, :by)
                        """)
                .param("id", id.value())
                .param("from", from == null ? null : from.name())
                .param("to", to.name())
                .param("reason", reason)
                .param("by", by)
                .update();
    }

    List<StatusChange> statusHistory(BenefitId id) {
        return jdbc.sql("SELECT * FROM benefit_status_change WHERE benefit_id = :id ORDER BY changed_at, id")
                .param("id", id.value())
                .query((rs, n) -> {
                    String from = rs.getString("from_status");
                    return new StatusChange(
                            from == null ? null : BenefitStatus.valueOf(from),
                            BenefitStatus.valueOf(rs.getString("to_status")),
                            rs.getString("reason"),
                            rs.getString("changed_by"),
                            rs.getTimestamp("changed_at").toInstant());
                })
                .list();
    }
}
