package no.gevinst.story;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One indicator of the story's benefit as it stood when the story was approved: what the story's chart draws and its
 * figures state, never read again from the indicator.
 *
 * @param latest the value of the latest period then, null when none was measured
 * @param baselineStart null when no baseline was set (then the baseline's value and end are null too)
 * @param targets the trajectory's points (date and value)
 * @param series the value of each period, oldest first, as the chart drew it
 */
public record FrozenIndicator(
        String indicatorId,
        String name,
        String unit,
        String direction,
        String frequency,
        BigDecimal amberTolerance,
        BigDecimal latest,
        LocalDate latestPeriodEnd,
        String rag,
        BigDecimal baseline,
        LocalDate baselineStart,
        LocalDate baselineEnd,
        List<Point> targets,
        List<Point> series) {

    public FrozenIndicator {
        targets = List.copyOf(targets);
        series = List.copyOf(series);
    }

    /** A dated value: a target or a period's value. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "StoryFigurePoint")
    public record Point(LocalDate date, BigDecimal value) {}

    /** The last target of the trajectory, or null without one. */
    public BigDecimal target() {
        return targets.isEmpty() ? null : targets.getLast().value();
    }
}
