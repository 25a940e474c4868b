package no.gevinst.configdecision;

import java.util.Objects;
import no.gevinst.shared.IndicatorId;

/**
 * A KPI (indicator) a configuration decision serves.
 *
 * @param reference the report's name (REPORT) or the FHIR Measure's canonical URL (FHIR_MEASURE); empty otherwise
 */
public record ServedKpi(IndicatorId indicator, Production production, String reference) {

    public ServedKpi {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(production, "production");
        reference = reference == null ? "" : reference;
    }

    /** The solution can produce the KPI itself. */
    public boolean bySolution() {
        return production != Production.NOT_BY_SOLUTION;
    }

    /** The decision promises that the KPI's measurements arrive by machine (a FHIR Measure's reports). */
    public boolean promisesMachineDelivery() {
        return production == Production.FHIR_MEASURE;
    }
}
