package no.gevinst.benefit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.shared.BenefitId;

/**
 * Where a benefit's measurements stand. Implemented by the indicator module, which depends on this one; the
 * register works without it (every benefit then lacks a measurement).
 */
public interface MeasurementSummaries {

    List<MeasurementSummary> of(BenefitId benefit);

    /**
     * The same for each of the benefits, every one of them a key (an empty list when it has no indicators). Pages
     * that show many benefits ask once, so that their cost does not grow with the number of benefits shown.
     */
    default Map<BenefitId, List<MeasurementSummary>> of(Collection<BenefitId> benefits) {
        Map<BenefitId, List<MeasurementSummary>> summaries = new LinkedHashMap<>();
        benefits.forEach(b -> summaries.put(b, of(b)));
        return summaries;
    }
}
