package no.gevinst.indicator;

import jakarta.validation.constraints.NotBlank;

/**
 * An indicator as sent, as text so that every bad value can be named. The constraints give its shape (the fields that
 * must be given), checked at the page's edge in the service's own words; {@link IndicatorCommand} keeps the rules.
 *
 * @param amberTolerance percentage points behind the trajectory still green, e.g. "5"
 * @param redTolerance percentage points behind still amber, e.g. "15"
 */
public record IndicatorInput(
        String benefitId,
        @NotBlank(message = "{indicator.name.required}") String name,
        String definition,
        @NotBlank(message = "{indicator.unit.required}") String unit,
        @NotBlank(message = "{indicator.direction.invalid}") String direction,
        @NotBlank(message = "{indicator.kind.invalid}") String kind,
        String method,
        String dataSource,
        @NotBlank(message = "{indicator.frequency.invalid}") String frequency,
        String measuredById,
        String costHours,
        String amberTolerance,
        String redTolerance,
        String scope,
        String scopeOrganisationId,
        String scopeUnit,
        String canonicalUrl) {}
