package no.gevinst.portfolio;

/**
 * A conflict with its decision, if any.
 *
 * @param decision null while unresolved
 * @param canDecide true when the current user coordinates every programme involved
 */
public record ConflictStatus(Conflict conflict, Decision decision, boolean canDecide) {

    /** True when the overlap is left out of the net total: unresolved, or resolved other than by accepting it. */
    public boolean excluded() {
        return decision == null || !decision.countsInFull();
    }
}
