package no.gevinst.indicator;

import java.math.BigDecimal;
import java.util.Objects;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;

/**
 * A måleindikator: how one benefit is measured.
 *
 * @param amberTolerance how far behind the trajectory, in percentage points of the planned improvement, the
 *     indicator may be and still be green
 * @param redTolerance how far behind it may be and still be amber
 * @param costHours hours spent per measurement
 * @param canonicalUrl the FHIR Measure canonical whose MeasureReports deliver this indicator's values
 */
public record Indicator(
        IndicatorId id,
        BenefitId benefit,
        String name,
        String definition,
        String unit,
        Direction direction,
        IndicatorKind kind,
        String method,
        String dataSource,
        Frequency frequency,
        PersonId measuredBy,
        BigDecimal costHours,
        BigDecimal amberTolerance,
        BigDecimal redTolerance,
        Scope scope,
        OrganisationId scopeOrganisation,
        String scopeUnit,
        String canonicalUrl,
        long version) {

    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(frequency, "frequency");
        if (amberTolerance.signum() < 0 || redTolerance.compareTo(amberTolerance) < 0) {
            throw new IllegalArgumentException("Tolerances must satisfy 0 ≤ amber ≤ red");
        }
    }

    /** An indicator built by name: {@code Indicator.builder().id(id).benefit(benefit).direction(…).frequency(…).build()}. Unset texts are blank, references null, tolerances zero; the kind is quantitative and the scope the programme unless set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this indicator's values, to change a few of them. */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .benefit(benefit)
                .name(name)
                .definition(definition)
                .unit(unit)
                .direction(direction)
                .kind(kind)
                .method(method)
                .dataSource(dataSource)
                .frequency(frequency)
                .measuredBy(measuredBy)
                .costHours(costHours)
                .amberTolerance(amberTolerance)
                .redTolerance(redTolerance)
                .scope(scope)
                .scopeOrganisation(scopeOrganisation)
                .scopeUnit(scopeUnit)
                .canonicalUrl(canonicalUrl)
                .version(version);
    }

    /** Builds an {@link Indicator} by name instead of by 19 positions. */
    public static final class Builder {
        private IndicatorId id;
        private BenefitId benefit;
        private String name = "";
        private String definition = "";
        private String unit = "";
        private Direction direction;
        private IndicatorKind kind = IndicatorKind.QUANTITATIVE;
        private String method = "";
        private String dataSource = "";
        private Frequency frequency;
        private PersonId measuredBy;
        private BigDecimal costHours;
        private BigDecimal amberTolerance = BigDecimal.ZERO;
        private BigDecimal redTolerance = BigDecimal.ZERO;
        private Scope scope = Scope.PROGRAMME;
        private OrganisationId scopeOrganisation;
        private String scopeUnit = "";
        private String canonicalUrl;
        private long version;

        private Builder() {}

        public Builder id(IndicatorId id) {
            this.id = id;
            return this;
        }

        public Builder benefit(BenefitId benefit) {
            this.benefit = benefit;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder definition(String definition) {
            this.definition = definition;
            return this;
        }

        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        public Builder direction(Direction direction) {
            this.direction = direction;
            return this;
        }

        public Builder kind(IndicatorKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder method(String method) {
            this.method = method;
            return this;
        }

        public Builder dataSource(String dataSource) {
            this.dataSource = dataSource;
            return this;
        }

        public Builder frequency(Frequency frequency) {
            this.frequency = frequency;
            return this;
        }

        public Builder measuredBy(PersonId measuredBy) {
            this.measuredBy = measuredBy;
            return this;
        }

        public Builder costHours(BigDecimal costHours) {
            this.costHours = costHours;
            return this;
        }

        public Builder amberTolerance(BigDecimal amberTolerance) {
            this.amberTolerance = amberTolerance;
            return this;
        }

        public Builder redTolerance(BigDecimal redTolerance) {
            this.redTolerance = redTolerance;
            return this;
        }

        public Builder scope(Scope scope) {
            this.scope = scope;
            return this;
        }

        public Builder scopeOrganisation(OrganisationId scopeOrganisation) {
            this.scopeOrganisation = scopeOrganisation;
            return this;
        }

        public Builder scopeUnit(String scopeUnit) {
            this.scopeUnit = scopeUnit;
            return this;
        }

        public Builder canonicalUrl(String canonicalUrl) {
            this.canonicalUrl = canonicalUrl;
            return this;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public Indicator build() {
            return new Indicator(
                    id,
                    benefit,
                    name,
                    definition,
                    unit,
                    direction,
                    kind,
                    method,
                    dataSource,
                    frequency,
                    measuredBy,
                    costHours,
                    amberTolerance,
                    redTolerance,
                    scope,
                    scopeOrganisation,
                    scopeUnit,
                    canonicalUrl,
                    version);
        }
    }
}
