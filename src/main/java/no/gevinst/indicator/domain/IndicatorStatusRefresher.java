package no.gevinst.indicator.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.gevinst.indicator.Baseline;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorStatus;
import no.gevinst.indicator.StatusCalculator;
import no.gevinst.indicator.TargetPoint;
import no.gevinst.indicator.Trajectory;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.NorwegianTime;
import org.springframework.stereotype.Component;

/**
 * Computes indicators' status and keeps their traffic light up to date for the register's filter. The status is
 * computed from the measurements of the latest periods only ({@link RecentPeriods}), so that neither a page nor the
 * refresh after an import pays for an indicator's whole history.
 */
@Component
class IndicatorStatusRefresher {

    private final IndicatorRepository repository;
    private final TrajectoryRepository trajectories;
    private final RecentPeriods recent;
    private final MeasurementRollups rollups;
    private final PlacedBaselines placed;
    private final IndicatorStatusNews news;

    IndicatorStatusRefresher(
            IndicatorRepository repository,
            TrajectoryRepository trajectories,
            RecentPeriods recent,
            MeasurementRollups rollups,
            PlacedBaselines placed,
            IndicatorStatusNews news) {
        this.news = news;
        this.trajectories = trajectories;
        this.placed = placed;
        this.repository = repository;
        this.recent = recent;
        this.rollups = rollups;
    }

    IndicatorStatus status(Indicator indicator, LocalDate today) {
        return statuses(List.of(indicator), today).get(indicator.id());
    }

    /** The status of an indicator whose baseline and targets have been read already: one query. */
    IndicatorStatus status(
            Indicator indicator, Optional<Baseline> baseline, List<TargetPoint> targets, LocalDate today) {
        return StatusCalculator.status(
                indicator,
                trajectory(indicator, baseline, targets),
                recent.measurements(List.of(indicator.id())).getOrDefault(indicator.id(), List.of()),
                today);
    }

    /** The status of each of the indicators, in three queries however many they are. */
    Map<IndicatorId, IndicatorStatus> statuses(Collection<Indicator> indicators, LocalDate today) {
        return statuses(indicators, today, RecentPeriods.ANY_DAY);
    }

    /**
     * The status each of the indicators had on a past day, as a report for a period that has ended states it: from
     * the periods that had ended by then, never from a later measurement.
     */
    Map<IndicatorId, IndicatorStatus> statusesAsOf(Collection<Indicator> indicators, LocalDate day) {
        return statuses(indicators, day, day.toString());
    }

    private Map<IndicatorId, IndicatorStatus> statuses(
            Collection<Indicator> indicators, LocalDate today, String periodsEndedBy) {
        Map<IndicatorId, IndicatorStatus> statuses = new LinkedHashMap<>();
        if (indicators.isEmpty()) {
            return statuses;
        }
        List<IndicatorId> ids = indicators.stream().map(Indicator::id).toList();
        Map<IndicatorId, Baseline> baselines = placed.of(recent.baselines(ids));
        Map<IndicatorId, List<TargetPoint>> targets = trajectories.targets(ids);
        Map<IndicatorId, List<no.gevinst.indicator.Measurement>> measurements =
                recent.measurements(ids, periodsEndedBy);
        for (Indicator indicator : indicators) {
            IndicatorId id = indicator.id();
            statuses.put(
                    id,
                    StatusCalculator.status(
                            indicator,
                            trajectory(
                                    indicator,
                                    Optional.ofNullable(baselines.get(id)),
                                    targets.getOrDefault(id, List.of())),
                            measurements.getOrDefault(id, List.of()),
                            today));
        }
        return statuses;
    }

    void refresh(IndicatorId id) {
        repository.lockForStatus(List.of(id));
        repository.find(id).ifPresent(indicator -> {
            IndicatorStatus status = status(indicator, NorwegianTime.today());
            save(id, status);
        });
    }

    /** The same for each of the indicators, those no longer there left out: four queries and one write each. */
    void refresh(Collection<IndicatorId> ids) {
        repository.lockForStatus(ids);
        List<Indicator> found = ids.stream()
                .distinct()
                .map(repository::find)
                .flatMap(Optional::stream)
                .toList();
        statuses(found, NorwegianTime.today()).forEach((id, status) -> save(id, status));
    }

    /**
     * The same for the indicators an intake wrote to, from the period totals the database keeps (the same series as
     * the measurements give, {@code MeasurementRollupsIT}): an import's refresh no longer reads the rows of the
     * latest periods (250 000 rows, 8-10 s and their heap, after a million-row import).
     */
    void refreshFromPeriodTotals(Collection<IndicatorId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        repository.lockForStatus(ids);
        Map<IndicatorId, Baseline> baselines = placed.of(recent.baselines(ids));
        Map<IndicatorId, List<TargetPoint>> targets = trajectories.targets(ids);
        Map<IndicatorId, java.util.TreeMap<LocalDate, java.math.BigDecimal>> series = rollups.recentSeries(ids);
        LocalDate today = NorwegianTime.today();
        for (IndicatorId id : ids) {
            repository.find(id).ifPresent(indicator -> {
                IndicatorStatus status = StatusCalculator.statusOfSeries(
                        indicator,
                        trajectory(
                                indicator, Optional.ofNullable(baselines.get(id)), targets.getOrDefault(id, List.of())),
                        series.getOrDefault(id, new java.util.TreeMap<>()),
                        today);
                save(id, status);
            });
        }
    }

    /** Stores the status and tells the register of it, in the same transaction. */
    private void save(IndicatorId id, IndicatorStatus status) {
        repository.saveStatus(id, status.rag(), status.latestPeriodEnd()).ifPresent(news::announce);
    }

    static Trajectory trajectory(Indicator indicator, Optional<Baseline> baseline, List<TargetPoint> targets) {
        if (baseline.isEmpty() || targets.isEmpty()) {
            return null;
        }
        return Trajectory.of(baseline.get(), targets, indicator.direction());
    }
}
