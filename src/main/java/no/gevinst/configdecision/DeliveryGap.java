package no.gevinst.configdecision;

import java.util.List;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;

/**
 * An indicator not yet delivered by machine.
 *
 * @param owner who answers for measuring it: its måleansvarlig, else the benefit's gevinsteier; empty when neither
 * @param deliveredNow how its latest measurements arrived; empty when it has none yet
 * @param promisedBy the configuration decisions that promise to deliver it by a FHIR Measure
 */
public record DeliveryGap(
        IndicatorId indicator,
        String indicatorName,
        BenefitId benefit,
        String benefitCode,
        String owner,
        List<MeasurementSource> deliveredNow,
        List<DecisionRef> promisedBy) {

    public DeliveryGap {
        deliveredNow = List.copyOf(deliveredNow);
        promisedBy = List.copyOf(promisedBy);
    }

    /** A configuration decision named by its title. */
    public record DecisionRef(ConfigDecisionId id, String title) {}
}
