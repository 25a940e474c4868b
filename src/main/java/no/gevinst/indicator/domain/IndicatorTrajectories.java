package no.gevinst.indicator.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.gevinst.audit.AuditLog;
import no.gevinst.indicator.Baseline;
import no.gevinst.indicator.BaselineCommand;
import no.gevinst.indicator.Direction;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.TargetPoint;
import no.gevinst.indicator.Trajectory;
import no.gevinst.indicator.TrajectoryCommand;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import org.springframework.stereotype.Component;

/** The baselines and målbaner of indicators: reading them at once, and setting them guarded by their versions. */
@Component
class IndicatorTrajectories {

    private final TrajectoryRepository repository;
    private final IndicatorAccess access;
    private final VisibleIndicators visible;
    private final IndicatorStatusRefresher refresher;
    private final AuditLog auditLog;
    private final PlacedBaselines placed;

    IndicatorTrajectories(
            TrajectoryRepository repository,
            IndicatorAccess access,
            VisibleIndicators visible,
            IndicatorStatusRefresher refresher,
            AuditLog auditLog,
            PlacedBaselines placed) {
        this.repository = repository;
        this.access = access;
        this.visible = visible;
        this.refresher = refresher;
        this.auditLog = auditLog;
        this.placed = placed;
    }

    /** The baseline's version stored now; empty while none is set. */
    Optional<Long> baselineVersion(IndicatorId id) {
        return repository.baselineVersion(id);
    }

    /** The trajectory's version stored now. */
    long trajectoryVersion(IndicatorId id) {
        return repository.trajectoryVersion(id);
    }

    /** A baseline as the audit log keeps it: with the version it had. */
    record VersionedBaseline(Baseline baseline, long version) {}

    /** A trajectory as the audit log keeps it: its targets with the version they had. */
    record VersionedTrajectory(List<TargetPoint> targets, long version) {}

    /** The målbaner of indicators in the programmes given (which the caller has judged the user may reckon from). */
    Map<IndicatorId, Trajectory> trajectories(Collection<IndicatorId> indicators, Set<ProgrammeId> programmes) {
        if (indicators.isEmpty()) {
            return Map.of();
        }
        Map<IndicatorId, Direction> directions = new HashMap<>();
        Map<IndicatorId, Baseline> baselines = new HashMap<>();
        repository.baselines(indicators, programmes).forEach(b -> {
            directions.put(b.indicator(), b.direction());
            baselines.put(b.indicator(), b.baseline());
        });
        Map<IndicatorId, List<TargetPoint>> targets = repository.targets(baselines.keySet());
        Map<IndicatorId, Trajectory> trajectories = new HashMap<>();
        placed.of(baselines).forEach((id, baseline) -> {
            List<TargetPoint> points = targets.getOrDefault(id, List.of());
            if (!points.isEmpty()) {
                try {
                    trajectories.put(id, Trajectory.of(baseline, points, directions.get(id)));
                } catch (IllegalArgumentException e) {
                    // Setting the baseline and the targets refuses such a pair; one left from before has no målbane.
                }
            }
        });
        return trajectories;
    }

    Baseline setBaseline(IndicatorId id, BaselineCommand command, Long expectedVersion) {
        Indicator indicator = visible.existing(id);
        access.requireEdit(indicator);
        Baseline baseline = baseline(indicator, command);
        Optional<Baseline> before = repository.baseline(id);
        Optional<Long> current = repository.baselineVersion(id);
        if (expectedVersion == null && current.isPresent()) {
            throw InvalidInputException.of("version", "version.required");
        }
        if (!repository.saveBaseline(id, baseline, access.actor(), expectedVersion)) {
            throw new VersionConflictException(
                    "baseline", id, expectedVersion == null ? -1 : expectedVersion, current.orElse(-1L));
        }
        auditLog.record(
                access.auditScope(indicator),
                "baseline",
                id,
                before.isPresent() ? "update" : "create",
                before.map(b -> new VersionedBaseline(b, current.orElseThrow())).orElse(null),
                new VersionedBaseline(baseline, expectedVersion == null ? 0 : expectedVersion + 1));
        refresher.refresh(id);
        return baseline;
    }

    /** The baseline sent, if its value fits the indicator's kind and the targets already set. */
    private Baseline baseline(Indicator indicator, BaselineCommand command) {
        BigDecimal value = command.value();
        if (!indicator.kind().accepts(value)) {
            throw InvalidInputException.of(
                    "value", "measurement.value.range." + indicator.kind().name(), value.toPlainString());
        }
        Baseline baseline = command.toBaseline();
        List<TargetPoint> targets = repository.targets(indicator.id());
        if (!targets.isEmpty()) {
            checkTrajectory(indicator, baseline, targets, "value");
        }
        return baseline;
    }

    List<TargetPoint> setTrajectory(IndicatorId id, TrajectoryCommand command, long expectedVersion) {
        Indicator indicator = visible.existing(id);
        access.requireEdit(indicator);
        List<TargetPoint> targets = command.targets();
        Optional<Baseline> baseline = repository.baseline(id);
        baseline.ifPresent(b -> checkTrajectory(indicator, b, targets, "targets"));
        List<TargetPoint> before = repository.targets(id);
        if (!repository.nextTrajectoryVersion(id, expectedVersion)) {
            throw new VersionConflictException("trajectory", id, expectedVersion, repository.trajectoryVersion(id));
        }
        repository.replaceTargets(id, targets);
        auditLog.record(
                access.auditScope(indicator),
                "trajectory",
                id,
                "update",
                new VersionedTrajectory(before, expectedVersion),
                new VersionedTrajectory(targets, expectedVersion + 1));
        refresher.refresh(id);
        return repository.targets(id);
    }

    private static void checkTrajectory(
            Indicator indicator, Baseline baseline, List<TargetPoint> targets, String field) {
        try {
            Trajectory.of(baseline, targets, indicator.direction());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(
                    field,
                    e.getMessage().contains("equals") ? "target.equalsBaseline" : "target.wrongDirection",
                    indicator.direction().name());
        }
    }
}
