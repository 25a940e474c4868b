package no.gevinst.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The målbane from the baseline to the final target: the value expected on any day, by linear interpolation
 * between the baseline and the target points around it.
 */
public final class Trajectory {

    static final MathContext MATH = MathContext.DECIMAL64;

    private final TargetPoint start;
    private final List<TargetPoint> targets;

    private Trajectory(TargetPoint start, List<TargetPoint> targets) {
        this.start = start;
        this.targets = targets;
    }

    /**
     * @throws IllegalArgumentException when there are no targets, when the final target equals the baseline (no
     *     change is planned), or when it lies on the wrong side of the baseline for the direction
     */
    public static Trajectory of(Baseline baseline, List<TargetPoint> targets, Direction direction) {
        Objects.requireNonNull(baseline, "baseline");
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("A trajectory needs at least one target");
        }
        List<TargetPoint> sorted = new ArrayList<>(targets);
        sorted.sort(Comparator.comparing(TargetPoint::date));
        BigDecimal change = sorted.getLast().value().subtract(baseline.value());
        if (change.signum() == 0) {
            throw new IllegalArgumentException("The final target equals the baseline");
        }
        if (change.signum() != direction.sign()) {
            throw new IllegalArgumentException("The final target lies on the wrong side of the baseline");
        }
        return new Trajectory(new TargetPoint(baseline.periodEnd(), baseline.value()), List.copyOf(sorted));
    }

    public BigDecimal baseline() {
        return start.value();
    }

    public TargetPoint finalTarget() {
        return targets.getLast();
    }

    public List<TargetPoint> targets() {
        return targets;
    }

    /** The value the trajectory expects on the day: the baseline before it starts, the final target after it ends. */
    public BigDecimal expectedAt(LocalDate day) {
        List<TargetPoint> points = new ArrayList<>();
        points.add(start);
        points.addAll(targets);
        if (!day.isAfter(points.getFirst().date())) {
            return points.getFirst().value();
        }
        for (int i = 0; i < points.size() - 1; i++) {
            TargetPoint from = points.get(i);
            TargetPoint to = points.get(i + 1);
            if (day.isBefore(to.date())) {
                long span = ChronoUnit.DAYS.between(from.date(), to.date());
                long elapsed = ChronoUnit.DAYS.between(from.date(), day);
                BigDecimal fraction = BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(span), MATH);
                return from.value().add(to.value().subtract(from.value()).multiply(fraction, MATH), MATH);
            }
        }
        return points.getLast().value();
    }

    /**
     * How much of the planned change a value represents: (value − baseline) / (final target − baseline). Because
     * the final target lies on the better side of the baseline, this respects the direction: 1 is the target
     * reached, 0 no change, below 0 a change the wrong way.
     */
    public BigDecimal achievement(BigDecimal value) {
        return value.subtract(baseline()).divide(finalTarget().value().subtract(baseline()), MATH);
    }
}
