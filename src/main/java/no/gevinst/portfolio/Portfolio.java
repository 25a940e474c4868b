package no.gevinst.portfolio;

import java.util.List;

/** The double-counting control over every programme the current user may see. */
public interface Portfolio {

    /** Every conflict found now, with its decision if one was recorded; the largest overlap first. */
    List<ConflictStatus> conflicts();

    /** Priced benefits per year, gross and net of double counting. */
    Totals totals();

    /**
     * The same for one programme: its own benefits, less the overlap of every excluded conflict it takes part in (a
     * conflict between two programmes is left out of both until it is decided, as each claims the whole).
     */
    Totals totals(no.gevinst.shared.ProgrammeId programme);

    /**
     * Records (or replaces) the decision on a conflict; only a coordinator of every programme involved may. Bad input
     * is refused naming each field, and nothing is written.
     */
    Decision decide(String conflictKey, DecisionInput input);
}
