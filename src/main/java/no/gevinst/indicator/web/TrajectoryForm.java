package no.gevinst.indicator.web;

import java.util.ArrayList;
import java.util.List;
import no.gevinst.indicator.TargetPoint;
import no.gevinst.indicator.TrajectoryCommand;
import no.gevinst.shared.Versions;
import org.jspecify.annotations.Nullable;

/**
 * The trajectory as its form shows and sends it: a date and a value per row, as typed, and the version read. Shown,
 * the targets set and two blank rows for new ones; refused, the rows as sent, each fault beside its cell.
 */
public class TrajectoryForm {

    private static final int BLANK_ROWS = 2;

    private List<String> targetDate = new ArrayList<>();
    private List<String> targetValue = new ArrayList<>();
    private @Nullable String version;

    static TrajectoryForm of(List<TargetPoint> targets, long version) {
        TrajectoryForm form = new TrajectoryForm();
        form.version = Long.toString(version);
        for (TargetPoint t : targets) {
            form.targetDate.add(t.date().toString());
            form.targetValue.add(t.value().toString());
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            form.targetDate.add("");
            form.targetValue.add("");
        }
        return form;
    }

    /**
     * The trajectory read from the rows; a row sent short of either cell is filled with blank, and a form sent
     * without rows gets one blank row, so that a refused form is shown again with every row (blank rows are skipped).
     *
     * @throws no.gevinst.shared.InvalidInputException naming each cell that does not read
     */
    TrajectoryCommand command() {
        int rows = Math.max(1, Math.max(targetDate.size(), targetValue.size()));
        while (targetDate.size() < rows) {
            targetDate.add("");
        }
        while (targetValue.size() < rows) {
            targetValue.add("");
        }
        return TrajectoryCommand.parse(targetDate, targetValue);
    }

    long expectedVersion() {
        return Versions.requiredFromForm(version);
    }

    /** The cell a fault names: {@code targets[2].date} is the third row's date; the trajectory as a whole has none. */
    static @Nullable String formField(String field) {
        if (!field.startsWith("targets[")) {
            return null;
        }
        String row = field.substring("targets[".length(), field.indexOf(']'));
        if (field.endsWith(".date")) {
            return "targetDate[" + row + "]";
        }
        return field.endsWith(".value") ? "targetValue[" + row + "]" : null;
    }

    /** How many rows the form shows. */
    public int getRows() {
        return Math.max(targetDate.size(), targetValue.size());
    }

    public List<String> getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(List<String> targetDate) {
        this.targetDate = new ArrayList<>(targetDate);
    }

    public List<String> getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(List<String> targetValue) {
        this.targetValue = new ArrayList<>(targetValue);
    }

    public @Nullable String getVersion() {
        return version;
    }

    public void setVersion(@Nullable String version) {
        this.version = version;
    }
}
