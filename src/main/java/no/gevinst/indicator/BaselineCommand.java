package no.gevinst.indicator;

import static no.gevinst.indicator.IndicatorFields.date;
import static no.gevinst.indicator.IndicatorFields.number;
import static no.gevinst.indicator.IndicatorFields.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.gevinst.shared.Violations;
import org.jspecify.annotations.Nullable;

/**
 * A baseline to set, read once from what was sent ({@link #parse}): its shape is checked here, the rules that need
 * the indicator (the value fits its kind, the baseline fits the targets) by the service.
 *
 * @param goLiveReason given when, and only when, the baseline is set at go-live
 */
public record BaselineCommand(
        BigDecimal value,
        LocalDate periodStart,
        LocalDate periodEnd,
        String method,
        String source,
        String evidence,
        String measuredBy,
        boolean atGoLive,
        @Nullable String goLiveReason) {

    /**
     * The baseline sent.
     *
     * @throws no.gevinst.shared.InvalidInputException naming every field that is missing or does not parse
     */
    public static BaselineCommand parse(BaselineInput in) {
        Violations v = new Violations();
        BigDecimal value = number(in.value(), "value", v);
        LocalDate start = date(in.periodStart(), "periodStart", v, true);
        LocalDate end = date(in.periodEnd(), "periodEnd", v, true);
        if (start != null && end != null && end.isBefore(start)) {
            v.add("periodEnd", "measurement.period.endBeforeStart");
        }
        String atGoLiveText = text(in.atGoLive());
        boolean atGoLive = "true".equalsIgnoreCase(atGoLiveText) || "on".equalsIgnoreCase(atGoLiveText);
        if (atGoLive && text(in.goLiveReason()).isEmpty()) {
            v.add("goLiveReason", "baseline.goLiveReason.required");
        }
        v.throwIfAny();
        return new BaselineCommand(
                value,
                start,
                end,
                text(in.method()),
                text(in.source()),
                text(in.evidence()),
                text(in.measuredBy()),
                atGoLive,
                atGoLive ? text(in.goLiveReason()) : null);
    }

    /** The baseline this command sets. */
    public Baseline toBaseline() {
        return new Baseline(
                value, periodStart, periodEnd, method, source, evidence, measuredBy, atGoLive, goLiveReason);
    }
}
