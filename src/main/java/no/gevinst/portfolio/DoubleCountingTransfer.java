package no.gevinst.portfolio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gevinst.benefit.BenefitTransfer;
import no.gevinst.benefit.Benefits;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ImportProblem;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.ProgrammePart;
import no.gevinst.shared.ProgrammeTables;
import no.gevinst.shared.TableRows;
import org.springframework.stereotype.Component;

/**
 * The double-counting decisions on the conflicts a programme's benefits take part in now, for its export and import
 * (issue 20). A decision is kept under its conflict's key, a digest of the benefit ids and (for an allocation
 * conflict) the organisation's id, which are another installation's ids after an import. So each row carries what
 * the key is made of, {@code conflict_rule}, {@code conflict_benefits} and {@code conflict_qualifier}, and the
 * import makes the key anew from them as they are mapped. A decision is written once all its benefits are here
 * (for a copy: all in the copy), and skipped when its conflict has a decision here already.
 */
@Component
public class DoubleCountingTransfer extends ProgrammeTables {

    static final String TABLE = "double_counting_decision";
    static final List<String> MADE_OF = List.of("conflict_rule", "conflict_benefits", "conflict_qualifier");

    private final Portfolio portfolio;
    private final Benefits benefits;
    private final BenefitTransfer benefitTransfer;

    DoubleCountingTransfer(TableRows rows, Portfolio portfolio, Benefits benefits, BenefitTransfer benefitTransfer) {
        super(rows, tables(TABLE, "SELECT * FROM double_counting_decision WHERE false AND CAST(? AS uuid) IS NULL"));
        this.portfolio = portfolio;
        this.benefits = benefits;
        this.benefitTransfer = benefitTransfer;
    }

    @Override
    public ProgrammePart exportOf(ProgrammeId programme) {
        Map<String, Conflict> decided = new LinkedHashMap<>();
        portfolio.conflicts(programme).stream()
                .filter(s -> s.decision() != null)
                .forEach(s -> decided.put(s.conflict().key(), s.conflict()));
        List<Map<String, Object>> out = new ArrayList<>();
        rows().stream(
                "SELECT * FROM double_counting_decision WHERE conflict_key = ANY(CAST(? AS text[])) ORDER BY conflict_key",
                row -> out.add(withMakings(row, decided.get((String) row.get("conflict_key")))),
                (Object) decided.keySet().toArray(String[]::new));
        return new ProgrammePart(Map.of(TABLE, out));
    }

    private Map<String, Object> withMakings(Map<String, Object> row, Conflict conflict) {
        List<BenefitId> ids =
                conflict.benefits().stream().map(ConflictBenefit::id).toList();
        row.put("conflict_rule", conflict.rule().name());
        row.put(
                "conflict_benefits",
                ids.stream().map(id -> id.value().toString()).toList());
        row.put("conflict_qualifier", qualifier(conflict, ids));
        return row;
    }

    /**
     * "", the organisation the conflict is about, or the staff group (its programme and name): the candidate whose key
     * is the conflict's.
     */
    private String qualifier(Conflict conflict, List<BenefitId> ids) {
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add("");
        ids.forEach(id -> benefits.find(id)
                .ifPresent(b -> b.allocations()
                        .forEach(a -> candidates.add(a.organisation().value().toString()))));
        if (conflict.rule() == ConflictRule.STAFF_TIME && !conflict.arguments().isEmpty()) {
            candidates.add(Conflict.staffGroup(
                    conflict.benefits().getFirst().programme(),
                    conflict.arguments().getFirst()));
        }
        return candidates.stream()
                .filter(q -> Conflict.keyOf(conflict.rule(), ids, q).equals(conflict.key()))
                .findFirst()
                .orElse("");
    }

    @Override
    public List<ImportProblem> problemsOf(ProgrammePart part, String path) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Map<String, Object>> rows = part.rows(TABLE);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            String at = path + "." + TABLE + "[" + i + "]";
            if (rule(row) == null) {
                problems.add(ImportProblem.of(at + ".conflict_rule", "transfer.value.type", "conflict_rule"));
            }
            if (!(row.get("conflict_benefits") instanceof List<?> list)
                    || list.isEmpty()
                    || !list.stream().allMatch(DoubleCountingTransfer::isUuid)) {
                problems.add(ImportProblem.of(at + ".conflict_benefits", "transfer.value.list", "conflict_benefits"));
            }
        }
        problems.addAll(super.problemsOf(new ProgrammePart(Map.of(TABLE, plain(rows))), path));
        return problems;
    }

    @Override
    public void importInto(ProgrammePart part, ProgrammeId programme, boolean copy) {
        List<Map<String, Object>> rows = part.rows(TABLE);
        Map<String, String> homes = homes(rows);
        List<Map<String, Object>> keyed = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            List<String> ids = benefitIds(row);
            boolean here = ids.stream()
                    .allMatch(id -> homes.containsKey(id)
                            && (!copy || programme.value().toString().equals(homes.get(id))));
            if (here && !ids.isEmpty()) {
                Map<String, Object> plain =
                        new LinkedHashMap<>(plain(List.of(row)).getFirst());
                String qualifier = row.get("conflict_qualifier") instanceof String q ? q : "";
                if (rule(row) == ConflictRule.STAFF_TIME && qualifier.contains("/")) {
                    // The staff group is the programme's: a copy's is the copy's, where its benefits now are.
                    qualifier = Conflict.staffGroup(
                            ProgrammeId.of(homes.get(ids.getFirst())), qualifier.substring(qualifier.indexOf('/') + 1));
                }
                plain.put(
                        "conflict_key",
                        Conflict.keyOf(
                                rule(row), ids.stream().map(BenefitId::of).toList(), qualifier));
                keyed.add(plain);
            }
        }
        if (!keyed.isEmpty()) {
            rows().insert(TABLE, keyed, true);
        }
    }

    private Map<String, String> homes(List<Map<String, Object>> rows) {
        String[] ids =
                rows.stream().flatMap(r -> benefitIds(r).stream()).distinct().toArray(String[]::new);
        return benefitTransfer.homesOf(ids);
    }

    private static List<String> benefitIds(Map<String, Object> row) {
        return row.get("conflict_benefits") instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : List.of();
    }

    private static boolean isUuid(Object value) {
        try {
            return value instanceof String text && java.util.UUID.fromString(text) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ConflictRule rule(Map<String, Object> row) {
        try {
            return ConflictRule.valueOf(String.valueOf(row.get("conflict_rule")));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The rows without what the key is made of: the table's own columns. */
    private static List<Map<String, Object>> plain(List<Map<String, Object>> rows) {
        return rows.stream()
                .map(r -> {
                    Map<String, Object> plain = new LinkedHashMap<>(r);
                    MADE_OF.forEach(plain::remove);
                    return (Map<String, Object>) plain;
                })
                .toList();
    }
}
