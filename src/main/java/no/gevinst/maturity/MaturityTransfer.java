package no.gevinst.maturity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.shared.ImportProblem;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.ProgrammePart;
import no.gevinst.shared.ProgrammeTables;
import no.gevinst.shared.TableRows;
import org.springframework.stereotype.Component;

/**
 * A programme's maturity rounds (their definitions, the units each was sent to, the measures started from them)
 * and, for every closed round, its results as the results page shows them, for its export and import (issue 20).
 *
 * <p>The individual answers are never exported: a response row names its respondent by their user id, not by a
 * pseudonym, and even without it a unit's scores from a handful of people are theirs. The results are the
 * aggregates the module gives out anyway (no row under {@link Results#THRESHOLD} respondents, small units pooled
 * into their parent), {@code maturity_result}, with each round's count of respondents and withheld groups,
 * {@code maturity_result_total}. An import writes them back as they are, so that an imported closed round, which has
 * no answers here, shows the results its installation showed; a row of fewer respondents, or results for a round
 * that is not closed or for a unit or dimension it does not have, are refused.
 */
@Component
public class MaturityTransfer extends ProgrammeTables {

    static final String RESULTS = "maturity_result";
    static final String TOTALS = "maturity_result_total";

    private final MaturityRounds rounds;

    MaturityTransfer(TableRows rows, MaturityRounds rounds) {
        super(
                rows,
                tables(
                        "maturity_round",
                        """
                        SELECT * FROM maturity_round WHERE programme_id = ? ORDER BY opens_on, id
                        """,
                        "maturity_round_unit",
                        """
                        SELECT x.* FROM maturity_round_unit x JOIN maturity_round r ON r.id = x.round_id
                        WHERE r.programme_id = ? ORDER BY x.round_id, x.organisation_id
                        """,
                        "maturity_measure",
                        """
                        SELECT x.* FROM maturity_measure x JOIN maturity_round r ON r.id = x.round_id
                        WHERE r.programme_id = ? ORDER BY x.round_id, x.deadline, x.id
                        """,
                        RESULTS,
                        """
                        SELECT x.* FROM maturity_result x JOIN maturity_round r ON r.id = x.round_id
                        WHERE r.programme_id = ? ORDER BY x.round_id, x.organisation_id, x.dimension
                        """,
                        TOTALS,
                        """
                        SELECT x.* FROM maturity_result_total x JOIN maturity_round r ON r.id = x.round_id
                        WHERE r.programme_id = ? ORDER BY x.round_id
                        """));
        this.rounds = rounds;
    }

    @Override
    public ProgrammePart exportOf(ProgrammeId programme) {
        Map<String, List<Map<String, Object>>> tables =
                new LinkedHashMap<>(super.exportOf(programme).tables());
        List<Map<String, Object>> results = new ArrayList<>();
        List<Map<String, Object>> totals = new ArrayList<>();
        for (Round round : rounds.rounds(programme)) {
            if (round.status() == RoundStatus.CLOSED) {
                rounds.results(programme, round.id()).ifPresent(r -> {
                    results.addAll(rowsOf(r));
                    totals.add(totalOf(r));
                });
            }
        }
        tables.put(RESULTS, results);
        tables.put(TOTALS, totals);
        return new ProgrammePart(tables);
    }

    /**
     * As every table's, and the results as {@link ImportedResultsCheck} allows them: no row of fewer respondents than
     * a result may show, none for a round that is not closed, or for a unit or dimension the round does not have.
     */
    @Override
    public List<ImportProblem> problemsOf(ProgrammePart part, String path) {
        List<ImportProblem> problems = new ArrayList<>(super.problemsOf(part, path));
        problems.addAll(ImportedResultsCheck.problemsOf(part, path));
        return problems;
    }

    private static Map<String, Object> totalOf(Results results) {
        Map<String, Object> total = new LinkedHashMap<>();
        total.put("round_id", results.round().id().value().toString());
        total.put("respondents", results.respondents());
        total.put("withheld_groups", results.withheldGroups());
        return total;
    }

    private static List<Map<String, Object>> rowsOf(Results results) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ResultRow row : results.rows()) {
            for (ResultCell cell : row.cells()) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("round_id", results.round().id().value().toString());
                out.put("organisation_id", row.unit().value().toString());
                out.put("name", row.name());
                out.put("pooled_from", row.pooledFrom());
                out.put("dimension", cell.dimension());
                out.put("respondents", cell.respondents());
                out.put("points", cell.points());
                out.put("answers", cell.answers());
                out.put("mean", cell.mean());
                rows.add(out);
            }
        }
        return rows;
    }
}
