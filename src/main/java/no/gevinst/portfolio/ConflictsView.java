package no.gevinst.portfolio;

import java.util.List;

/**
 * What the double-counting page shows, from one reading of registers and valuations: the conflicts, the totals, and
 * the programmes whose valuation cannot be computed (counted as nothing priced, and named so the reader knows).
 */
public record ConflictsView(List<ConflictStatus> conflicts, Totals totals, List<ProgrammeProblem> problems) {

    public ConflictsView {
        conflicts = List.copyOf(conflicts);
        problems = List.copyOf(problems);
    }
}
