package no.gevinst.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How one indicator of a benefit stands, as the register and the profile show it. The indicator module provides
 * these (see {@link MeasurementSummaries}); the benefit module only displays them.
 *
 * @param rag GREEN, AMBER, RED or NONE
 * @param achievement the share of the planned change reached, or null
 */
public record MeasurementSummary(
        String indicatorId,
        String name,
        String unit,
        String rag,
        BigDecimal latest,
        LocalDate latestPeriodEnd,
        BigDecimal achievement,
        boolean stale) {

    public boolean measured() {
        return latest != null;
    }
}
