package no.gevinst.indicator;

import java.util.List;

/**
 * Everything the indicator page shows: the indicator, its baseline and targets, every measurement with the
 * corrections, the status, and a warning when the baseline was measured after the change took effect.
 *
 * @param baselineVersion what a change of the baseline names (If-Match or the form's version); null while none is set
 * @param trajectoryVersion what a change of the trajectory names; the targets are replaced as one
 * @param recordsFor the organisations the current user may record (and correct) measurements of the indicator for
 */
public record IndicatorView(
        Indicator indicator,
        Baseline baseline,
        List<TargetPoint> targets,
        List<Measurement> measurements,
        IndicatorStatus status,
        boolean baselineAfterChange,
        boolean canEdit,
        boolean canRecord,
        Long baselineVersion,
        long trajectoryVersion,
        List<no.gevinst.shared.OrganisationId> recordsFor) {

    public IndicatorView {
        recordsFor = List.copyOf(recordsFor);
    }
}
