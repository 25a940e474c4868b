package no.gevinst.maturity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gevinst.shared.ImportProblem;
import no.gevinst.shared.ProgrammePart;
import org.jspecify.annotations.Nullable;

/**
 * What is wrong with the pooled results of a maturity part being imported (issue 20), each named by its JSON path:
 * a row of fewer respondents than a result may show; results or totals for a round the part does not carry, or for
 * one that is not closed (stored results would wait unseen until it closed, and then stand in for its answers); a
 * row for a unit that is neither one the round was sent to nor a parent a small unit is pooled into; a dimension
 * the round's template does not have.
 */
final class ImportedResultsCheck {

    /** What the part says of one round: its status, the units its results may be shown at, its dimensions. */
    private record RoundFacts(String status, Set<String> units, Set<String> dimensions) {}

    private final Map<String, RoundFacts> rounds = new HashMap<>();
    private final String path;
    private final List<ImportProblem> problems = new ArrayList<>();

    private ImportedResultsCheck(ProgrammePart part, String path) {
        this.path = path;
        for (Map<String, Object> round : part.rows("maturity_round")) {
            MaturityTemplate template =
                    MaturityTemplate.find(String.valueOf(round.get("template"))).orElse(MaturityTemplate.DEFAULT);
            Set<String> dimensions = new HashSet<>();
            template.dimensions().forEach(d -> dimensions.add(d.key()));
            rounds.put(
                    String.valueOf(round.get("id")),
                    new RoundFacts(String.valueOf(round.get("status")), new HashSet<>(), dimensions));
        }
        for (Map<String, Object> unit : part.rows("maturity_round_unit")) {
            RoundFacts round = rounds.get(String.valueOf(unit.get("round_id")));
            if (round != null) {
                round.units().add(String.valueOf(unit.get("organisation_id")));
                if (unit.get("parent_id") != null) {
                    round.units().add(String.valueOf(unit.get("parent_id")));
                }
            }
        }
    }

    /** Every problem of the part's result rows and totals, under {@code path} (the part's own path). */
    static List<ImportProblem> problemsOf(ProgrammePart part, String path) {
        ImportedResultsCheck check = new ImportedResultsCheck(part, path);
        List<Map<String, Object>> results = part.rows(MaturityTransfer.RESULTS);
        for (int i = 0; i < results.size(); i++) {
            check.result(results.get(i), path + "." + MaturityTransfer.RESULTS + "[" + i + "]");
        }
        List<Map<String, Object>> totals = part.rows(MaturityTransfer.TOTALS);
        for (int i = 0; i < totals.size(); i++) {
            check.closedRound(totals.get(i), path + "." + MaturityTransfer.TOTALS + "[" + i + "]");
        }
        return check.problems;
    }

    private void result(Map<String, Object> row, String at) {
        if (!(row.get("respondents") instanceof Number n) || n.intValue() < Results.THRESHOLD) {
            problems.add(
                    ImportProblem.of(at + ".respondents", "transfer.maturity.tooFewRespondents", Results.THRESHOLD));
        }
        RoundFacts round = closedRound(row, at);
        if (round == null) {
            return;
        }
        Object unit = row.get("organisation_id");
        if (!round.units().contains(String.valueOf(unit))) {
            problems.add(
                    ImportProblem.of(at + ".organisation_id", "transfer.maturity.unitUnknown", String.valueOf(unit)));
        }
        Object dimension = row.get("dimension");
        if (!round.dimensions().contains(String.valueOf(dimension))) {
            problems.add(ImportProblem.of(
                    at + ".dimension", "transfer.maturity.dimensionUnknown", String.valueOf(dimension)));
        }
    }

    /** The round a row names, when the part carries it and it is closed; else null, with the problem noted. */
    private @Nullable RoundFacts closedRound(Map<String, Object> row, String at) {
        String id = String.valueOf(row.get("round_id"));
        RoundFacts round = rounds.get(id);
        if (round == null) {
            problems.add(ImportProblem.of(at + ".round_id", "transfer.maturity.roundUnknown", id));
            return null;
        }
        if (!RoundStatus.CLOSED.name().equals(round.status())) {
            problems.add(ImportProblem.of(at + ".round_id", "transfer.maturity.roundNotClosed", round.status()));
            return null;
        }
        return round;
    }
}
