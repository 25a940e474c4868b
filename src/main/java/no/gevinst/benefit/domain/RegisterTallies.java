package no.gevinst.benefit.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.HealthWarning;
import no.gevinst.benefit.IndicatorFilter;
import no.gevinst.benefit.RegisterTally;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts the register in the database with the register's own filter and predicates, so that a dashboard's number
 * and the list it links to cannot disagree. A handful of GROUP BY queries whatever the size of the portfolio; the
 * indicators' stored traffic light is read, never the measurements.
 */
@Repository
class RegisterTallies {

    private static final int STARTING_SOON_LIMIT = RegisterTally.STARTING_SOON_SHOWN;

    private final JdbcClient jdbc;

    RegisterTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counts of the register alone (four GROUP BY queries and those starting soon). */
    RegisterTally.RegisterCounts registerCounts(
            BenefitQuery query, Set<ProgrammeId> visible, LocalDate today, LocalDate horizon) {
        RegisterFilter filter = RegisterFilter.of(query, visible);
        return new RegisterTally.RegisterCounts(
                byStatus(filter),
                named(
                        "SELECT f.name AS k, count(*) AS n FROM benefit b JOIN benefit_framework_name f ON f.framework_item_id = b.area_id"
                                + " WHERE " + filter.where() + " GROUP BY f.name ORDER BY f.name",
                        filter),
                named(
                        "SELECT f.name AS k, count(DISTINCT b.id) AS n FROM benefit b"
                                + " JOIN benefit_priority_area p ON p.benefit_id = b.id"
                                + " JOIN benefit_framework_name f ON f.framework_item_id = p.framework_item_id"
                                + " WHERE " + filter.where() + " GROUP BY f.name ORDER BY f.name",
                        filter),
                byClass(filter),
                startingSoon(filter, today, horizon).values().stream().toList());
    }

    /**
     * The counts a measurement moves: one pass over the benefits for those with a warning and with an indicator in
     * each state, and the indicators by their light, from the register's copy of their status.
     */
    RegisterTally.MeasuredCounts measuredCounts(BenefitQuery query, Set<ProgrammeId> visible) {
        RegisterFilter filter = RegisterFilter.of(query, visible);
        Map<IndicatorFilter, Long> byIndicator = new EnumMap<>(IndicatorFilter.class);
        long[] warnings = new long[1];
        jdbc.sql(stateCounts(filter)).params(filter.params()).query(rs -> {
            warnings[0] = rs.getLong("warnings");
            for (IndicatorFilter state : IndicatorFilter.values()) {
                byIndicator.put(state, rs.getLong(state.name()));
            }
        });
        return new RegisterTally.MeasuredCounts(
                byIndicator,
                warnings[0],
                named(
                        "SELECT i.rag AS k, count(*) AS n FROM benefit_indicator_status i"
                                + " JOIN benefit b ON b.id = i.benefit_id"
                                + " WHERE " + filter.where() + " GROUP BY i.rag ORDER BY i.rag",
                        filter));
    }

    /** Each warning's count among the query's benefits, in one pass; every warning is present, zero or not. */
    Map<HealthWarning, Long> byWarning(BenefitQuery query, Set<ProgrammeId> visible) {
        RegisterFilter filter = RegisterFilter.of(query, visible);
        String counts = Arrays.stream(HealthWarning.values())
                .map(w -> "count(*) FILTER (WHERE " + RegisterFilter.predicate(w) + ") AS " + w.name())
                .collect(Collectors.joining(", "));
        Map<HealthWarning, Long> byWarning = new EnumMap<>(HealthWarning.class);
        jdbc.sql("SELECT " + counts + " FROM benefit b WHERE " + filter.where())
                .params(filter.params())
                .query(rs -> {
                    for (HealthWarning w : HealthWarning.values()) {
                        byWarning.put(w, rs.getLong(w.name()));
                    }
                });
        return byWarning;
    }

    /** One pass over the benefits: those with any warning and those with an indicator in each state. */
    private static String stateCounts(RegisterFilter filter) {
        String anyWarning = Arrays.stream(HealthWarning.values())
                .map(RegisterFilter::predicate)
                .collect(Collectors.joining(" OR ", "(", ")"));
        String states = Arrays.stream(IndicatorFilter.values())
                .map(s -> "count(*) FILTER (WHERE " + RegisterFilter.indicatorPredicate(s) + ") AS " + s.name())
                .collect(Collectors.joining(", "));
        return "SELECT count(*) FILTER (WHERE " + anyWarning + ") AS warnings, " + states + " FROM benefit b WHERE "
                + filter.where();
    }

    private Map<BenefitStatus, Long> byStatus(RegisterFilter filter) {
        Map<BenefitStatus, Long> counts = new EnumMap<>(BenefitStatus.class);
        named(
                        "SELECT b.status AS k, count(*) AS n FROM benefit b WHERE " + filter.where()
                                + " GROUP BY b.status",
                        filter)
                .forEach((k, n) -> counts.put(BenefitStatus.valueOf(k), n));
        return counts;
    }

    private Map<BenefitClass, Long> byClass(RegisterFilter filter) {
        Map<BenefitClass, Long> counts = new EnumMap<>(BenefitClass.class);
        named(
                        "SELECT b.benefit_class AS k, count(*) AS n FROM benefit b WHERE " + filter.where()
                                + " GROUP BY b.benefit_class",
                        filter)
                .forEach((k, n) -> counts.put(BenefitClass.valueOf(k), n));
        return counts;
    }

    private Map<String, Long> named(String sql, RegisterFilter filter) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(sql).params(filter.params()).query(rs -> {
            counts.put(rs.getString("k"), rs.getLong("n"));
        });
        return counts;
    }

    /** Benefits not yet ended whose expected start falls in [today, horizon]. */
    private Map<UUID, RegisterTally.StartingSoon> startingSoon(
            RegisterFilter filter, LocalDate today, LocalDate horizon) {
        Map<String, Object> params = new HashMap<>(filter.params());
        params.put("soonFrom", today);
        params.put("soonTo", horizon);
        Map<UUID, RegisterTally.StartingSoon> soon = new LinkedHashMap<>();
        jdbc.sql("SELECT b.id, b.code, b.title, b.expected_start FROM benefit b WHERE " + filter.where()
                        + " AND b.expected_start BETWEEN :soonFrom AND :soonTo"
                        + " AND b.status NOT IN ('CLOSED', 'ABANDONED')"
                        + " ORDER BY b.expected_start, b.code LIMIT " + STARTING_SOON_LIMIT)
                .params(params)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    soon.put(
                            id,
                            new RegisterTally.StartingSoon(
                                    new BenefitId(id),
                                    rs.getString("code"),
                                    rs.getString("title"),
                                    rs.getObject("expected_start", LocalDate.class)));
                });
        return soon;
    }
}
