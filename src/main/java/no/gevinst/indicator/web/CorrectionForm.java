package no.gevinst.indicator.web;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A correction of one measurement as typed: the new value and why. Refused, the indicator page is shown again with
 * that measurement's correction open, holding what was typed; the measurement is the one the path names.
 */
public class CorrectionForm {

    static final Set<String> FIELDS = Set.of("value", "reason");

    private @Nullable String measurement;
    private @Nullable String value;
    private @Nullable String reason;

    static @Nullable String formField(String field) {
        return FIELDS.contains(field) ? field : null;
    }

    /** Whether this is the refused correction of the measurement (a row of the page). */
    public boolean isOf(Object measurement) {
        return measurement.toString().equals(this.measurement);
    }

    public @Nullable String getMeasurement() {
        return measurement;
    }

    void setMeasurement(@Nullable String measurement) {
        this.measurement = measurement;
    }

    public @Nullable String getValue() {
        return value;
    }

    public void setValue(@Nullable String value) {
        this.value = value;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason;
    }
}
