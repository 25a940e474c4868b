package no.gevinst.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.MeasurementId;
import no.gevinst.shared.OrganisationId;

/**
 * An actual value with its provenance. A corrected measurement stays, pointing to the one that replaced it.
 *
 * @param organisation where it was measured; {@code unit} names a sub-unit of it, if any
 */
public record Measurement(
        MeasurementId id,
        IndicatorId indicator,
        BigDecimal value,
        LocalDate periodStart,
        LocalDate periodEnd,
        OrganisationId organisation,
        String unit,
        MeasurementSource source,
        String method,
        Confidence confidence,
        String comment,
        String recordedBy,
        Instant recordedAt,
        MeasurementId supersededBy,
        String supersedeReason) {

    public boolean isCurrent() {
        return supersededBy == null;
    }

    /** A measurement built by name: {@code Measurement.builder().indicator(id).value(v).periodStart(s).periodEnd(e).build()}. Unset texts are blank and everything else null: a current measurement of no particular provenance. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this measurement's values, to change a few of them. */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .indicator(indicator)
                .value(value)
                .periodStart(periodStart)
                .periodEnd(periodEnd)
                .organisation(organisation)
                .unit(unit)
                .source(source)
                .method(method)
                .confidence(confidence)
                .comment(comment)
                .recordedBy(recordedBy)
                .recordedAt(recordedAt)
                .supersededBy(supersededBy)
                .supersedeReason(supersedeReason);
    }

    /** Builds a {@link Measurement} by name instead of by 15 positions. */
    public static final class Builder {
        private MeasurementId id;
        private IndicatorId indicator;
        private BigDecimal value;
        private LocalDate periodStart;
        private LocalDate periodEnd;
        private OrganisationId organisation;
        private String unit = "";
        private MeasurementSource source;
        private String method = "";
        private Confidence confidence;
        private String comment = "";
        private String recordedBy = "";
        private Instant recordedAt;
        private MeasurementId supersededBy;
        private String supersedeReason;

        private Builder() {}

        public Builder id(MeasurementId id) {
            this.id = id;
            return this;
        }

        public Builder indicator(IndicatorId indicator) {
            this.indicator = indicator;
            return this;
        }

        public Builder value(BigDecimal value) {
            this.value = value;
            return this;
        }

        public Builder periodStart(LocalDate periodStart) {
            this.periodStart = periodStart;
            return this;
        }

        public Builder periodEnd(LocalDate periodEnd) {
            this.periodEnd = periodEnd;
            return this;
        }

        public Builder organisation(OrganisationId organisation) {
            this.organisation = organisation;
            return this;
        }

        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        public Builder source(MeasurementSource source) {
            this.source = source;
            return this;
        }

        public Builder method(String method) {
            this.method = method;
            return this;
        }

        public Builder confidence(Confidence confidence) {
            this.confidence = confidence;
            return this;
        }

        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        public Builder recordedBy(String recordedBy) {
            this.recordedBy = recordedBy;
            return this;
        }

        public Builder recordedAt(Instant recordedAt) {
            this.recordedAt = recordedAt;
            return this;
        }

        public Builder supersededBy(MeasurementId supersededBy) {
            this.supersededBy = supersededBy;
            return this;
        }

        public Builder supersedeReason(String supersedeReason) {
            this.supersedeReason = supersedeReason;
            return this;
        }

        public Measurement build() {
            return new Measurement(
                    id,
                    indicator,
                    value,
                    periodStart,
                    periodEnd,
                    organisation,
                    unit,
                    source,
                    method,
                    confidence,
                    comment,
                    recordedBy,
                    recordedAt,
                    supersededBy,
                    supersedeReason);
        }
    }
}
