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
}
