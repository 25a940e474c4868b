package no.gevinst.indicator.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.gevinst.indicator.Baseline;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorStatus;
import no.gevinst.indicator.StatusCalculator;
import no.gevinst.indicator.TargetPoint;
import no.gevinst.indicator.Trajectory;
import no.gevinst.shared.IndicatorId;
import org.springframework.stereotype.Component;

/** Computes an indicator's status and keeps its traffic light up to date for the register's filter. */
@Component
class IndicatorStatusRefresher {

    private final IndicatorRepository repository;

    IndicatorStatusRefresher(IndicatorRepository repository) {
        this.repository = repository;
    }

    IndicatorStatus status(Indicator indicator, LocalDate today) {
        return StatusCalculator.status(
                indicator,
                trajectory(indicator, repository.baseline(indicator.id()), repository.targets(indicator.id())),
                repository.measurements(indicator.id()),
                today);
    }

    void refresh(IndicatorId id) {
        repository.find(id).ifPresent(indicator -> {
            IndicatorStatus status = status(indicator, LocalDate.now());
            repository.saveStatus(id, status.rag(), status.latestPeriodEnd());
        });
    }

    static Trajectory trajectory(Indicator indicator, Optional<Baseline> baseline, List<TargetPoint> targets) {
        if (baseline.isEmpty() || targets.isEmpty()) {
            return null;
        }
        return Trajectory.of(baseline.get(), targets, indicator.direction());
    }
}
