package no.gevinst.benefit.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.HealthWarning;
import no.gevinst.benefit.IndicatorFilter;
import no.gevinst.shared.ProgrammeId;

/**
 * The register's query as SQL over {@code benefit b}: always limited to the programmes the user may see, then
 * narrowed by each filter that is set. Every value travels as a parameter.
 */
record RegisterFilter(String where, Map<String, Object> params, String orderBy) {

    /** An accepted share of the benefit with one of the programmes the condition goes on to name. */
    private static final String SHARED_WITH =
            "b.id IN (SELECT s.benefit_id FROM benefit_share s WHERE s.accepted_at IS NOT NULL AND s.programme_id = ";

    static RegisterFilter of(BenefitQuery query, Set<ProgrammeId> visibleProgrammes) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        params.put("visible", visibleProgrammes.stream().map(ProgrammeId::value).toArray(UUID[]::new));
        // A benefit merged into another has left the registers; its profile says where it went.
        conditions.add("NOT EXISTS (SELECT 1 FROM benefit_merge m WHERE m.merged_id = b.id)");
        where(query, conditions, params);
        classified(query, conditions, params);
        health(query, conditions);
        query.textFilter().ifPresent(text -> {
            conditions.add(
                    "strpos(lower(b.code || ' ' || b.title || ' ' || b.description || ' ' || b.observable_outcome), :text) > 0");
            params.put("text", text.toLowerCase(java.util.Locale.ROOT));
        });
        return new RegisterFilter(String.join(" AND ", conditions), params, orderBy(query));
    }

    /** Where the benefits belong: the programmes seen (and those sharing with them), the organisation, the areas. */
    private static void where(BenefitQuery query, List<String> conditions, Map<String, Object> params) {
        if (query.sharedToo()) {
            conditions.add("(b.programme_id = ANY(:visible) OR " + SHARED_WITH + "ANY(:visible)))");
        } else {
            conditions.add("b.programme_id = ANY(:visible)");
        }
        if (query.programme() != null) {
            // Written as a union of two index lookups, so that a programme's register stays an index scan.
            conditions.add(
                    query.sharedToo()
                            ? "b.id IN (SELECT o.id FROM benefit o WHERE o.programme_id = :programme UNION ALL "
                                    + "SELECT s.benefit_id FROM benefit_share s WHERE s.programme_id = :programme"
                                    + " AND s.accepted_at IS NOT NULL)"
                            : "b.programme_id = :programme");
            params.put("programme", query.programme().value());
        }
        if (query.organisation() != null) {
            conditions.add("""
                    (EXISTS (SELECT 1 FROM benefit_allocation a WHERE a.benefit_id = b.id AND a.organisation_id = :org)
                     OR EXISTS (SELECT 1 FROM benefit_investor i WHERE i.benefit_id = b.id AND i.organisation_id = :org))""");
            params.put("org", query.organisation().value());
        }
        if (query.area() != null && !query.area().isBlank()) {
            conditions.add(
                    "b.area_id IN (SELECT f.framework_item_id FROM benefit_framework_name f WHERE f.kind = 'AREA' AND f.name = :area)");
            params.put("area", query.area());
        }
        if (query.priorityArea() != null && !query.priorityArea().isBlank()) {
            conditions.add("""
                    EXISTS (SELECT 1 FROM benefit_priority_area p JOIN benefit_framework_name f ON f.framework_item_id = p.framework_item_id
                            WHERE p.benefit_id = b.id AND f.name = :pa)""");
            params.put("pa", query.priorityArea());
        }
    }

    /** The benefit's class, status and owner. */
    private static void classified(BenefitQuery query, List<String> conditions, Map<String, Object> params) {
        if (query.benefitClass() != null) {
            conditions.add("b.benefit_class = :class");
            params.put("class", query.benefitClass().name());
        }
        if (query.status() != null) {
            conditions.add("b.status = :status");
            params.put("status", query.status().name());
        }
        if (query.owner() != null) {
            conditions.add("b.owner_id = :owner");
            params.put("owner", query.owner().value());
        }
    }

    /** Its health warnings and its indicators' state; the predicates hold no parameters. */
    private static void health(BenefitQuery query, List<String> conditions) {
        if (query.warning() != null) {
            conditions.add(predicate(query.warning()));
        } else if (query.anyWarning()) {
            conditions.add("("
                    + String.join(
                            " OR ",
                            java.util.Arrays.stream(HealthWarning.values())
                                    .map(RegisterFilter::predicate)
                                    .toList())
                    + ")");
        }
        if (query.indicator() != null) {
            conditions.add(indicatorPredicate(query.indicator()));
        }
    }

    /** The SQL form of each health warning; {@code Benefit.warnings} is the same rule in Java. */
    static String predicate(HealthWarning warning) {
        return switch (warning) {
            case NO_DESCRIPTION -> "btrim(b.description) = ''";
            case NO_OBSERVABLE_OUTCOME -> "btrim(b.observable_outcome) = ''";
            case NO_ATTRIBUTION -> "btrim(b.attribution) = ''";
            case NO_MEASUREMENT ->
                "NOT EXISTS (SELECT 1 FROM benefit_indicator_status i WHERE i.benefit_id = b.id"
                        + " AND i.last_period_end IS NOT NULL)";
            case NO_OWNER -> "b.owner_id IS NULL";
            case NO_RESPONSIBLE -> "b.responsible_id IS NULL";
            case NO_OBJECTIVE -> "NOT EXISTS (SELECT 1 FROM benefit_objective o WHERE o.benefit_id = b.id)";
        };
    }

    /**
     * One of the benefit's indicators in the state, from the register's own copy of their status ({@link
     * IndicatorStatusCopy}). Staleness is 1.5 times the frequency after the last period, in days as {@code
     * Frequency.staleAfter} counts them (46, 137 and 548 days), stored with the copy.
     */
    static String indicatorPredicate(IndicatorFilter filter) {
        return switch (filter) {
            case GREEN, AMBER, RED ->
                "EXISTS (SELECT 1 FROM benefit_indicator_status i WHERE i.benefit_id = b.id AND i.rag = '"
                        + filter.name() + "')";
            case STALE ->
                "EXISTS (SELECT 1 FROM benefit_indicator_status i WHERE i.benefit_id = b.id"
                        + " AND i.stale_after < current_date)";
            case UNMEASURED -> predicate(HealthWarning.NO_MEASUREMENT);
        };
    }

    private static String orderBy(BenefitQuery query) {
        String direction = query.descending() ? " DESC" : " ASC";
        String column = switch (query.sort()) {
            case CODE -> "b.code";
            case TITLE -> "lower(b.title)";
            case STATUS ->
                "array_position(ARRAY['IDENTIFIED','PRIORITISED','PLANNED','REALISING','REALISED','CLOSED','ABANDONED'], b.status)";
            case PRIORITY -> "array_position(ARRAY['HIGH','MEDIUM','LOW'], b.priority)";
            case EXPECTED_START -> "b.expected_start";
            case UPDATED -> "b.updated_at";
        };
        return column + direction + " NULLS LAST, b.code" + direction;
    }

    /** The same filter, leaving out the benefits named (those with evidence of attribution, issue 19). */
    RegisterFilter excluding(Set<no.gevinst.shared.BenefitId> benefits) {
        if (benefits.isEmpty()) {
            return this;
        }
        Map<String, Object> more = new HashMap<>(params);
        more.put(
                "excluded",
                benefits.stream().map(no.gevinst.shared.BenefitId::value).toArray(UUID[]::new));
        return new RegisterFilter(where + " AND NOT (b.id = ANY(:excluded))", more, orderBy);
    }

    /** The same filter without its status condition, for the counts per status. */
    static RegisterFilter withoutStatus(BenefitQuery query, Set<ProgrammeId> visible) {
        return of(query.withoutStatus(), visible);
    }
}
