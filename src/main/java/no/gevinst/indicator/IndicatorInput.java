package no.gevinst.indicator;

/**
 * An indicator as sent, as text so that every bad value can be named.
 *
 * @param amberTolerance percentage points behind the trajectory still green, e.g. "5"
 * @param redTolerance percentage points behind still amber, e.g. "15"
 */
public record IndicatorInput(
        String benefitId,
        String name,
        String definition,
        String unit,
        String direction,
        String kind,
        String method,
        String dataSource,
        String frequency,
        String measuredById,
        String costHours,
        String amberTolerance,
        String redTolerance,
        String scope,
        String scopeOrganisationId,
        String scopeUnit,
        String canonicalUrl) {}
