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
}
