package no.gevinst.benefit.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.gevinst.benefit.Allocation;
import no.gevinst.benefit.Benefit;
import no.gevinst.shared.FrameworkItemId;
import no.gevinst.shared.ObjectiveId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.Percent;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A benefit's lists (priority areas, objectives, allocations, investors), written and read beside its row. */
final class BenefitLists {

    /** The tables of the lists, each keyed by the benefit. */
    private static final List<String> TABLES =
            List.of("benefit_priority_area", "benefit_objective", "benefit_allocation", "benefit_investor");

    private final JdbcClient jdbc;

    BenefitLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the benefit's lists with those it has now. */
    void rewrite(Benefit b) {
        for (String table : TABLES) {
            jdbc.sql("DELETE FROM " + table + " WHERE benefit_id = :id")
                    .param("id", b.id().value())
                    .update();
        }
        write(b);
    }

    void write(Benefit b) {
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
    List<Benefit> withLists(List<BenefitRow> rows) {
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
                JOIN benefit_objective_number o ON o.objective_id = bo.objective_id WHERE bo.benefit_id = ANY(:ids) ORDER BY o.number
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
        for (BenefitRow r : rows) {
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
}
