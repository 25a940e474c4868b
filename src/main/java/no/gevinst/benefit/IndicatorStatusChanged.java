package no.gevinst.benefit;

import java.time.LocalDate;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;

/**
 * Published by the indicator module, in the transaction of the write, whenever what the register filters and counts
 * by changes for one indicator: its traffic light, the end of its latest measured period, how soon that goes stale (its
 * frequency), or which benefit it measures (created, moved by a merge, imported). This module keeps its own copy of
 * these (issue 21), so that the register reads only its own tables. Defined here, beside the register, because the
 * indicator module depends on this one and not the other way round (as {@code GoLiveDatesChanged} is defined by the
 * module that listens to it).
 *
 * @param light the traffic light stored on the indicator
 * @param lastPeriodEnd the end of its latest measured period; null while it has never been measured
 * @param staleAfter the day after which it counts as not measured recently (1.5 × its frequency after {@code
 *     lastPeriodEnd}); null while it has never been measured
 */
public record IndicatorStatusChanged(
        IndicatorId indicator, BenefitId benefit, Light light, LocalDate lastPeriodEnd, LocalDate staleAfter) {

    /** An indicator's stored traffic light, as the register filters on it. */
    public enum Light {
        GREEN,
        AMBER,
        RED,
        NONE
    }

    public IndicatorStatusChanged {
        java.util.Objects.requireNonNull(indicator, "indicator");
        java.util.Objects.requireNonNull(benefit, "benefit");
        java.util.Objects.requireNonNull(light, "light");
        if ((lastPeriodEnd == null) != (staleAfter == null)) {
            throw new IllegalArgumentException("A measured indicator goes stale, an unmeasured one does not");
        }
    }
}
