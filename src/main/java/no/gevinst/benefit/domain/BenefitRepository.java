package no.gevinst.benefit.domain;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import no.gevinst.benefit.Allocation;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitKind;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Priority;
import no.gevinst.benefit.StatusChange;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FrameworkItemId;
import no.gevinst.shared.ObjectiveId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.Percent;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BenefitRepository {

    private final JdbcClient jdbc;

    private static final String MEMO = "benefit:";

    BenefitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                          ARRAY(SELECT bo.objective_id FROM benefit_objective bo JOIN objective o ON o.id = bo.objective_id
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
                    return new Row(rs)
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
        return withChildren(jdbc.sql(sql).params(params).query(this::mapRow).list());
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
                        """).params(columns(b)).update();
        writeChildren(b);
    }

    boolean update(Benefit b, long expectedVersion) {
        no.gevinst.shared.RequestMemo.forget(MEMO);
        Map<String, Object> params = columns(b);
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
            for (String table :
                    List.of("benefit_priority_area", "benefit_objective", "benefit_allocation", "benefit_investor")) {
                jdbc.sql("DELETE FROM " + table + " WHERE benefit_id = :id")
                        .param("id", b.id().value())
                        .update();
            }
            writeChildren(b);
        }
        return rows == 1;
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

    private void writeChildren(Benefit b) {
        UUID id = b.id().value();
        for (FrameworkItemId item : b.priorityAreas()) {
            jdbc.sql("INSERT INTO benefit_priority_area (benefit_id, framework_item_id) VALUES (:id, :item)")
                    .param("id", id)
                    .param("item", item.value())
                    .update();
        }
        for (ObjectiveId objective : b.objectives()) {
            jdbc.sql("INSERT INTO benefit_objective (benefit_id, objective_id) VALUES (:id, :objective)")
                    .param("id", id)
                    .param("objective", objective.value())
                    .update();
        }
        for (Allocation allocation : b.allocations()) {
            jdbc.sql("""
                            INSERT INTO benefit_allocation (benefit_id, organisation_id, share_percent)
                            VALUES (:id, :organisation, :share)
                            """)
                    .param("id", id)
                    .param("organisation", allocation.organisation().value())
                    .param("share", allocation.share().value())
                    .update();
        }
        for (OrganisationId investor : b.investors()) {
            jdbc.sql("INSERT INTO benefit_investor (benefit_id, organisation_id) VALUES (:id, :organisation)")
                    .param("id", id)
                    .param("organisation", investor.value())
                    .update();
        }
    }

    /** Loads the lists of a page of benefits with one query per list, not one per benefit. */
    private List<Benefit> withChildren(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        UUID[] ids = rows.stream().map(r -> r.id).toArray(UUID[]::new);
        Map<UUID, List<FrameworkItemId>> priorityAreas = children(
                "SELECT benefit_id, framework_item_id AS v FROM benefit_priority_area WHERE benefit_id = ANY(:ids)",
                ids,
                rs -> new FrameworkItemId(rs.getObject("v", UUID.class)));
        Map<UUID, List<ObjectiveId>> objectives =
                children("""
                SELECT bo.benefit_id, bo.objective_id AS v FROM benefit_objective bo
                JOIN objective o ON o.id = bo.objective_id WHERE bo.benefit_id = ANY(:ids) ORDER BY o.number
                """, ids, rs -> new ObjectiveId(rs.getObject("v", UUID.class)));
        Map<UUID, List<Allocation>> allocations = children(
                """
                SELECT benefit_id, organisation_id AS v, share_percent FROM benefit_allocation
                WHERE benefit_id = ANY(:ids) ORDER BY share_percent DESC, organisation_id
                """,
                ids,
                rs -> new Allocation(
                        new OrganisationId(rs.getObject("v", UUID.class)),
                        new Percent(rs.getBigDecimal("share_percent"))));
        Map<UUID, List<OrganisationId>> investors = children(
                "SELECT benefit_id, organisation_id AS v FROM benefit_investor WHERE benefit_id = ANY(:ids)",
                ids,
                rs -> new OrganisationId(rs.getObject("v", UUID.class)));
        List<Benefit> benefits = new ArrayList<>(rows.size());
        for (Row r : rows) {
            benefits.add(r.toBenefit(
                    priorityAreas.getOrDefault(r.id, List.of()),
                    objectives.getOrDefault(r.id, List.of()),
                    allocations.getOrDefault(r.id, List.of()),
                    investors.getOrDefault(r.id, List.of())));
        }
        return benefits;
    }

    private <T> Map<UUID, List<T>> children(String sql, UUID[] ids, RowReader<T> reader) {
        Map<UUID, List<T>> byBenefit = new LinkedHashMap<>();
        jdbc.sql(sql).param("ids", ids).query(rs -> {
            byBenefit
                    .computeIfAbsent(rs.getObject("benefit_id", UUID.class), k -> new ArrayList<>())
                    .add(reader.read(rs));
        });
        return byBenefit;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static Map<String, Object> columns(Benefit b) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", b.id().value());
        p.put("programme", b.programme().value());
        p.put("code", b.code());
        p.put("title", b.title());
        p.put("description", b.description());
        p.put("outcome", b.observableOutcome());
        p.put("attribution", b.attribution());
        p.put("kind", b.kind().name());
        p.put("area", value(b.area(), FrameworkItemId::value));
        p.put("class", b.benefitClass().name());
        p.put("owner", value(b.owner(), PersonId::value));
        p.put("responsible", value(b.responsible(), PersonId::value));
        p.put("units", b.units());
        p.put("start", b.expectedStart());
        p.put("fullEffect", b.fullEffect());
        p.put("priority", b.priority().name());
        p.put("rationale", b.priorityRationale());
        p.put("prerequisites", b.prerequisites().toArray(String[]::new));
        p.put("evidence", b.evidenceLinks().toArray(String[]::new));
        p.put("status", b.status().name());
        p.put("reason", b.abandonReason());
        p.put("version", b.version());
        return p;
    }

    private static <T> UUID value(T id, Function<T, UUID> value) {
        return id == null ? null : value.apply(id);
    }

    private Row mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new Row(rs);
    }

    /** The columns of one benefit row, waiting for its lists. */
    private static final class Row {
        final UUID id;
        private final Map<String, Object> columns = new HashMap<>();

        Row(ResultSet rs) throws SQLException {
            this.id = rs.getObject("id", UUID.class);
            for (String c : List.of("programme_id", "area_id", "owner_id", "responsible_id")) {
                columns.put(c, rs.getObject(c, UUID.class));
            }
            for (String c : List.of(
                    "code",
                    "title",
                    "description",
                    "observable_outcome",
                    "attribution",
                    "kind",
                    "benefit_class",
                    "units",
                    "priority",
                    "priority_rationale",
                    "status",
                    "abandon_reason")) {
                columns.put(c, rs.getString(c));
            }
            columns.put("expected_start", date(rs.getDate("expected_start")));
            columns.put("full_effect", date(rs.getDate("full_effect")));
            columns.put("prerequisites", strings(rs.getArray("prerequisites")));
            columns.put("evidence_links", strings(rs.getArray("evidence_links")));
            columns.put("updated_at", rs.getTimestamp("updated_at").toInstant());
            columns.put("version", rs.getLong("version"));
        }

        @SuppressWarnings("unchecked")
        Benefit toBenefit(
                List<FrameworkItemId> priorityAreas,
                List<ObjectiveId> objectives,
                List<Allocation> allocations,
                List<OrganisationId> investors) {
            return new Benefit(
                    new BenefitId(id),
                    new ProgrammeId(uuid("programme_id")),
                    text("code"),
                    text("title"),
                    text("description"),
                    text("observable_outcome"),
                    text("attribution"),
                    BenefitKind.valueOf(text("kind")),
                    uuid("area_id") == null ? null : new FrameworkItemId(uuid("area_id")),
                    priorityAreas,
                    BenefitClass.valueOf(text("benefit_class")),
                    objectives,
                    allocations,
                    investors,
                    uuid("owner_id") == null ? null : new PersonId(uuid("owner_id")),
                    uuid("responsible_id") == null ? null : new PersonId(uuid("responsible_id")),
                    text("units"),
                    (LocalDate) columns.get("expected_start"),
                    (LocalDate) columns.get("full_effect"),
                    Priority.valueOf(text("priority")),
                    text("priority_rationale"),
                    (List<String>) columns.get("prerequisites"),
                    (List<String>) columns.get("evidence_links"),
                    BenefitStatus.valueOf(text("status")),
                    text("abandon_reason"),
                    (java.time.Instant) columns.get("updated_at"),
                    (Long) columns.get("version"));
        }

        private UUID uuid(String column) {
            return (UUID) columns.get(column);
        }

        private String text(String column) {
            return (String) columns.get(column);
        }

        private static LocalDate date(Date date) {
            return date == null ? null : date.toLocalDate();
        }

        private static List<String> strings(Array array) throws SQLException {
            return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
        }
    }
}
