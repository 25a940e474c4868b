package no.gevinst.benefit;

import java.util.Set;

/**
 * The lifecycle of a benefit: identified → prioritised → planned → realising → realised → closed, or abandoned
 * (with a reason) from any state that is not yet ended.
 */
public enum BenefitStatus {
    IDENTIFIED,
    PRIORITISED,
    PLANNED,
    REALISING,
    REALISED,
    CLOSED,
    ABANDONED;

    /** The states one may move to from this one. */
    public Set<BenefitStatus> next() {
        return switch (this) {
            case IDENTIFIED -> Set.of(PRIORITISED, ABANDONED);
            case PRIORITISED -> Set.of(PLANNED, ABANDONED);
            case PLANNED -> Set.of(REALISING, ABANDONED);
            case REALISING -> Set.of(REALISED, ABANDONED);
            case REALISED -> Set.of(CLOSED, ABANDONED);
            case CLOSED, ABANDONED -> Set.of();
        };
    }

    public boolean canMoveTo(BenefitStatus target) {
        return next().contains(target);
    }

    public boolean isEnded() {
        return this == CLOSED || this == ABANDONED;
    }

    public String messageKey() {
        return "benefit.status." + name();
    }
}
