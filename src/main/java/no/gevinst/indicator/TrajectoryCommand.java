package no.gevinst.indicator;

import static no.gevinst.indicator.IndicatorFields.date;
import static no.gevinst.indicator.IndicatorFields.number;
import static no.gevinst.indicator.IndicatorFields.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.Violations;

/**
 * A trajectory to set, read once from what was sent ({@link #parse}): at least one target, each date once. That it
 * fits the baseline and the indicator's direction is the service's rule, which needs the stored baseline.
 */
public record TrajectoryCommand(List<TargetPoint> targets) {

    public TrajectoryCommand {
        targets = List.copyOf(targets);
    }

    /**
     * The targets given, for the application's own loaders and tests.
     *
     * @throws InvalidInputException when there are none
     */
    public static TrajectoryCommand of(TargetPoint... targets) {
        if (targets.length == 0) {
            throw InvalidInputException.of("targets", "target.required");
        }
        return new TrajectoryCommand(List.of(targets));
    }

    /**
     * The targets as sent, a date and a value per row (row {@code i} of each list); rows left wholly blank are
     * skipped, a missing cell counts as blank. A fault names its cell: {@code targets[2].date}.
     *
     * @throws InvalidInputException naming every cell that does not read, a date given twice, or no target at all
     */
    public static TrajectoryCommand parse(List<String> dates, List<String> values) {
        Violations v = new Violations();
        List<TargetPoint> targets = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < Math.max(dates.size(), values.size()); i++) {
            String dateText = i < dates.size() ? dates.get(i) : null;
            String valueText = i < values.size() ? values.get(i) : null;
            if (text(dateText).isEmpty() && text(valueText).isEmpty()) {
                continue;
            }
            LocalDate date = date(dateText, "targets[" + i + "].date", v, true);
            BigDecimal value = number(valueText, "targets[" + i + "].value", v);
            if (date != null && !seen.add(date)) {
                v.add("targets[" + i + "].date", "target.date.duplicate", date.toString());
            }
            if (date != null && value != null) {
                targets.add(new TargetPoint(date, value));
            }
        }
        if (targets.isEmpty() && v.isEmpty()) {
            v.add("targets", "target.required");
        }
        v.throwIfAny();
        return new TrajectoryCommand(targets);
    }
}
