package no.gevinst.portfolio;

import java.util.List;
import no.gevinst.shared.ProgrammeId;

/** The double-counting control over every programme the current user may see. */
public interface Portfolio {

    /** Every conflict found now, with its decision if one was recorded; the largest overlap first. */
    List<ConflictStatus> conflicts();

    /** Priced benefits per year, gross and net of double counting. */
    Totals totals();

    /** The conflicts one of the programme's benefits takes part in. */
    List<ConflictStatus> conflicts(ProgrammeId programme);

    /**
     * The same for one programme: its own benefits, less what each of them gives up to the conflicts it takes part in
     * ({@code NetTotals}): a conflict between two programmes is taken from the programme that is not primary, by the
     * shares of a split, or evenly while it is undecided.
     */
    Totals totals(ProgrammeId programme);

    /** The conflicts and totals of every visible programme, or of one when it is given, with the programmes that
     * cannot be valued; one reading serves them all. */
    ConflictsView view(ProgrammeId programme);

    /**
     * Records (or replaces) the decision on a conflict; only a coordinator of every programme involved may. Bad input
     * is refused naming each field, and nothing is written.
     */
    Decision decide(String conflictKey, DecisionInput input);
}
