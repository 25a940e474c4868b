package no.gevinst.indicator.domain;

import java.time.LocalDate;
import java.util.List;
import no.gevinst.benefit.MeasurementSummaries;
import no.gevinst.benefit.MeasurementSummary;
import no.gevinst.indicator.IndicatorStatus;
import no.gevinst.shared.BenefitId;
import org.springframework.stereotype.Component;

/** Tells the register and the benefit profile where a benefit's indicators stand today. */
@Component
class IndicatorSummaries implements MeasurementSummaries {

    private final IndicatorRepository repository;
    private final IndicatorStatusRefresher refresher;

    IndicatorSummaries(IndicatorRepository repository, IndicatorStatusRefresher refresher) {
        this.repository = repository;
        this.refresher = refresher;
    }

    @Override
    public List<MeasurementSummary> of(BenefitId benefit) {
        LocalDate today = LocalDate.now();
        return repository.ofBenefit(benefit).stream()
                .map(indicator -> {
                    IndicatorStatus status = refresher.status(indicator, today);
                    return new MeasurementSummary(
                            indicator.id().toString(),
                            indicator.name(),
                            indicator.unit(),
                            status.rag().name(),
                            status.latest(),
                            status.latestPeriodEnd(),
                            status.achievement(),
                            status.stale());
                })
                .toList();
    }
}
