package no.gevinst.handover;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One indicator of the benefit as it stood at handover: what is left to reach, and how often the line must measure.
 *
 * <p>Ids are kept as plain UUIDs: the record is stored as JSON in the handover's frozen snapshot.
 *
 * @param targets the trajectory points on or after the handover date; the line measures against them
 * @param latest the latest measured value, null when never measured
 * @param nextDue the end of the next period to be measured, null when never measured
 */
public record RemainingTarget(
        UUID indicator,
        String name,
        String unit,
        String frequency,
        BigDecimal baseline,
        List<Point> targets,
        BigDecimal latest,
        LocalDate latestPeriodEnd,
        LocalDate nextDue) {

    public RemainingTarget {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** A target value the indicator should reach by the date. */
    public record Point(LocalDate date, BigDecimal value) {}
}
