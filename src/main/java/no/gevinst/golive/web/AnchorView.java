package no.gevinst.golive.web;

import java.time.LocalDate;
import java.util.List;
import no.gevinst.golive.GoLive;
import no.gevinst.organisation.Organisation;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;

/**
 * What the indicator page shows of a baseline set at a unit's go-live: the unit, its go-live day beside the
 * baseline's period and the trajectory's first point, and (for coordinators) the form to choose the unit.
 *
 * @param unit the chosen unit, or null when none is
 * @param goLive the unit's go-live, or null when it is in no wave yet
 * @param baselineStart the start of the baseline's period as placed before the go-live, or null without a baseline
 * @param baselineEnd the end of the baseline's period, or null without a baseline
 * @param baselineAtGoLive the baseline is recorded as set at go-live, and so placed before it
 * @param firstTarget the date of the trajectory's first point, or null without one
 * @param choices the units a coordinator may choose from; empty for everyone else
 * @param version the anchor's version, 0 while none is chosen
 */
record AnchorView(
        IndicatorId indicator,
        OrganisationId unit,
        String unitName,
        GoLive goLive,
        String throughName,
        LocalDate baselineStart,
        LocalDate baselineEnd,
        boolean baselineAtGoLive,
        LocalDate firstTarget,
        boolean canEdit,
        List<Organisation> choices,
        long version) {

    /** The baseline was measured after the unit went live: it does not show the situation before the change. */
    public boolean baselineAfterGoLive() {
        return goLive != null && baselineEnd != null && baselineEnd.isAfter(goLive.date());
    }

    /** The baseline's period and the trajectory's start are worked out from the go-live, and move with it. */
    public boolean placed() {
        return goLive != null && baselineStart != null && baselineAtGoLive;
    }

    /** A baseline is anchored at a go-live but not recorded as set at go-live: it stays where it was measured. */
    public boolean notPlaced() {
        return goLive != null && baselineStart != null && !baselineAtGoLive;
    }

    /** The trajectory expects improvement from before the unit goes live. */
    public boolean targetBeforeGoLive() {
        return goLive != null && firstTarget != null && firstTarget.isBefore(goLive.date());
    }

    /** Whether the page has anything to show: a chosen unit, or a coordinator who may choose one. */
    public boolean shown() {
        return unit != null || canEdit;
    }
}
