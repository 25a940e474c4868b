package no.gevinst.indicator.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.AnnualActual;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.SharedBenefitMeasures;
import no.gevinst.indicator.Trajectory;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a visible benefit's målbaner and annual actuals in its home programme, whether or not the user sees that
 * programme: seeing the benefit (its own programme's, or shared with one the user sees) is what allows it.
 */
@Service
@Transactional(readOnly = true)
class SharedBenefitMeasuresService implements SharedBenefitMeasures {

    private final Benefits benefits;
    private final IndicatorRepository repository;
    private final IndicatorService indicators;
    private final MeasurementRollups rollups;

    SharedBenefitMeasuresService(
            Benefits benefits,
            IndicatorRepository repository,
            IndicatorService indicators,
            MeasurementRollups rollups) {
        this.benefits = benefits;
        this.repository = repository;
        this.indicators = indicators;
        this.rollups = rollups;
    }

    @Override
    public Map<IndicatorId, Trajectory> trajectories(BenefitId benefit) {
        return benefits.find(benefit)
                .map(b -> indicators.trajectories(ids(b), Set.of(b.programme())))
                .orElse(Map.of());
    }

    @Override
    public Map<IndicatorId, List<AnnualActual>> annualActuals(BenefitId benefit, int fromYear, int toYear) {
        if (fromYear > toYear) {
            return Map.of();
        }
        return benefits.find(benefit)
                .map(b -> {
                    List<IndicatorId> ids = ids(b);
                    return ids.isEmpty()
                            ? Map.<IndicatorId, List<AnnualActual>>of()
                            : rollups.annualActuals(ids, Set.of(b.programme()), fromYear, toYear);
                })
                .orElse(Map.of());
    }

    private List<IndicatorId> ids(Benefit b) {
        return repository.ofBenefit(b.id()).stream().map(Indicator::id).toList();
    }
}
