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

    /** An indicator view built by name: {@code IndicatorView.builder().indicator(i).status(s).paging(p).build()}. Unset lists are empty, the flags false: a view the user may only read. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this indicatorView's values, to change a few of them. */
    public Builder toBuilder() {
        return new Builder()
                .indicator(indicator)
                .baseline(baseline)
                .targets(targets)
                .measurements(measurements)
                .status(status)
                .baselineAfterChange(baselineAfterChange)
                .canEdit(canEdit)
                .canRecord(canRecord)
                .baselineVersion(baselineVersion)
                .trajectoryVersion(trajectoryVersion)
                .recordsFor(recordsFor)
                .series(series)
                .paging(paging);
    }

    /** Builds an {@link IndicatorView} by name instead of by 13 positions. */
    public static final class Builder {
        private Indicator indicator;
        private Baseline baseline;
        private List<TargetPoint> targets = List.of();
        private List<Measurement> measurements = List.of();
        private IndicatorStatus status;
        private boolean baselineAfterChange;
        private boolean canEdit;
        private boolean canRecord;
        private Long baselineVersion;
        private long trajectoryVersion;
        private List<no.gevinst.shared.OrganisationId> recordsFor = List.of();
        private List<PeriodValue> series = List.of();
        private MeasurementPaging paging;

        private Builder() {}

        public Builder indicator(Indicator indicator) {
            this.indicator = indicator;
            return this;
        }

        public Builder baseline(Baseline baseline) {
            this.baseline = baseline;
            return this;
        }

        public Builder targets(List<TargetPoint> targets) {
            this.targets = targets;
            return this;
        }

        public Builder measurements(List<Measurement> measurements) {
            this.measurements = measurements;
            return this;
        }

        public Builder status(IndicatorStatus status) {
            this.status = status;
            return this;
        }

        public Builder baselineAfterChange(boolean baselineAfterChange) {
            this.baselineAfterChange = baselineAfterChange;
            return this;
        }

        public Builder canEdit(boolean canEdit) {
            this.canEdit = canEdit;
            return this;
        }

        public Builder canRecord(boolean canRecord) {
            this.canRecord = canRecord;
            return this;
        }

        public Builder baselineVersion(Long baselineVersion) {
            this.baselineVersion = baselineVersion;
            return this;
        }

        public Builder trajectoryVersion(long trajectoryVersion) {
            this.trajectoryVersion = trajectoryVersion;
            return this;
        }

        public Builder recordsFor(List<no.gevinst.shared.OrganisationId> recordsFor) {
            this.recordsFor = recordsFor;
            return this;
        }

        public Builder series(List<PeriodValue> series) {
            this.series = series;
            return this;
        }

        public Builder paging(MeasurementPaging paging) {
            this.paging = paging;
            return this;
        }

        public IndicatorView build() {
            return new IndicatorView(
                    indicator,
                    baseline,
                    targets,
                    measurements,
                    status,
                    baselineAfterChange,
                    canEdit,
                    canRecord,
                    baselineVersion,
                    trajectoryVersion,
                    recordsFor,
                    series,
                    paging);
        }
    }
}
