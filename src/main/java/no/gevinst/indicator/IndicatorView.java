package no.gevinst.indicator;

import java.util.List;

/**
 * Everything the indicator page shows: the indicator, its baseline and targets, one page of its measurements with
 * the corrections (newest first), the period series the chart draws, the status, and a warning when the baseline
 * was measured after the change took effect. Nothing in it grows with the indicator's history beyond what it shows.
 *
 * @param measurements the page {@code paging} names, newest period first, corrections included
 * @param series the value of each period in the ten years up to the latest, oldest first ({@link PeriodValue})
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
        List<no.gevinst.shared.OrganisationId> recordsFor,
        List<PeriodValue> series,
        MeasurementPaging paging) {

    public IndicatorView {
        recordsFor = List.copyOf(recordsFor);
        series = List.copyOf(series);
    }
}
