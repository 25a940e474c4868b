package no.gevinst.portfolio;

/** How a conflict is resolved. Only an accepted conflict is counted in full in the net total. */
public enum DecisionKind {
    /** One benefit is primary and keeps the overlap; the others' overlapping amount is excluded. */
    PRIMARY,
    /** The overlap is counted once, split between the benefits by shares summing to 100 %. */
    SPLIT,
    /** Both are counted in full, with a justification of why this is no double count. */
    ACCEPTED;

    public String messageKey() {
        return "portfolio.decision.kind." + name();
    }
}
