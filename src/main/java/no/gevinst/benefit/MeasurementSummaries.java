package no.gevinst.benefit;

import java.util.List;
import no.gevinst.shared.BenefitId;

/**
 * Where a benefit's measurements stand. Implemented by the indicator module, which depends on this one; the
 * register works without it (every benefit then lacks a measurement).
 */
public interface MeasurementSummaries {

    List<MeasurementSummary> of(BenefitId benefit);
}
